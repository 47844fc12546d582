package org.councilgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.junit.jupiter.api.Test;

/** Extracting the facts of real minutes published as PDF and Word files. */
class RealMinutesTest {

    private static final MinutesExtractor EXTRACTOR = new MinutesExtractor();

    private static ExtractedMinutes extract(String folder, String name) throws UnrecognisedDocumentException {
        return EXTRACTOR.extract(Fixtures.document(Fixtures.realDocument(folder, name)));
    }

    private static Set<String> families(ExtractedMinutes m, AttendanceStatus status) {
        Set<String> names = new TreeSet<>();
        m.attendance().stream().filter(a -> a.status() == status).forEach(a -> names.add(a.person().family()));
        return names;
    }

    @Test
    void theKentCabinetPdfGivesItsPresentAndInAttendanceBlocksAndItsResolutions() throws UnrecognisedDocumentException {
        ExtractedMinutes m = extract("pdf", "kent-cc_cabinet_2025-01-30_printed-minutes.pdf");
        assertEquals(new TreeSet<>(List.of("Gough", "Baker", "Chandler", "Jeffrey", "Love", "Murphy", "Oakford", "Watkins", "Thomas")),
                families(m, AttendanceStatus.PRESENT));
        Set<String> inAttendance = families(m, AttendanceStatus.IN_ATTENDANCE);
        // IN ATTENDANCE and IN ATTENDANCE VIRTUALLY
        assertTrue(inAttendance.containsAll(List.of("Ghosh", "Hammond", "Beer", "Watts", "Jones", "Albiston", "Gannon")), inAttendance.toString());
        assertEquals(Set.of("Bell"), families(m, AttendanceStatus.APOLOGIES));
        assertTrue(m.resolutions().size() >= 3, m.resolutions().toString());
        assertTrue(m.resolutions().stream().anyMatch(r -> r.text().startsWith("that the minutes of the meeting on 9 January 2025 were a correct record")),
                m.resolutions().toString());
        assertEquals("Cabinet", m.header().committee().value());
    }

    @Test
    void theNewbigginPdfAndWordFileGiveTheSameMeetingAttendanceAndResolutions() throws UnrecognisedDocumentException {
        String name = "newbiggin-pc_2019-09-03_minutes";
        ExtractedMinutes pdf = extract("pdf", name + ".pdf");
        ExtractedMinutes docx = extract("docx", name + ".docx");
        assertEquals("2019-09-03", pdf.header().date().value().toString());
        assertEquals(docx.header().date().value(), pdf.header().date().value());
        assertEquals(docx.header().council().value(), pdf.header().council().value());
        List<String> pdfPeople = pdf.attendance().stream().map(a -> a.status() + " " + a.person().plainName()).sorted().toList();
        assertFalse(pdfPeople.isEmpty());
        assertEquals(docx.attendance().stream().map(a -> a.status() + " " + a.person().plainName()).sorted().toList(), pdfPeople);
        assertEquals(docx.resolutions().stream().map(r -> r.text().replaceAll("\\s+", " ")).toList(),
                pdf.resolutions().stream().map(r -> r.text().replaceAll("\\s+", " ")).toList());
    }
}
