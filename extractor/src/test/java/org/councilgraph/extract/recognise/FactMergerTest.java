package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

class FactMergerTest {

    private static final Facts NONE = Facts.of(MeetingHeader.EMPTY);

    private static PersonName name(String text) {
        return Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), Fixtures.segmented("Present: " + text + "\n")).attendance().get(0).person();
    }

    @Test
    void aRunOfHeadingsIsNotAPost() {
        PersonName ambrose = name("Cllr. Tom Ambrose");
        Facts facts = FactMerger.merge(NONE, List.of(new RoleHolding(ambrose,
                "Meetings Administrator Environmental Awards 2008 Budget Meeting Local Electoral Boundaries Minutes Planning Refusals",
                null, new Span(0, 10)), new RoleHolding(ambrose, "Cathaoirleach", null, new Span(0, 10))));
        assertEquals(List.of("Cathaoirleach"), facts.roles().stream().map(RoleHolding::role).toList());
    }

    @Test
    void theSamePostFoundByTheRulesAndTheModelIsOneHoldingFoundByBoth() {
        PersonName jenkins = name("Sarah Jenkins");
        Facts facts = FactMerger.merge(NONE, List.of(new RoleHolding(jenkins, "Head of Service", null, new Span(0, 10)),
                new RoleHolding(jenkins, "the Head of Service", null, new Span(20, 30), Detection.model(0.4))));
        assertEquals(1, facts.roles().size());
        assertEquals(new Detection(true, true, 0.4), facts.roles().get(0).detection());
    }

    @Test
    void theSamePersonPresentAndSubstitutingIsOneAttendanceAsASubstituteKeepingTheFirstEvidence() {
        PersonName smith = name("Councillor Smith");
        PersonName jones = name("Councillor Jones");
        Attendance listed = new Attendance(smith, AttendanceStatus.PRESENT, null, false, null, new Span(0, 5));
        Attendance stated = new Attendance(smith, AttendanceStatus.SUBSTITUTE, null, false, jones, new Span(40, 60));
        List<Attendance> merged = FactMerger.merge(NONE, List.of(listed, stated)).attendance();
        assertEquals(1, merged.size());
        assertEquals(AttendanceStatus.SUBSTITUTE, merged.get(0).status());
        assertEquals(jones, merged.get(0).substituteFor());
        assertEquals(new Span(0, 5), merged.get(0).evidence());
    }

    @Test
    void theSameNameAbsentAndPresentStaysTwoFacts() {
        PersonName smith = name("Councillor Smith");
        List<Attendance> merged = FactMerger.merge(NONE, List.of(
                new Attendance(smith, AttendanceStatus.APOLOGIES, null, false, null, new Span(0, 5)),
                new Attendance(smith, AttendanceStatus.PRESENT, null, false, null, new Span(10, 15)))).attendance();
        assertEquals(2, merged.size());
    }

    @Test
    void anItemOnlyReferredToComesAfterTheDocumentsOwnItems() {
        Facts facts = FactMerger.merge(NONE, List.of(new AgendaItem(1, "1", "Apologies", new Span(0, 9), new Span(10, 20), false),
                new AgendaItem(0, "7", "Leisure Trust", new Span(30, 40), null, true)));
        assertEquals(List.of(1, 2), facts.items().stream().map(AgendaItem::position).toList());
    }
}
