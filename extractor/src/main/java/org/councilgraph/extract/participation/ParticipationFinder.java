package org.councilgraph.extract.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;

/**
 * Reads a document's people with the participation model: every place a person is named
 * ({@link PersonMentions}) is classified, and the places of one person (the same name) are
 * judged together, the surest place deciding.
 */
public final class ParticipationFinder {

    private final PersonMentions mentions;
    private final ParticipationFeatures features;
    private final ParticipationModel model;

    public ParticipationFinder(Lexicons lexicons, ParticipationModel model) {
        this.mentions = new PersonMentions(lexicons);
        this.features = new ParticipationFeatures(lexicons);
        this.model = model;
    }

    /** One judgement per person {@code analysis} names, given the rules' {@code facts}. */
    public List<Judgement> judge(DocumentAnalysis analysis, Facts facts) {
        List<Judgement> out = new ArrayList<>();
        ParticipationFeatures.OfDocument places = features.of(analysis);
        // Where the judgements of each family name stand in out: the same name needs the same family name.
        Map<String, List<Integer>> judgedAt = new java.util.HashMap<>();
        for (PersonMention m : mentions.of(analysis, facts)) {
            Map<Participation, Double> p = model.classify(places.of(m));
            Participation best = Participation.OTHER;
            double bestP = 0;
            for (Map.Entry<Participation, Double> e : p.entrySet()) {
                if (e.getKey() != Participation.OTHER && e.getValue() > bestP) {
                    best = e.getKey();
                    bestP = e.getValue();
                }
            }
            Judgement here = new Judgement(m.name(), best, bestP, m.span(), m.byRules());
            int same = -1;
            List<Integer> sameFamily = judgedAt.computeIfAbsent(m.name().familyKey(), k -> new ArrayList<>());
            for (int i : sameFamily) {
                if (out.get(i).person().sameNameAs(m.name())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                sameFamily.add(out.size());
                out.add(here);
            } else if (here.probability() > out.get(same).probability()) {
                Judgement known = out.get(same);
                out.set(same, new Judgement(here.person(), here.participation(), here.probability(), here.place(),
                        known.byRules() || here.byRules()));
            }
        }
        return out;
    }
}
