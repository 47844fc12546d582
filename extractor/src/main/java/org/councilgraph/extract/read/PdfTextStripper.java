package org.councilgraph.extract.read;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, in content order, with two corrections for what word processors draw.
 * Space glyphs drawn over other glyphs are dropped: LibreOffice, for one, draws spaces at the
 * start of a line and over a superscript ("3rd"), so the text would read "3  rd   September"; a
 * space that starts before the previous glyph on its line has ended is not a gap between words.
 * And a line that starts a blank line's height or more below the line before gets a blank line
 * before it, as the empty paragraph that made the gap had in the word processor (Word draws a
 * space for an empty paragraph, LibreOffice draws nothing).
 */
final class PdfTextStripper extends PDFTextStripper {

    private float lineY = Float.NaN;
    private float penEnd = Float.NEGATIVE_INFINITY;
    private float lastBaseline = Float.NaN;
    private float lastSize;

    /** The drop, in font sizes, from one line's baseline to the next's that shows a blank line between them (a line is about 1.2). */
    private static final float BLANK_LINE = 1.8f;

    PdfTextStripper() {
        setSortByPosition(false);
        setLineSeparator("\n");
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        float y = glyph.getYDirAdj();
        float height = Math.max(glyph.getHeightDir(), 1f);
        // A glyph more than one and a half glyph heights above or below starts a new line; a
        // superscript is nearer and stays on its line.
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
    protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
        if (!glyphs.isEmpty()) {
            TextPosition first = glyphs.get(0);
            float baseline = first.getYDirAdj();
            float size = first.getFontSizeInPt();
            if (!Float.isNaN(lastBaseline) && baseline - lastBaseline > BLANK_LINE * Math.max(size, lastSize)) {
                writeLineSeparator();
            }
            lastBaseline = baseline;
            lastSize = size;
        }
        super.writeString(text, glyphs);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        lineY = Float.NaN;
        penEnd = Float.NEGATIVE_INFINITY;
        lastBaseline = Float.NaN;
        super.startPage(page);
    }
}
