package org.councilgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.junit.jupiter.api.Test;

/**
 * An agenda is not minutes: the real Merton pack's cover and agenda pages on their own, and short
 * parish agendas, are refused with the reason, while minutes worded like their agenda stay minutes.
 */
class AgendaOnlyDocumentsTest {

    private static final MinutesExtractor EXTRACTOR = new MinutesExtractor();

    /** A parish agenda as clerks write them: a summons, a title and business to come. */
    private static final String PARISH_AGENDA = """
            NEWTON PARISH COUNCIL
            Members of the Council are hereby summoned to attend the meeting of the Parish Council
            to be held in the Village Hall on Tuesday 3 March 2020 at 7.30 pm.
            AGENDA
            1. To receive apologies for absence
            2. To receive declarations of interest
            3. To confirm the minutes of the meeting held on 4 February 2020
            4. To consider planning application 20/0112 at Mill Lane
            5. To approve the payments listed
            Clerk to the Council
            """;

    /** The minutes of that meeting, worded item by item like the agenda. */
    private static final String PARISH_MINUTES = """
            NEWTON PARISH COUNCIL
            Minutes of the meeting of the Parish Council held in the Village Hall on Tuesday 3 March 2020 at 7.30 pm.
            Present: Cllr A. Smith (Chairman), Cllr B. Jones, Cllr C. Brown
            1. To receive apologies for absence
            Apologies were received from Cllr D. White.
            2. To receive declarations of interest
            None.
            3. To consider planning application 20/0112 at Mill Lane
            The Council had no objection to the application.
            """;

    private static SourceDocument text(String name, String text) throws DocumentException {
        return new MinutesReader().fromBytes(name, "test", text.getBytes(StandardCharsets.UTF_8), DocumentMetadata.NONE);
    }

    @Test
    void theCoverAndAgendaPagesOfTheMertonPackAloneAreAnAgendaNotMinutes() throws IOException, DocumentException {
        byte[] agendaPages;
        try (PDDocument pack = Loader.loadPDF(Fixtures.realDocument("pdf",
                "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf").toFile())) {
            while (pack.getNumberOfPages() > 2) {
                pack.removePage(pack.getNumberOfPages() - 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pack.save(out);
            agendaPages = out.toByteArray();
        }
        SourceDocument agenda = new MinutesReader().fromBytes("merton-agenda.pdf", "test", agendaPages, DocumentMetadata.NONE);

        UnrecognisedDocumentException e = assertThrows(UnrecognisedDocumentException.class, () -> EXTRACTOR.extractMeetings(agenda));

        assertTrue(e.getMessage().contains("merton-agenda.pdf"), e.getMessage());
        assertTrue(e.reason().startsWith("is an agenda, not minutes") && e.reason().contains("\"will be held\""), e.reason());
    }

    @Test
    void aParishAgendaIsRefusedSayingWhichOfItsWordingMakesItOne() throws DocumentException {
        UnrecognisedDocumentException e = assertThrows(UnrecognisedDocumentException.class,
                () -> EXTRACTOR.extract(text("agenda-2020-03-03.txt", PARISH_AGENDA)));

        assertTrue(e.reason().contains("(\"summoned to attend\")") && e.reason().contains("titled Agenda")
                && e.reason().contains("5 of its items are business to come (\"To receive ...\")"), e.reason());
    }

    @Test
    void minutesWordedLikeTheirAgendaStayMinutes() throws DocumentException {
        ExtractedMinutes minutes = EXTRACTOR.extract(text("minutes-2020-03-03.txt", PARISH_MINUTES));

        assertFalse(minutes.attendance().isEmpty());
        assertEquals(3, minutes.items().size());
    }

    @Test
    void anAgendaWithAnyRecordOfAttendanceOrADecisionIsTakenForMinutes() throws DocumentException {
        String withApologies = PARISH_AGENDA.replace("1. To receive apologies for absence",
                "1. To receive apologies for absence\nApologies were received from Cllr D. White.");

        ExtractedMinutes minutes = EXTRACTOR.extract(text("agenda-with-apologies.txt", withApologies));

        assertFalse(minutes.attendance().isEmpty(), "an apology received is a record of the meeting");
    }
}
