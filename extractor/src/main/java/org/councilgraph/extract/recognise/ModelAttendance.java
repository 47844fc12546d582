package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.participation.Judgement;
import org.councilgraph.extract.participation.ParticipationFinder;
import org.councilgraph.extract.participation.ParticipationModel;
import org.councilgraph.extract.text.Span;

/**
 * The participation model's turn: the attendance of the people the rules did not record, where
 * the model is sure of it ({@link #THRESHOLD}), and the model's agreement with the rules where it
 * finds the same. It never contradicts the rules: a person the rules recorded keeps their status.
 */
final class ModelAttendance implements Recogniser {

    /** How sure the model must be to add an attendance; chosen by cross-validation (see ner/README.md). */
    static final double THRESHOLD = 0.7;

    private final ParticipationFinder finder;

    ModelAttendance(Lexicons lexicons, ParticipationModel model) {
        this.finder = new ParticipationFinder(lexicons, model);
    }

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        List<Attendance> known = found.attendance();
        List<Fact> out = new ArrayList<>();
        // The same name needs the same family name: look among those only, not through every attendance.
        java.util.Map<String, List<Attendance>> knownByFamily = known.stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.person().familyKey()));
        for (Judgement j : finder.judge(analysis, found)) {
            AttendanceStatus status = j.participation().status();
            if (status == null || j.probability() < THRESHOLD) {
                continue;
            }
            List<Attendance> same = knownByFamily.getOrDefault(j.person().familyKey(), List.of()).stream()
                    .filter(a -> a.person().sameNameAs(j.person())).toList();
            boolean agrees = same.stream().anyMatch(a -> sameSide(a.status(), status));
            if (!same.isEmpty() && !agrees) {
                continue;
            }
            Span evidence = evidence(analysis, j.place());
            out.add(new Attendance(j.person(), status, null, false, null, evidence, Detection.participation(j.probability())));
        }
        return out;
    }

    private static boolean sameSide(AttendanceStatus a, AttendanceStatus b) {
        return absent(a) == absent(b) && (a == AttendanceStatus.IN_ATTENDANCE) == (b == AttendanceStatus.IN_ATTENDANCE);
    }

    private static boolean absent(AttendanceStatus s) {
        return s == AttendanceStatus.APOLOGIES || s == AttendanceStatus.ABSENT;
    }

    /** The line that names the person, or its sentence when the line is long. */
    private static Span evidence(DocumentAnalysis analysis, Span place) {
        Span line = analysis.text().lineAt(place.start()).trimmedSpan();
        if (line.length() <= 300) {
            return line;
        }
        return analysis.sentences().stream().filter(s -> s.contains(place)).findFirst().orElse(place);
    }
}
