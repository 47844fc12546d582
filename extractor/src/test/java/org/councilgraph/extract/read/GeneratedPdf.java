package org.councilgraph.extract.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** A PDF made in a test with PDFBox: pages of lines of Helvetica, each drawn where the test says, in the order it says. */
final class GeneratedPdf {

    /** A line of text whose baseline starts at {@code x}, {@code y} points from the page's bottom left. */
    record Line(float x, float y, String text) {
    }

    private final List<List<Line>> pages = new ArrayList<>();

    /** Adds a page drawing {@code lines} in this order. */
    GeneratedPdf page(List<Line> lines) {
        pages.add(List.copyOf(lines));
        return this;
    }

    /** Lines of {@code texts} from the top of an A4 page down, {@code leading} points apart, starting at {@code x}, {@code top}. */
    static List<Line> column(float x, float top, float leading, List<String> texts) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            lines.add(new Line(x, top - i * leading, texts.get(i)));
        }
        return lines;
    }

    byte[] bytes() {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    for (Line line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(line.x(), line.y());
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
