package org.councilgraph.extract.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word document (DOCX, Office Open XML), read with Apache POI: the body's paragraphs one per
 * line and its tables one row per line with the cells separated by {@code " | "}, as saved web
 * pages read. Headers and footers are page furniture, apart from the body, and are left out.
 * Numbers Word adds to numbered lists are not part of the text and do not appear.
 */
public final class DocxFormat implements MinutesFormat {

    /** The most characters of text read out of one document. */
    static final int MAX_CHARS = 4_000_000;

    DocxFormat() {
    }

    @Override
    public String name() {
        return "Word (DOCX)";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    /** A {@code .docx} file that is a ZIP archive, as every DOCX is. */
    @Override
    public boolean accepts(String fileName, byte[] head, boolean named) {
        return DocumentFormats.startsWith(head, "PK\u0003\u0004") && TextBytes.extension(fileName).equals("docx");
    }

    @Override
    public boolean characters() {
        return false;
    }

    @Override
    public String text(String name, byte[] bytes) throws UnreadableDocumentException {
        List<String> lines = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : document.getBodyElements()) {
                addLines(element, lines);
            }
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or foreign archive with unchecked exceptions of several kinds
            // (not OOXML, bad XML, missing parts): each means the file is not a readable DOCX.
            throw new UnreadableDocumentException(name, "is not a readable Word (DOCX) document (" + e.getMessage() + ")", e);
        }
        String text = String.join("\n", lines) + "\n";
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name, "the Word document has no text");
        }
        if (text.length() > MAX_CHARS) {
            throw new UnreadableDocumentException(name, "the Word document holds more than " + MAX_CHARS
                    + " characters of text; councilgraph reads shorter documents (split it first)");
        }
        return text;
    }

    private static void addLines(IBodyElement element, List<String> lines) {
        if (element instanceof XWPFParagraph paragraph) {
            lines.add(paragraph.getText());
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText().replaceAll("\\s+", " ").strip());
                }
                lines.add(String.join(" | ", cells));
            }
        } else if (element instanceof XWPFSDT control) {
            lines.add(control.getContent().getText());
        }
    }
}
