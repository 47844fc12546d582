package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.councilgraph.extract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading the PDFs and Word files of real minutes (the fixtures' README says where each comes from). */
class RealDocumentsTest {

    private static final String BROKEN = "horsley-pc_2014-03-18_draft-minutes_BROKEN-TEXT-LAYER.pdf";

    private final MinutesReader reader = new MinutesReader();

    static Stream<Path> readableDocuments() throws IOException {
        try (Stream<Path> pdf = Files.list(Fixtures.REAL_DOCUMENTS.resolve("pdf"));
                Stream<Path> docx = Files.list(Fixtures.REAL_DOCUMENTS.resolve("docx"))) {
            return Stream.concat(pdf, docx).filter(p -> !p.getFileName().toString().equals(BROKEN)).sorted().toList().stream();
        }
    }

    private SourceDocument read(String folder, String name) throws DocumentException {
        return reader.read(Fixtures.realDocument(folder, name), DocumentMetadata.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readableDocuments")
    void readsEveryRealPdfAndWordFileWithATextLayerAsText(Path file) throws DocumentException {
        SourceDocument d = reader.read(file, DocumentMetadata.NONE);
        assertTrue(d.text().length() > 2_000, file.getFileName() + " gave only " + d.text().length() + " characters");
        boolean pdf = file.getFileName().toString().endsWith(".pdf");
        assertEquals(pdf ? "application/pdf" : DocumentFormats.DOCX.mediaType(), d.mediaType());
        assertEquals(pdf, d.pages().count() > 0, "only a PDF has pages");
    }

    @Test
    void refusesThePdfWhoseFontsMapToGibberishSayingWhy() {
        DocumentException e = assertThrows(UnreadableDocumentException.class, () -> read("pdf", BROKEN));
        assertEquals(BROKEN, e.documentName());
        assertTrue(e.reason().contains("text layer is not readable text"), e.reason());
    }

    @Test
    void readsTheKentCabinetMinutesWithoutTheirPageNumbersAndKnowsTheirSeventeenPages() throws DocumentException {
        SourceDocument d = read("pdf", "kent-cc_cabinet_2025-01-30_printed-minutes.pdf");
        String text = d.text().text();
        assertTrue(text.startsWith("KENT COUNTY COUNCIL"), text.substring(0, 80));
        assertTrue(text.contains("PRESENT: Mr R W Gough (Chairman), Mr N Baker"), "the PRESENT block");
        assertTrue(text.contains("IN ATTENDANCE VIRTUALLY: Mr S Jones"), "the IN ATTENDANCE VIRTUALLY block");
        assertFalse(text.lines().anyMatch(line -> line.strip().matches("\\d{1,2}")), "a page number is left as a line");
        assertEquals(17, d.pages().count());
        assertEquals(17, d.pages().pageAt(text.lastIndexOf("RESOLVED")).orElseThrow());
    }

    @Test
    void readsTheMertonPackWithoutItsPartsPageNumbersOrRepeatedTitlesButWithEachMeetingsTitleOnce() throws DocumentException {
        SourceDocument d = read("pdf", "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf");
        String text = d.text().text();
        List<String> lines = text.lines().map(String::strip).toList();
        List<String> minutes = lines.subList(lines.indexOf("AUDIT COMMITTEE"), lines.size());
        assertFalse(minutes.stream().anyMatch(line -> line.matches("\\d{1,2}")), "a page number (each part numbers its pages from 1) is left as a line");
        assertFalse(text.contains("All minutes are draft"), "the footer drawn at the top of each page of the minutes");
        assertEquals(1, lines.stream().filter("AUDIT COMMITTEE"::equals).count(), "the committee's title, on its first page only");
        assertEquals(1, lines.stream().filter("AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)"::equals).count(),
                "the joint session's title, on its first page only");
        assertEquals(2, lines.stream().filter("24 SEPTEMBER 2009"::equals).count(), "the date under each title");
        assertTrue(java.util.regex.Pattern.compile("4 AUDITED FINAL ACCOUNTS 2008/09 AND USE OF RESOURCES\\s*JUDGEMENT \\(Agenda item 4\\)")
                .matcher(text).find(), "the heading that runs on to the next page reads on without the page's header");
    }

    @Test
    void readsTheNewbigginMinutesAlikeFromThePdfAndTheWordFile() throws DocumentException {
        String name = "newbiggin-pc_2019-09-03_minutes";
        String pdf = read("pdf", name + ".pdf").text().text();
        String docx = read("docx", name + ".docx").text().text();
        // The superscript of "3rd" is drawn with spaces over it in the PDF; they are not read.
        for (String line : List.of("Newbiggin Parish Council   -  3rd September 2019", "19.09.01  Apologies",
                "Clerk J Brampton", "The Councillors resolved to pay all of the above.")) {
            assertTrue(pdf.contains(line), "PDF: " + line);
            assertTrue(docx.contains(line), "DOCX: " + line);
        }
        assertEquals(words(docx).replace(" Page 1 of 3", "").replace(" Page 2 of 3", "").replace(" Page 3 of 3", "")
                .replaceAll(" Signed _+ Dated 12th November 2019", ""), words(pdf),
                "the PDF, without its page footers, holds the words of the DOCX, whose footers are typed into its body");
    }

    @Test
    void leavesTheFooterOfAWordFileOut() throws DocumentException {
        String text = read("docx", "haresfield-pc_2020-01-26_minutes.docx").text().text();
        assertFalse(text.contains("3Jan 2020"), "the footer's page number and date");
        assertTrue(text.contains("Haresfield"), text.substring(0, 200));
    }

    private static String words(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }
}
