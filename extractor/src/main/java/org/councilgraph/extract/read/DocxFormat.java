package org.councilgraph.extract.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
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
 *
 * <p>A DOCX is a ZIP archive, so a small file can expand without bound (a ZIP bomb). POI's
 * {@link ZipSecureFile} guards every part it inflates: a part that expands more than a hundred
 * times its packed size, or past {@link #MAX_PART_BYTES}, stops the reading, and the document is
 * refused with that reason. The archive is opened as a file, not a stream, so POI inflates only
 * the parts a Word document reads (body, styles, numbering, headers) and none of the others.
 */
public final class DocxFormat implements MinutesFormat {

    /** The most characters of text read out of one document. */
    static final int MAX_CHARS = 4_000_000;
    /** The largest part of the archive inflated, 32 MiB: some eight bytes of XML for each character of text allowed. */
    static final long MAX_PART_BYTES = 32L << 20;
    /** The least ratio of a part's packed to its inflated size (POI's own default, 1 to 100). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        // POI keeps these limits process-wide; councilgraph opens Office archives only here.
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

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
        Path copy = null;
        try {
            copy = Files.createTempFile("councilgraph-", ".docx");
            Files.write(copy, bytes);
            OPCPackage archive = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            try {
                for (IBodyElement element : new XWPFDocument(archive).getBodyElements()) {
                    addLines(element, lines);
                }
            } finally {
                // A package opened to read is let go with revert(): close() would try to save it.
                archive.revert();
            }
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            Optional<String> bomb = zipBomb(e);
            if (bomb.isPresent()) {
                throw new UnreadableDocumentException(name, bomb.get(), e);
            }
            // POI reports a damaged or foreign archive with unchecked exceptions of several kinds
            // (not OOXML, bad XML, missing parts): each means the file is not a readable DOCX.
            throw new UnreadableDocumentException(name, "is not a readable Word (DOCX) document (" + firstLine(e.getMessage()) + ")", e);
        } finally {
            delete(copy);
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

    /**
     * Why the archive was refused when {@link ZipSecureFile}'s guard stopped it (POI says so only
     * in the message of an exception, maybe wrapped in another): in councilgraph's words, since
     * POI's text tells the reader to change a setting they cannot reach.
     */
    private static Optional<String> zipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.startsWith("Zip bomb detected")) {
                return Optional.of(message.contains("max. ratio")
                        ? "the Word document is a ZIP bomb (a part of its archive expands more than " + Math.round(1 / MIN_INFLATE_RATIO)
                                + " times its packed size); councilgraph does not read it"
                        : "a part of the Word document's archive expands past " + (MAX_PART_BYTES >> 20)
                                + " MiB, more than any minutes hold; councilgraph does not read it");
            }
            if (message.startsWith("The file appears to be potentially malicious")) {
                return Optional.of("the Word document's archive holds more than " + ZipSecureFile.getMaxFileCount()
                        + " parts; councilgraph does not read it");
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("");
    }

    private static void delete(Path copy) {
        if (copy == null) {
            return;
        }
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            // The copy is in the temporary folder, which the system clears; the reading's outcome stands.
            copy.toFile().deleteOnExit();
        }
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
