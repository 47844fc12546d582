package org.councilgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.ExtractedFile;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.SourceDocument;
import org.junit.jupiter.api.Test;

/** A file holding the minutes of several meetings gives each meeting its own minutes (the real Merton agenda pack). */
class MeetingsInOneFileTest {

    private static final SourceDocument MERTON = Fixtures.document(Fixtures.realDocument("pdf",
            "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf"));

    private static List<String> present(ExtractedMinutes m) {
        return m.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).map(a -> a.person().family()).toList();
    }

    @Test
    void theMertonPackGivesTwoMeetingsOfTwentyFourthSeptemberEachWithItsOwnFacts() throws DocumentException {
        ExtractedFile file = MinutesExtractor.withoutModel().extractMeetings(MERTON);
        assertEquals(2, file.meetings().size());
        ExtractedMinutes audit = file.meetings().get(0);
        ExtractedMinutes joint = file.meetings().get(1);
        for (ExtractedMinutes m : file.meetings()) {
            assertEquals(LocalDate.of(2009, 9, 24), m.header().meetingDate().orElseThrow(), "not the agenda's 22 October");
            assertEquals("Merton Council", m.header().council().value(), "from the pack's cover");
        }
        assertEquals("AUDIT COMMITTEE", audit.header().committee().value());
        assertEquals("AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)", joint.header().committee().value());
        assertEquals(List.of("Roberts", "Caldara", "Edge", "Connellan"), present(audit), "the committee's PRESENT block");
        assertTrue(present(joint).size() > present(audit).size(), "the joint session had both committees present");
        assertTrue(audit.resolutions().size() >= 4, audit.resolutions().toString());
        assertEquals(0, joint.resolutions().size(), "the joint session resolved nothing");
        assertTrue(audit.attendance().stream().anyMatch(a -> a.status() == AttendanceStatus.APOLOGIES), "Rod Scott and Diane Neil");
        assertNotEquals(audit.document().key(), joint.document().key());
        assertTrue(file.noteText().orElseThrow().contains("meeting 1 (pages 3–4), meeting 2 (pages 5–8); the text before the first (pages 1–2)"),
                file.noteText().get());
    }

    @Test
    void eachMeetingsEvidenceIsTheFilesTextAtThatMeetingsPlaceAndPage() throws DocumentException {
        for (ExtractedMinutes m : MinutesExtractor.withoutModel().extractMeetings(MERTON).meetings()) {
            int start = m.document().part().start();
            for (Attendance a : m.attendance()) {
                String quote = m.document().text().quote(a.evidence());
                assertEquals(MERTON.text().text().substring(start + a.evidence().start(), start + a.evidence().end()), quote);
                assertEquals(MERTON.pages().pageAt(start + a.evidence().start()), m.document().pages().pageAt(a.evidence().start()));
            }
        }
    }

    @Test
    void aFileOfOneMeetingIsExtractedAsBefore() throws DocumentException {
        SourceDocument kent = Fixtures.document(Fixtures.realDocument("pdf", "kent-cc_cabinet_2025-01-30_printed-minutes.pdf"));
        ExtractedFile file = MinutesExtractor.withoutModel().extractMeetings(kent);
        assertEquals(1, file.meetings().size());
        assertTrue(file.noteText().isEmpty());
        assertEquals(kent, file.meetings().get(0).document());
    }
}
