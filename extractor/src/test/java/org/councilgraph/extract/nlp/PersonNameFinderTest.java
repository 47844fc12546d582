package org.councilgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;

class PersonNameFinderTest {

    @Test
    void annotatesGoldNamesOnTheTokensWithoutTheirTitles() {
        String gold = "{\"gold\": {\"present\": [\"Councillor Geoff Driver CBE\"], \"in_attendance\": [{\"person\": \"Sarah Jenkins\", \"role\": null}]}}";
        List<NameSample> samples = new PersonNameAnnotations().samples(List.of(new PersonNameAnnotations.Document("d.txt",
                "Present: Councillor Geoff Driver CBE (Chair).\n\nA report was presented by Sarah Jenkins, Head of Service.", gold)));
        List<String> names = samples.stream().flatMap(s -> java.util.Arrays.stream(s.getNames())
                .map(span -> String.join(" ", java.util.Arrays.copyOfRange(s.getSentence(), span.getStart(), span.getEnd())))).toList();
        assertEquals(List.of("Geoff Driver", "Sarah Jenkins"), names);
        assertTrue(samples.get(0).isClearAdaptiveDataSet());
    }

    @Test
    void trainsAModelThatFindsTheNamesItWasTaughtInNewSentences() throws IOException {
        String gold = "{\"gold\": {\"in_attendance\": [{\"person\": \"Sarah Jenkins\"}, {\"person\": \"Paul Bond\"}, {\"person\": \"Amanda Hatton\"}]}}";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("A report was presented by Sarah Jenkins, Head of Service. Paul Bond confirmed the figures. ")
                    .append("Amanda Hatton gave a summary of the actions.\n\n");
        }
        List<NameSample> samples = new PersonNameAnnotations().samples(List.of(new PersonNameAnnotations.Document("d.txt", text.toString(), gold)));
        TokenNameFinderModel model = NameFinderTraining.train(samples);
        NameFinderME finder = new NameFinderME(model);
        String[] sentence = {"The", "update", "was", "presented", "by", "Sarah", "Jenkins", ",", "Head", "of", "Service", "."};
        opennlp.tools.util.Span[] found = finder.find(sentence);
        assertEquals(1, found.length);
        assertEquals(5, found[0].getStart());
        assertEquals(7, found[0].getEnd());
    }

    @Test
    void theBuildPackagesATrainedModelThatFindsNamesInRunningText() {
        PersonNameFinder finder = new PersonNameFinder();
        DocumentText text = DocumentText.of("Members of the public were welcomed. Matt Clayton confirmed that they would.");
        List<Span> found = finder.find(text, new Span(0, text.length()));
        assertFalse(found.isEmpty());
        assertTrue(found.stream().anyMatch(s -> text.quote(s).equals("Matt Clayton")), found.toString());
    }
}
