package org.councilgraph.extract.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF, read through its text layer with Apache PDFBox, page by page in the order the content
 * is drawn (which is reading order for PDFs exported from word processors, two-column pages
 * included; sorting by position would interleave the columns). Running headers, footers and page
 * numbers are removed ({@link PageFurniture}), spaces drawn over other glyphs are dropped
 * ({@link PdfTextStripper}), words hyphenated at line ends are joined, and
 * where each page starts is kept. A PDF without a usable text layer (a scan, or fonts that map
 * glyphs to the wrong characters) is refused with that reason ({@link TextLayer}): councilgraph
 * does not guess its text. A PDF's content streams are decoded in bounded memory but may expand
 * without bound, so the caller bounds the reading's time; an interrupt stops it
 * ({@link AbandonableBuffer}).
 */
public final class PdfFormat implements MinutesFormat {

    /** The most pages read: longer files are refused, so no PDF runs unbounded. */
    static final int MAX_PAGES = 300;
    /** The most characters of text read out of one PDF. */
    static final int MAX_CHARS = 4_000_000;

    PdfFormat() {
    }

    @Override
    public String name() {
        return "PDF";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public boolean accepts(String fileName, byte[] head, boolean named) {
        return DocumentFormats.startsWith(head, "%PDF") || TextBytes.extension(fileName).equals("pdf");
    }

    @Override
    public boolean characters() {
        return false;
    }

    @Override
    public String text(String name, byte[] bytes) throws UnreadableDocumentException {
        return read(name, bytes).text();
    }

    @Override
    public ExtractedText read(String name, byte[] bytes) throws UnreadableDocumentException {
        List<List<String>> pages = Hyphenation.join(PageFurniture.remove(pageLines(name, bytes)));
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (List<String> page : pages) {
            starts.add(text.length());
            for (String line : page) {
                text.append(line).append('\n');
            }
        }
        var problem = TextLayer.problem(text.toString());
        if (problem.isPresent()) {
            throw new UnreadableDocumentException(name, problem.get());
        }
        return new ExtractedText(text.toString(), new Pages(starts));
    }

    /** The lines of each page's text layer, as PDFBox reads them. */
    private static List<List<String>> pageLines(String name, byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument pdf = Loader.loadPDF(new AbandonableBuffer(bytes))) {
            int count = pdf.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableDocumentException(name, "the PDF has no pages");
            }
            if (count > MAX_PAGES) {
                throw new UnreadableDocumentException(name, "the PDF has " + count + " pages; councilgraph reads PDFs of at most "
                        + MAX_PAGES + " pages (split it first)");
            }
            if (!pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(name, "the PDF forbids extracting its text (its permissions say so)");
            }
            PDFTextStripper stripper = new PdfTextStripper();
            List<List<String>> pages = new ArrayList<>(count);
            long chars = 0;
            for (int page = 1; page <= count; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                chars += text.length();
                if (chars > MAX_CHARS) {
                    throw new UnreadableDocumentException(name, "the PDF holds more than " + MAX_CHARS
                            + " characters of text; councilgraph reads shorter documents (split it first)");
                }
                pages.add(text.lines().toList());
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(name, "the PDF is encrypted with a password", e);
        } catch (IOException | RuntimeException e) {
            // PDFBox reports most damage with IOException, but some malformed structures with
            // unchecked exceptions: each means the file is not a readable PDF.
            throw new UnreadableDocumentException(name, "is not a readable PDF (" + e.getMessage() + ")", e);
        }
    }
}
