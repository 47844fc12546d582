package org.councilgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // model training
class CrossValidationTest {

    private static List<AnnotatedDocument> documents() throws IOException {
        String[] people = {"Sarah Jenkins", "Paul Bond", "Amanda Hatton", "Matt Clayton", "Jane Moore", "Tom Reed"};
        List<AnnotatedDocument> out = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            StringBuilder text = new StringBuilder("\n");
            for (int i = 0; i < 6; i++) {
                String person = people[(d + i) % people.length];
                text.append("The report was presented by <START:person> ").append(person)
                        .append(" <END> , <START:role> Head of Service <END> .\n");
                text.append("The <START:organisation> Planning Committee <END> noted the report of <START:person> ")
                        .append(person).append(" <END> .\n");
            }
            out.add(AnnotatedDocument.parse("doc" + d, text.toString()));
        }
        return out;
    }

    @Test
    void countsEveryAnnotatedMentionOnceAsFoundOrMissed() throws IOException {
        CrossValidation cv = CrossValidation.run(documents(), 3);
        assertEquals(72, cv.scores().get(EntityType.PERSON).truePositives() + cv.scores().get(EntityType.PERSON).falseNegatives());
        assertEquals(36, cv.scores().get(EntityType.ROLE).truePositives() + cv.scores().get(EntityType.ROLE).falseNegatives());
        assertEquals(36, cv.scores().get(EntityType.ORGANISATION).truePositives()
                + cv.scores().get(EntityType.ORGANISATION).falseNegatives());
        assertEquals(3, cv.folds());
        assertEquals(6, cv.documents());
    }

    @Test
    void learnsARegularPatternFromTheOtherDocuments() throws IOException {
        CrossValidation cv = CrossValidation.run(documents(), 2);
        assertTrue(cv.scores().get(EntityType.ROLE).f1() > 0.9, cv.toString());
        assertTrue(cv.scores().get(EntityType.ORGANISATION).f1() > 0.9, cv.toString());
    }

    @Test
    void refusesMoreFoldsThanDocuments() throws IOException {
        List<AnnotatedDocument> docs = documents();
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(docs, 7));
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(docs, 1));
    }

    @Test
    void scoresFollowTheirDefinitions() {
        CrossValidation.Score s = new CrossValidation.Score(6, 2, 4);
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(0.6, s.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), 1e-9);
        assertEquals(0, new CrossValidation.Score(0, 0, 0).f1());
    }
}
