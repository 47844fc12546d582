package org.councilgraph.extract.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

/** Where each meeting's minutes start in a file holding several, on the real Merton agenda pack. */
class MeetingSplitterTest {

    private static final DocumentText MERTON = Fixtures.document(Fixtures.realDocument("pdf",
            "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf")).text();

    private final MeetingSplitter splitter = new MeetingSplitter(Lexicons.standard());

    @Test
    void theMertonPackHoldsTheAuditCommitteeAndTheJointSessionAfterItsCoverAndAgenda() {
        List<Span> meetings = splitter.meetings(MERTON);
        assertEquals(2, meetings.size());
        String audit = splitter.text(MERTON, meetings.get(0));
        String joint = splitter.text(MERTON, meetings.get(1));
        assertTrue(audit.strip().startsWith("AUDIT COMMITTEE \n24 SEPTEMBER 2009 \n(19:15 TO 19:25"), audit.substring(0, 80));
        assertTrue(joint.strip().startsWith("AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)"), joint.substring(0, 80));
        assertFalse(audit.contains("(19:28 TO 20:24)"), "the joint session is not in the committee's minutes");
        String before = MERTON.text().substring(0, meetings.get(0).start());
        assertTrue(before.contains("A meeting of the Audit Committee will be held"), "the agenda comes before the minutes");
        assertEquals(MERTON.length(), meetings.get(1).end());
    }

    @Test
    void theRunningTitleAtTheTopOfALaterPageOfATextPackIsBlankedAndEveryOffsetKept() {
        // A pack given as text (a PDF turned to text elsewhere) keeps the running titles that
        // reading the PDF itself removes as page furniture.
        String title = "AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)";
        DocumentText pack = DocumentText.of("AUDIT COMMITTEE\n24 SEPTEMBER 2009\nPRESENT: Councillor A Smith\n\n1 MINUTES\nNOTED\n\n"
                + title + "\n24 SEPTEMBER 2009\nPRESENT: Councillor B Jones\nMembers asked about the\n2\n"
                + title + "\n24 SEPTEMBER 2009\nAccounts? \nThis was the first time\n3\n"
                + title + "\n24 SEPTEMBER 2009\nfollow on risk management.\n");
        Span joint = splitter.meetings(pack).get(1);
        String text = splitter.text(pack, joint);
        assertEquals(joint.length(), text.length());
        assertEquals(1, text.split("\\Q" + title + "\\E", -1).length - 1, "only the title itself is left");
        assertFalse(text.contains("\n2\n") || text.contains("\n3\n"), "the page numbers above the running titles");
        assertTrue(text.contains("Accounts? \nThis was the first time"), "the text around a running header is as in the file");
    }

    @Test
    void theJointSessionOfTheMertonPdfHasItsTitleOnceAsThePdfIsReadWithoutItsRunningHeaders() {
        Span joint = splitter.meetings(MERTON).get(1);
        String title = "AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)";
        String file = MERTON.text().substring(joint.start(), joint.end());
        assertEquals(1, file.split("\\Q" + title + "\\E", -1).length - 1, "the title, not its repeats on the next two pages");
        assertEquals(file, splitter.text(MERTON, joint), "nothing is left to blank");
    }

    @Test
    void aFileOfOneMeetingAndARunningHeaderWithoutAttendanceAreNotSplit() {
        DocumentText kent = Fixtures.document(Fixtures.realDocument("pdf", "kent-cc_cabinet_2025-01-30_printed-minutes.pdf")).text();
        assertEquals(List.of(), splitter.meetings(kent));
        DocumentText oneWithRepeats = DocumentText.of("AUDIT COMMITTEE\n24 SEPTEMBER 2009\nPRESENT: Councillor A Smith\n\n"
                + "1 MINUTES\nRESOLVED: That the minutes be agreed.\n\nAUDIT COMMITTEE\n24 SEPTEMBER 2009\n2 WORK PROGRAMME\nNOTED\n");
        assertEquals(List.of(), splitter.meetings(oneWithRepeats));
    }
}
