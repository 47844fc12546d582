package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecognitionTest {

    @Test
    void refusesAPlanWhereAStepReadsFactsNoEarlierStepGives() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Recognition(new MeetingHeaderRecogniser(),
                List.of(new DeclarationRecogniser(), new AttendanceListRecogniser())));
        assertEquals("DeclarationRecogniser reads Attendance facts, which no step before it gives", e.getMessage());
    }

    @Test
    void theStandardPlanDescribesEachStepWithWhatItReadsAndGives() {
        List<String> plan = Recognition.standard().describe();
        assertEquals("1. SegmentedItems: reads -; gives AgendaItem", plan.get(0));
        assertTrue(plan.contains("4. ChairStatements (refiner): reads Attendance; gives Attendance"), plan.toString());
        assertTrue(plan.stream().anyMatch(s -> s.contains("MinutesConfirmationRecogniser: reads Resolution; gives MinutesConfirmation")),
                plan.toString());
    }
}
