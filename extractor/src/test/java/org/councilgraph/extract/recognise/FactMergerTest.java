package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

class FactAssemblerTest {

    private static PersonName name(String text) {
        SegmentedMinutes m = Fixtures.segmented("Present: " + text + "\n");
        return new AttendanceListRecogniser().recognise(m).attendance().get(0).person();
    }

    @Test
    void aRunOfHeadingsIsNotAPost() {
        FactAssembler facts = new FactAssembler(List.of());
        PersonName ambrose = name("Cllr. Tom Ambrose");
        facts.addRole(new RoleHolding(ambrose,
                "Meetings Administrator Environmental Awards 2008 Budget Meeting Local Electoral Boundaries Minutes Planning Refusals",
                null, new Span(0, 10)));
        facts.addRole(new RoleHolding(ambrose, "Cathaoirleach", null, new Span(0, 10)));
        assertEquals(List.of("Cathaoirleach"), facts.assemble(Fixtures.snippet("x"), null, null).roles().stream()
                .map(RoleHolding::role).toList());
    }

    @Test
    void theSamePostFoundByTheRulesAndTheModelIsOneHoldingFoundByBoth() {
        FactAssembler facts = new FactAssembler(List.of());
        PersonName jenkins = name("Sarah Jenkins");
        facts.addRole(new RoleHolding(jenkins, "Head of Service", null, new Span(0, 10)));
        facts.addRole(new RoleHolding(jenkins, "the Head of Service", null, new Span(20, 30), Detection.model(0.4)));
        List<RoleHolding> roles = facts.assemble(Fixtures.snippet("x"), null, null).roles();
        assertEquals(1, roles.size());
        assertEquals(new Detection(true, true, 0.4), roles.get(0).detection());
    }
}
