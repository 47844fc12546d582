package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxFormatTest {

    private static byte[] minutes() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Ashby Parish Council - draft");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("Page 1");
            doc.createParagraph().createRun().setText("Present: Councillors A Smith and B Jones");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("1.");
            table.getRow(0).getCell(1).setText("Apologies");
            table.getRow(1).getCell(0).setText("2.");
            table.getRow(1).getCell(1).setText("Planning");
            doc.createParagraph().createRun().setText("RESOLVED that the application be refused.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsParagraphsAndTableRowsInOrderWithoutHeadersAndFooters() throws IOException, UnreadableDocumentException {
        String text = DocumentFormats.DOCX.text("minutes.docx", minutes());
        assertEquals("Present: Councillors A Smith and B Jones\n1. | Apologies\n2. | Planning\n"
                + "RESOLVED that the application be refused.\n", text);
    }

    @Test
    void refusesAZipThatIsNoWordDocument() {
        byte[] zip = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        String reason = assertThrows(UnreadableDocumentException.class, () -> DocumentFormats.DOCX.text("minutes.docx", zip)).reason();
        assertTrue(reason.startsWith("is not a readable Word (DOCX) document"), reason);
    }

    /** A Word archive whose body is {@code body} bytes of spaces inside one run, stored packed or as is, and {@code extraParts} small parts besides. */
    private static byte[] archive(int body, boolean packed, int extraParts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            part(zip, "[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8), true);
            part(zip, "_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
                    .getBytes(StandardCharsets.UTF_8), true);
            byte[] start = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t xml:space=\"preserve\">Minutes of the meeting held on 4 May 2024").getBytes(StandardCharsets.UTF_8);
            byte[] end = "</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8);
            byte[] document = Arrays.copyOf(start, start.length + body + end.length);
            Arrays.fill(document, start.length, start.length + body, (byte) ' ');
            System.arraycopy(end, 0, document, start.length + body, end.length);
            part(zip, "word/document.xml", document, packed);
            for (int i = 0; i < extraParts; i++) {
                part(zip, "word/media/part" + i + ".xml", "<a/>".getBytes(StandardCharsets.UTF_8), true);
            }
        }
        return out.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, byte[] content, boolean packed) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        if (!packed) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    @Test
    void readsTheArchiveItsTestsBuildWhenNothingIsOutOfBounds() throws IOException, UnreadableDocumentException {
        assertEquals("Minutes of the meeting held on 4 May 2024 \n", DocumentFormats.DOCX.text("minutes.docx", archive(1, true, 3)));
    }

    @Test
    void refusesAZipBombWithItsReason() throws IOException {
        // Two megabytes of spaces pack into a few kilobytes: a thousandfold, where text packs some tenfold.
        byte[] bomb = archive(2 << 20, true, 0);
        String reason = assertThrows(UnreadableDocumentException.class, () -> DocumentFormats.DOCX.text("bomb.docx", bomb)).reason();
        assertEquals("the Word document is a ZIP bomb (a part of its archive expands more than 100 times its packed size); "
                + "councilgraph does not read it", reason);
    }

    @Test
    void refusesAPartLargerThanAnyMinutesHoldWithItsReason() throws IOException {
        byte[] large = archive((int) DocxFormat.MAX_PART_BYTES, false, 0);
        String reason = assertThrows(UnreadableDocumentException.class, () -> DocumentFormats.DOCX.text("large.docx", large)).reason();
        assertEquals("a part of the Word document's archive expands past 32 MiB, more than any minutes hold; councilgraph does not read it",
                reason);
    }

    @Test
    void refusesAnArchiveOfMoreThanAThousandPartsWithItsReason() throws IOException {
        byte[] crowded = archive(1, true, 1_000);
        String reason = assertThrows(UnreadableDocumentException.class, () -> DocumentFormats.DOCX.text("crowded.docx", crowded)).reason();
        assertEquals("the Word document's archive holds more than 1000 parts; councilgraph does not read it", reason);
    }
}
