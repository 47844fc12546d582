package org.councilgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.NameSample;

/** The repository's annotated training sentences (ner/annotations) against their documents and the guide. */
class TrainingAnnotationsTest {

    private static List<AnnotatedDocument> annotations() throws IOException {
        return AnnotatedDocument.readAll(Fixtures.ANNOTATIONS);
    }

    private static Path source(String stem) {
        Path sample = Fixtures.SAMPLES.resolve(stem + ".txt");
        return Files.exists(sample) ? sample : Fixtures.CORPUS.resolve(stem + ".txt");
    }

    @Test
    void everySampleAndCorpusDocumentIsAnnotated() throws IOException {
        List<String> annotated = annotations().stream().map(AnnotatedDocument::name).toList();
        List<String> documents = new ArrayList<>();
        Fixtures.samples().forEach(p -> documents.add(p.getFileName().toString().replace(".txt", "")));
        Fixtures.corpus().forEach(p -> documents.add(p.getFileName().toString().replace(".txt", "")));
        assertEquals(documents.stream().sorted().toList(), annotated);
    }

    @Test
    void everyAnnotatedSentenceIsItsDocumentsSentenceTokenForToken() throws IOException {
        SentenceSplitter splitter = new SentenceSplitter();
        for (AnnotatedDocument d : annotations()) {
            SourceDocument document = Fixtures.document(source(d.name()));
            DocumentText text = document.text();
            List<Span> sentences = splitter.split(text, new Span(0, text.length())).stream()
                    .filter(s -> TokenizedSentence.of(text, s).words().length > 0).toList();
            assertEquals(sentences.size(), d.sentences().size(), d.name() + ": sentences");
            for (int i = 0; i < sentences.size(); i++) {
                assertArrayEquals(TokenizedSentence.of(text, sentences.get(i)).words(), d.sentences().get(i).getSentence(),
                        d.name() + ": sentence " + (i + 1));
            }
        }
    }

    @Test
    void mentionsFollowTheGuide() throws IOException {
        List<String> problems = new ArrayList<>();
        for (AnnotatedDocument d : annotations()) {
            for (NameSample s : d.sentences()) {
                for (opennlp.tools.util.Span n : s.getNames()) {
                    String first = s.getSentence()[n.getStart()];
                    String last = s.getSentence()[n.getEnd() - 1];
                    String where = d.name() + ": " + String.join(" ", java.util.Arrays.copyOfRange(s.getSentence(), n.getStart(), n.getEnd()));
                    if (EntityType.ofLabel(n.getType()).isEmpty()) {
                        problems.add(where + " has an unknown type " + n.getType());
                    }
                    if (n.getType().equals("person") && (Lexicons.standard().honorifics().contains(first)
                            || Lexicons.standard().postNominals().contains(last) && n.getEnd() - n.getStart() > 1)) {
                        problems.add(where + ": a person without titles and post-nominals");
                    }
                    // "A" before a person's name is an initial, not an article.
                    if (first.equalsIgnoreCase("the") || !n.getType().equals("person") && List.of("a", "A", "an", "An").contains(first)) {
                        problems.add(where + ": no leading determiner");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theAnnotationsHaveEnoughOfEveryType() throws IOException {
        String summary = EntityFinderTraining.describe(annotations());
        for (EntityType t : EntityType.values()) {
            assertFalse(summary.contains(" 0 " + t.label()), summary);
        }
    }
}
