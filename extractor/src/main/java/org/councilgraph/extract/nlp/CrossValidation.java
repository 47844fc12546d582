package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Cross-validation of the name finder by document: the annotated documents are dealt into
 * folds in name order (document i into fold i mod k), so no document has sentences on both sides;
 * for each fold a model is trained on the others and run, as {@link EntityFinder} runs it (with
 * its boundary repairs), over the fold's documents. A mention counts as found only when its
 * tokens and type are exactly the annotated ones.
 *
 * @param folds the number of folds
 * @param documents the number of documents
 * @param scores the counts per type
 */
public record CrossValidation(int folds, int documents, Map<EntityType, Score> scores) {

    /** True and false positives and false negatives of one type, with the measures they give. */
    public record Score(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 0 : (double) truePositives / found;
        }

        public double recall() {
            int annotated = truePositives + falseNegatives;
            return annotated == 0 ? 0 : (double) truePositives / annotated;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
        }
    }

    /** Runs a {@code folds}-fold cross-validation over {@code documents}. */
    public static CrossValidation run(List<AnnotatedDocument> documents, int folds) throws IOException {
        if (folds < 2 || folds > documents.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of documents (" + documents.size() + ")");
        }
        Map<EntityType, Score> scores = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            scores.put(t, new Score(0, 0, 0));
        }
        for (int fold = 0; fold < folds; fold++) {
            List<AnnotatedDocument> training = new ArrayList<>();
            List<AnnotatedDocument> test = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                (i % folds == fold ? test : training).add(documents.get(i));
            }
            TokenNameFinderModel model = EntityFinderTraining.train(training);
            EntityFinder finder = new EntityFinder(model);
            for (AnnotatedDocument d : test) {
                finder.newDocument();
                for (NameSample s : d.sentences()) {
                    count(s.getNames(), finder.findTokens(s.getSentence()).toArray(new opennlp.tools.util.Span[0]), scores);
                }
            }
        }
        return new CrossValidation(folds, documents.size(), Map.copyOf(scores));
    }

    private static void count(opennlp.tools.util.Span[] annotated, opennlp.tools.util.Span[] found, Map<EntityType, Score> scores) {
        Set<String> gold = new HashSet<>();
        for (opennlp.tools.util.Span a : annotated) {
            gold.add(a.getStart() + ":" + a.getEnd() + ":" + a.getType());
        }
        Set<String> matched = new HashSet<>();
        for (opennlp.tools.util.Span f : found) {
            EntityType type = EntityType.ofLabel(f.getType()).orElse(null);
            if (type == null) {
                continue;
            }
            String key = f.getStart() + ":" + f.getEnd() + ":" + f.getType();
            boolean hit = gold.contains(key) && matched.add(key);
            scores.merge(type, hit ? new Score(1, 0, 0) : new Score(0, 1, 0), Score::plus);
        }
        for (opennlp.tools.util.Span a : annotated) {
            String key = a.getStart() + ":" + a.getEnd() + ":" + a.getType();
            EntityType.ofLabel(a.getType()).ifPresent(type -> {
                if (!matched.contains(key)) {
                    scores.merge(type, new Score(0, 0, 1), Score::plus);
                }
            });
        }
    }

    /** Every type's counts added up. */
    public Score overall() {
        return scores.values().stream().reduce(new Score(0, 0, 0), Score::plus);
    }
}
