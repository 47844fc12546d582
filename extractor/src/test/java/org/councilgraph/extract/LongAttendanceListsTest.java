package org.councilgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A long attendance list gives each of its people once, present, whether it is printed on one
 * line or one name to a line (the lists are generated, of invented names; how long extraction
 * takes is measured in ExtractionShapesBenchmark, not here).
 */
@Tag("slow") // thousands of names through the name finder
class LongAttendanceListsTest {

    private static final int PEOPLE = 2_000;

    private final MinutesExtractor extractor = new MinutesExtractor();

    @Test
    void twoThousandNamesOnOneLineGiveTwoThousandAttendees() throws UnrecognisedDocumentException {
        assertEveryonePresent(GeneratedMinutes.attendeesOnOneLine(PEOPLE));
    }

    @Test
    void twoThousandNamesOneToALineGiveTwoThousandAttendees() throws UnrecognisedDocumentException {
        assertEveryonePresent(GeneratedMinutes.attendeesOnePerLine(PEOPLE));
    }

    private void assertEveryonePresent(String minutes) throws UnrecognisedDocumentException {
        List<Attendance> attendance = extractor.extract(Fixtures.snippet(minutes)).attendance();
        assertEquals(GeneratedMinutes.attendees(PEOPLE), attendance.stream().map(a -> a.person().plainName()).toList());
        assertEquals(List.of(AttendanceStatus.PRESENT), attendance.stream().map(Attendance::status).distinct().toList());
    }
}
