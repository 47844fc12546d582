package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

import org.councilgraph.extract.read.GeneratedPdf.Line;
import org.junit.jupiter.api.Test;

class PdfFormatTest {

    private static final PdfFormat PDF = DocumentFormats.PDF;

    private static final List<String> LEFT = List.of("1. Apologies", "Apologies were received from",
            "Councillor Ann Smith.", "2. Declarations of interest", "None were declared.");
    private static final List<String> RIGHT = List.of("3. Minutes", "RESOLVED that the minutes of",
            "the meeting of 2 April 2024", "be approved.", "4. Any other business");

    private static int at(String text, String line) {
        int i = text.indexOf(line);
        assertTrue(i >= 0, "missing \"" + line + "\" in:\n" + text);
        return i;
    }

    @Test
    void readsATwoColumnPageColumnByColumn() throws UnreadableDocumentException {
        List<Line> lines = new ArrayList<>(GeneratedPdf.column(60, 780, 14, LEFT));
        lines.addAll(GeneratedPdf.column(320, 780, 14, RIGHT));
        String text = PDF.read("two-columns.pdf", new GeneratedPdf().page(lines).bytes()).text();
        List<String> all = new ArrayList<>(LEFT);
        all.addAll(RIGHT);
        int previous = -1;
        for (String line : all) {
            int i = at(text, line);
            assertTrue(i > previous, "\"" + line + "\" is out of reading order in:\n" + text);
            previous = i;
        }
        assertFalse(text.contains("Apologies 3. Minutes"), "the columns were interleaved:\n" + text);
    }

    @Test
    void dropsRunningHeadersFootersAndPageNumbersAndKnowsWhereEachPageStarts() throws UnreadableDocumentException {
        GeneratedPdf pdf = new GeneratedPdf();
        List<List<String>> bodies = List.of(
                List.of("Present: Councillors A Smith and B Jones", "1. Apologies", "None."),
                List.of("2. Planning", "RESOLVED that the application be refused.", "The Clerk will write."),
                List.of("3. Finance", "The accounts were approved.", "The meeting closed at 9.15 pm."));
        for (int p = 0; p < bodies.size(); p++) {
            List<Line> lines = new ArrayList<>();
            lines.add(new Line(60, 810, "Ashby Parish Council - Minutes of 4 June 2024"));
            lines.addAll(GeneratedPdf.column(60, 760, 14, bodies.get(p)));
            lines.add(new Line(280, 40, "Page " + (p + 1) + " of 3"));
            lines.add(new Line(60, 26, "Signed ............ Chairman"));
            pdf.page(lines);
        }
        ExtractedText read = PDF.read("running-headers.pdf", pdf.bytes());
        String text = read.text();
        assertFalse(text.contains("Minutes of 4 June"), text);
        assertFalse(text.contains("Page 2 of 3"), text);
        assertFalse(text.contains("Signed"), text);
        bodies.forEach(body -> body.forEach(line -> at(text, line)));
        assertEquals(3, read.pages().count());
        assertEquals(OptionalInt.of(1), read.pages().pageAt(at(text, "1. Apologies")));
        assertEquals(OptionalInt.of(2), read.pages().pageAt(at(text, "RESOLVED")));
        assertEquals(OptionalInt.of(3), read.pages().pageAt(at(text, "3. Finance")));
    }

    @Test
    void refusesAPdfWithoutATextLayer() {
        byte[] blank = new GeneratedPdf().page(List.of()).page(List.of()).bytes();
        String reason = assertThrows(UnreadableDocumentException.class, () -> PDF.read("scan.pdf", blank)).reason();
        assertTrue(reason.contains("no text layer"), reason);
    }

    @Test
    void refusesAPdfWhoseTextLayerIsNotWords() {
        List<Line> garbage = GeneratedPdf.column(60, 780, 14, Collections.nCopies(20, "6',8 /398+74,8.+2++8 /3-.+1*43 #&  \"#$"));
        byte[] pdf = new GeneratedPdf().page(garbage).bytes();
        String reason = assertThrows(UnreadableDocumentException.class, () -> PDF.read("garbled.pdf", pdf)).reason();
        assertTrue(reason.contains("not readable text"), reason);
    }

    @Test
    void refusesAPdfOfTooManyPages() {
        GeneratedPdf pdf = new GeneratedPdf();
        for (int p = 0; p <= PdfFormat.MAX_PAGES; p++) {
            pdf.page(List.of(new Line(60, 780, "Minutes")));
        }
        String reason = assertThrows(UnreadableDocumentException.class, () -> PDF.read("long.pdf", pdf.bytes())).reason();
        assertTrue(reason.contains("at most " + PdfFormat.MAX_PAGES + " pages"), reason);
    }

    @Test
    void refusesBytesThatAreNoPdfWithTheParsersReason() {
        String reason = assertThrows(UnreadableDocumentException.class,
                () -> PDF.read("broken.pdf", "%PDF-1.7\nnot really".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).reason();
        assertTrue(reason.startsWith("is not a readable PDF"), reason);
    }
}
