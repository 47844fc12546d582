package org.councilgraph.extract.recognise;

import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.text.DocumentText;

/**
 * Marks the people of the facts found so far that the name finder also found (a person mention
 * inside the name as written, ending with its family name) as found by both, with the model's
 * probability.
 */
final class ModelConfirmation implements Refiner {

    @Override
    public Facts refine(DocumentAnalysis analysis, Facts facts) {
        DocumentText text = analysis.text();
        List<ModelMention> mentions = analysis.mentions();
        return facts.map(Attendance.class, a -> a.withDetection(confirmed(text, a.detection(), a.person(), mentions)))
                .map(RoleHolding.class, r -> r.withDetection(confirmed(text, r.detection(), r.person(), mentions)))
                .map(Declaration.class, d -> d.withDetection(confirmed(text, d.detection(), d.person(), mentions)));
    }

    private static Detection confirmed(DocumentText text, Detection detection, PersonName person, List<ModelMention> mentions) {
        if (person.span() == null) {
            return detection;
        }
        for (ModelMention m : mentions) {
            if (m.type() == EntityType.PERSON && person.span().contains(m.span())
                    && text.quote(m.span()).endsWith(person.family())) {
                return detection.alsoByModel(m.probability());
            }
        }
        return detection;
    }
}
