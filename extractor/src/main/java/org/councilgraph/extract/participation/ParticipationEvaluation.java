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
    private List<List<Judgement>> lastJudged;
    /** In the reading being scored, how sure the model must be to overrule the rules' status (NaN: never). */
    private double override = Double.NaN;

    /**
     * The people of the last cross-validation that the rules with the model at {@code threshold}
     * got wrong: "doc: gold status name -> judged status p" lines, for looking into the misses.
     */
    public List<String> misses(List<LabelledDocument> documents, double threshold) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            LabelledDocument d = documents.get(i);
            for (Participation p : List.of(Participation.PRESENT, Participation.APOLOGIES, Participation.IN_ATTENDANCE)) {
                List<PersonName> predicted = predicted(d, lastJudged.get(i), p, threshold, true, true);
                List<GoldAttendance.GoldName> left = new ArrayList<>(d.gold().of(p));
                List<PersonName> extra = new ArrayList<>();
                for (PersonName n : predicted) {
                    GoldAttendance.GoldName key = GoldAttendance.name(n.written(), lexicons);
                    int at = -1;
                    for (int k = 0; k < left.size(); k++) {
                        if (left.get(k).matches(key)) {
                            at = k;
                            break;
                        }
                    }
                    if (at >= 0) {
                        left.remove(at);
                    } else {
                        extra.add(n);
                    }
                }
                for (GoldAttendance.GoldName g : left) {
                    String judged = lastJudged.get(i).stream()
                            .filter(j -> g.matches(GoldAttendance.name(j.person().written(), lexicons)))
                            .map(j -> j.participation() + String.format(Locale.ROOT, " %.2f%s", j.probability(), j.byRules() ? " rules" : ""))
                            .findFirst().orElse("no place");
                    out.add(d.name() + ": - " + p + " " + g.written() + " -> " + judged);
                }
                for (PersonName n : extra) {
                    out.add(d.name() + ": + " + p + " " + n.written());
                }
            }
        }
        return out;
    }

    public ParticipationEvaluation(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** Prepares a fold's documents: the test documents and the training documents, read alike. */
    @FunctionalInterface
    public interface FoldPreparation {
        /** The documents of {@code all} prepared for the fold that tests {@code test} (indexes into all). */
        List<LabelledDocument> prepare(List<Integer> test) throws IOException;
    }

    /**
     * Cross-validation in which each fold's documents are also read with a name finder trained
     * without the fold's documents: {@code preparation} gives, per fold, every document prepared
     * with that fold's name finder. Slower, and the honest figure for unseen councils.
     */
    public List<Reading> crossValidate(int size, int folds, FoldPreparation preparation) throws IOException {
        List<List<Judgement>> judged = new ArrayList<>();
        List<LabelledDocument> tested = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            judged.add(null);
            tested.add(null);
        }
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (i % folds == fold) {
                    test.add(i);
                }
            }
            List<LabelledDocument> all = preparation.prepare(test);
            List<LabelledDocument> train = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                if (!test.contains(i)) {
                    train.add(all.get(i));
                }
            }
            ParticipationFinder finder = new ParticipationFinder(lexicons, ParticipationTraining.train(train));
            for (int i : test) {
                tested.set(i, all.get(i));
                judged.set(i, finder.judge(all.get(i).analysis(), all.get(i).rules()));
            }
        }
        return readings(tested, judged);
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
        return readings(documents, judged);
    }

    private List<Reading> readings(List<LabelledDocument> documents, List<List<Judgement>> judged) {
        lastJudged = judged;
        List<Reading> out = new ArrayList<>();
        out.add(score("rules", Double.NaN, documents, judged, false, true));
        for (double t : THRESHOLDS) {
            out.add(score("model", t, documents, judged, true, false));
            out.add(score("rules+model", t, documents, judged, true, true));
        }
        for (double o : new double[] {0.8, 0.9, 0.95}) {
            override = o;
            out.add(score("+override" + o, 0.6, documents, judged, true, true));
        }
        override = Double.NaN;
        return out;
    }

    /** How many of the gold's present, apologies and in-attendance people no place of their document names. */
    public int[] uncovered(List<LabelledDocument> documents) {
        int missing = 0;
        int all = 0;
        for (LabelledDocument d : documents) {
            for (Participation p : List.of(Participation.PRESENT, Participation.APOLOGIES, Participation.IN_ATTENDANCE)) {
                for (GoldAttendance.GoldName g : d.gold().of(p)) {
                    all++;
                    if (d.mentions().stream().noneMatch(m -> g.matches(GoldAttendance.name(m.name().written(), lexicons)))) {
                        missing++;
                    }
                }
            }
        }
        return new int[] {missing, all};
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
                Judgement j = judged.stream().filter(x -> x.person().sameNameAs(a.person())).findFirst().orElse(null);
                boolean overruled = model && !Double.isNaN(override) && j != null && j.participation() != Participation.OTHER
                        && j.probability() >= override && j.participation() != participation(a.status());
                if (participation(a.status()) == p && !overruled) {
                    out.add(a.person());
                } else if (overruled && j.participation() == p) {
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
            // Only ModernGov's structured attendance says "expected"; minutes text never does.
            case EXPECTED -> Participation.OTHER;
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
