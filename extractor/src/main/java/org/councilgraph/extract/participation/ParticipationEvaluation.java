package org.councilgraph.extract.participation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;

/**
 * Cross-validates the participation model by document: each fold's documents are judged by a
 * model trained on the other folds only, and the people judged present, sending apologies or in
 * attendance are scored against the gold as the scorer scores them (one to one, by family name
 * and first letter). Three readings are scored at several thresholds: the rules alone, the model
 * alone, and the rules with what the model adds where the rules say nothing of a person.
 */
public final class ParticipationEvaluation {

    /** The thresholds scored. */
    public static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.8, 0.9};

    /** Counts for one field. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", precision(), recall(), f1(), tp, fp, fn);
        }
    }

    /** The scores of one reading: per field, and all three fields together. */
    public record Reading(String name, double threshold, Map<Participation, Counts> fields, Counts all) {
    }

    private final Lexicons lexicons;

    public ParticipationEvaluation(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Cross-validation of {@code documents} in {@code folds} folds, split by document. */
    public List<Reading> crossValidate(List<LabelledDocument> documents, int folds) throws IOException {
        List<List<Judgement>> judged = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            judged.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<LabelledDocument> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                if (i % folds == fold) {
                    test.add(i);
                } else {
                    train.add(documents.get(i));
                }
            }
            ParticipationFinder finder = new ParticipationFinder(lexicons, ParticipationTraining.train(train));
            for (int i : test) {
                LabelledDocument d = documents.get(i);
                judged.set(i, finder.judge(d.analysis(), d.rules()));
            }
        }
        List<Reading> out = new ArrayList<>();
        out.add(score("rules", Double.NaN, documents, judged, false, true));
        for (double t : THRESHOLDS) {
            out.add(score("model", t, documents, judged, true, false));
            out.add(score("rules+model", t, documents, judged, true, true));
        }
        return out;
    }

    private Reading score(String name, double threshold, List<LabelledDocument> documents, List<List<Judgement>> judged,
            boolean model, boolean rules) {
        Map<Participation, Counts> fields = new EnumMap<>(Participation.class);
        Counts all = new Counts();
        for (Participation p : List.of(Participation.PRESENT, Participation.APOLOGIES, Participation.IN_ATTENDANCE)) {
            Counts c = new Counts();
            for (int i = 0; i < documents.size(); i++) {
                List<PersonName> predicted = predicted(documents.get(i), judged.get(i), p, threshold, model, rules);
                match(documents.get(i).gold().of(p), predicted, c);
            }
            fields.put(p, c);
            all.add(c);
        }
        return new Reading(name, threshold, fields, all);
    }

    private List<PersonName> predicted(LabelledDocument d, List<Judgement> judged, Participation p, double threshold,
            boolean model, boolean rules) {
        List<PersonName> out = new ArrayList<>();
        List<Attendance> known = d.rules().attendance();
        if (rules) {
            for (Attendance a : known) {
                if (participation(a.status()) == p) {
                    out.add(a.person());
                }
            }
        }
        if (model) {
            for (Judgement j : judged) {
                boolean rulesKnow = known.stream().anyMatch(a -> a.person().sameNameAs(j.person()));
                if (j.participation() == p && j.probability() >= threshold && !(rules && rulesKnow)) {
                    out.add(j.person());
                }
            }
        }
        return out;
    }

    private static Participation participation(AttendanceStatus s) {
        return switch (s) {
            case PRESENT, SUBSTITUTE, REMOTE -> Participation.PRESENT;
            case APOLOGIES, ABSENT -> Participation.APOLOGIES;
            case IN_ATTENDANCE -> Participation.IN_ATTENDANCE;
        };
    }

    /** One-to-one, greedy, as the scorer matches. */
    private void match(List<GoldAttendance.GoldName> gold, List<PersonName> predicted, Counts c) {
        List<GoldAttendance.GoldName> left = new ArrayList<>(gold);
        for (PersonName p : predicted) {
            GoldAttendance.GoldName key = GoldAttendance.name(p.written(), lexicons);
            int at = -1;
            for (int i = 0; i < left.size(); i++) {
                if (left.get(i).matches(key)) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                left.remove(at);
                c.tp++;
            } else {
                c.fp++;
            }
        }
        c.fn += left.size();
    }
}
