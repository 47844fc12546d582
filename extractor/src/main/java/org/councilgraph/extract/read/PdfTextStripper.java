package org.councilgraph.extract.read;

import java.io.IOException;

import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, in content order, without the space glyphs that word processors draw
 * over other glyphs. LibreOffice, for one, draws spaces at the start of a line and over a
 * superscript ("3rd"), so the text would read "3  rd   September"; a space that starts before
 * the previous glyph on its line has ended is not a gap between words and is dropped.
 */
final class PdfTextStripper extends PDFTextStripper {

    private float lineY = Float.NaN;
    private float penEnd = Float.NEGATIVE_INFINITY;

    PdfTextStripper() {
        setSortByPosition(false);
        setLineSeparator("\n");
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        float y = glyph.getYDirAdj();
        float height = Math.max(glyph.getHeightDir(), 1f);
        // A glyph more than a line's height away starts a new line (a superscript does not).
        if (Float.isNaN(lineY) || Math.abs(y - lineY) > 1.5f * height) {
            lineY = y;
            penEnd = Float.NEGATIVE_INFINITY;
        }
        float x = glyph.getXDirAdj();
        if (glyph.getUnicode().isBlank()) {
            if (x < penEnd - 0.5f) {
                return;
            }
        } else {
            penEnd = Math.max(penEnd, x + glyph.getWidthDirAdj());
        }
        super.processTextPosition(glyph);
    }

    @Override
    protected void startPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
        lineY = Float.NaN;
        penEnd = Float.NEGATIVE_INFINITY;
        super.startPage(page);
    }
}
