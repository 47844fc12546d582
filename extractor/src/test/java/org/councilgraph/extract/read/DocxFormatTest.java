package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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
}
