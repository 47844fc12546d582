package org.councilgraph.extract.recognise;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;

/**
 * "Cllrs. Rena Donaghey, Cathaoirleach, L Blaney, ...", "Cllr. Russell Pearce – Chair",
 * "Present: Chairman: Fraser Coates.": when no one is marked as presiding, a member present
 * whose post at the meeting is the chair's own (Chair, Chairman, Cathaoirleach, Convener) presides.
 * Only the bare post counts: "Chairman of the Licensing Committee" names another body's chair.
 */
final class ChairPostPresides implements Refiner {

    private final Lexicons lexicons;

    ChairPostPresides(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public Facts refine(DocumentAnalysis analysis, Facts facts) {
        List<Attendance> attendance = facts.attendance();
        if (attendance.stream().anyMatch(Attendance::presided)) {
            return facts;
        }
        return chair(facts).map(a -> FactMerger.merge(facts, List.of(a.presiding()))).orElse(facts);
    }

    /** The member present who holds the chair's post, the first the text names. */
    Optional<Attendance> chair(Facts facts) {
        return facts.of(RoleHolding.class).stream()
                .filter(r -> lexicons.roleTitles().contains(r.role().strip(), "chair"))
                .sorted(Comparator.comparingInt(r -> r.evidence().start()))
                .flatMap(r -> facts.attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.PRESENT && a.person().compatibleWith(r.person())))
                .findFirst();
    }
}
