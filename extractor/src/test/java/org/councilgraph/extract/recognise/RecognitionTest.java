package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class RecognitionTest {

    @Test
    void refusesAPlanWhereAStepReadsFactsNoEarlierStepGives() {
        Lexicons lexicons = Lexicons.standard();
        var plan = new Recognition.Plan(new MeetingHeaderRecogniser(lexicons));
        var e = assertThrows(IllegalArgumentException.class, () -> plan.step(new DeclarationRecogniser(lexicons),
                Recognition.kinds(Attendance.class), Recognition.kinds(Declaration.class)));
        assertEquals("DeclarationRecogniser reads Attendance facts, which no step before it gives", e.getMessage());
    }

    @Test
    void aRecogniserSeesOnlyTheKindsOfFactItsPlanSaysItReads() {
        Lexicons lexicons = Lexicons.standard();
        List<Integer> seen = new java.util.ArrayList<>();
        Recogniser counter = (analysis, found) -> {
            seen.add(found.all().size());
            return List.of();
        };
        Recognition plan = new Recognition.Plan(new MeetingHeaderRecogniser(lexicons))
                .step(new AttendanceListRecogniser(lexicons), Recognition.kinds(), Recognition.kinds(Attendance.class, RoleHolding.class))
                .step(counter, Recognition.kinds(Attendance.class), Recognition.kinds())
                .build();
        plan.recognise(Fixtures.segmented("Present: Councillor Geoff Driver (Chair), Councillor Buckley\n"));
        assertEquals(List.of(2), seen, "the two attendances, not the chair's role holding");
    }

    @Test
    void refusesARecogniserThatGivesAKindOfFactItsPlanDoesNotSay() {
        Lexicons lexicons = Lexicons.standard();
        Recognition plan = new Recognition.Plan(new MeetingHeaderRecogniser(lexicons))
                .step(new AttendanceListRecogniser(lexicons), Recognition.kinds(), Recognition.kinds(Attendance.class))
                .build();
        var e = assertThrows(IllegalStateException.class,
                () -> plan.recognise(Fixtures.segmented("Present: Councillor Geoff Driver (Chair), Councillor Buckley\n")));
        assertEquals("AttendanceListRecogniser gave a RoleHolding fact, which its plan does not say it gives", e.getMessage());
    }

    @Test
    void theStandardPlanDescribesEachStepWithWhatItReadsAndGives() {
        List<String> plan = Recognition.standard().describe();
        assertEquals("1. SegmentedItems: reads -; gives AgendaItem", plan.get(0));
        assertTrue(plan.contains("4. ChairPostPresides (refiner): reads Attendance, RoleHolding; gives Attendance"), plan.toString());
        assertTrue(plan.contains("5. ChairStatements (refiner): reads Attendance; gives Attendance"), plan.toString());
        assertTrue(plan.stream().anyMatch(s -> s.contains("MinutesConfirmationRecogniser: reads Resolution; gives MinutesConfirmation")),
                plan.toString());
    }
}
