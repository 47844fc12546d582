package org.councilgraph.extract.recognise;

import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;

/**
 * "PRESENT: The Right Worshipful the Mayor Councillor R T Beckett, ...": when the minutes name no
 * chair, the civic head (Mayor, Provost) listed first among those present chairs the meeting.
 */
final class CivicHeadPresides implements Refiner {

    private final Lexicons lexicons;
    private final Participation participation;


    CivicHeadPresides(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.participation = new Participation(lexicons);
    }

    @Override
    public Facts refine(DocumentAnalysis analysis, Facts facts) {
        List<Attendance> attendance = facts.attendance();
        if (attendance.stream().anyMatch(Attendance::presided)) {
            return facts;
        }
        return attendance.stream().filter(a -> a.status() == AttendanceStatus.PRESENT).findFirst()
                .filter(a -> "civic".equals(participation.titleKind(a.person())))
                .map(a -> FactMerger.merge(facts, List.of(a.presiding()))).orElse(facts);
    }
}
