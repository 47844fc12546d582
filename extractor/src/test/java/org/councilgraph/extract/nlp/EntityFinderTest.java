package org.councilgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import opennlp.tools.namefind.TokenNameFinderModel;

@Tag("slow") // model training
class EntityFinderTest {

    /** A handful of annotated sentences in the shapes minutes use. */
    private static final String TINY = """

            The report was presented by <START:person> Sarah Jenkins <END> , <START:role> Head of Service <END> .
            <START:person> Paul Bond <END> , <START:role> Director of Resources <END> , answered questions .
            The <START:organisation> Planning Committee <END> considered the report of the <START:role> Head of Service <END> .
            Councillor <START:person> Amanda Hatton <END> asked the <START:role> Director of Resources <END> about the budget .
            The <START:organisation> Audit Committee <END> noted that <START:person> Matt Clayton <END> had attended .
            """;

    private static TokenNameFinderModel tinyModel() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            text.append(TINY);
        }
        return EntityFinderTraining.train(List.of(AnnotatedDocument.parse("tiny", text.toString())));
    }

    @Test
    void aTinyTrainedModelFindsExactSpansOfEachTypeInADocument() throws IOException {
        EntityFinder finder = new EntityFinder(tinyModel());
        DocumentText text = DocumentText.of("Minutes\n\nThe report was presented by Paul Bond, Director of Resources.\n");
        Span sentence = new Span(9, text.length() - 1);
        List<ModelMention> found = finder.find(text, sentence);
        assertEquals(List.of("person:Paul Bond", "role:Director of Resources"),
                found.stream().map(m -> m.type().label() + ":" + text.quote(m.span())).toList());
        assertEquals(new Span(37, 46), found.get(0).span());
        assertTrue(found.stream().allMatch(m -> m.probability() > 0 && m.probability() <= 1), found.toString());
    }

    @Test
    void trainingIsReproducible() throws IOException {
        EntityFinder a = new EntityFinder(tinyModel());
        EntityFinder b = new EntityFinder(tinyModel());
        DocumentText text = DocumentText.of("The Audit Committee considered the report of Sarah Jenkins, Head of Service.");
        assertEquals(a.find(text, new Span(0, text.length())), b.find(text, new Span(0, text.length())));
    }

    @Test
    void mentionOffsetsMapBackToTheDocumentTextExactly() {
        EntityFinder finder = new EntityFinder();
        SourceDocument document = Fixtures.document(Fixtures.sample("004"));
        DocumentText text = document.text();
        int mentions = 0;
        for (Span sentence : new SentenceSplitter().split(text, new Span(0, text.length()))) {
            TokenizedSentence tokens = TokenizedSentence.of(text, sentence);
            for (ModelMention m : finder.find(tokens)) {
                mentions++;
                String quote = text.quote(m.span());
                assertEquals(quote.strip(), quote, "a mention starts and ends on a token");
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.tokens().length; i++) {
                    if (tokens.tokens()[i].start() == m.span().start()) {
                        first = i;
                    }
                    if (tokens.tokens()[i].end() == m.span().end()) {
                        last = i;
                    }
                }
                assertTrue(first >= 0 && last >= first, m.toString());
                String joined = String.join("", java.util.Arrays.copyOfRange(tokens.words(), first, last + 1));
                assertEquals(joined, quote.replaceAll("\\s+", ""), m.toString());
            }
        }
        assertTrue(mentions > 20, "the packaged model finds mentions in a sample: " + mentions);
    }

    @Test
    void thePackagedModelFindsPeopleAndPostsInRunningText() {
        EntityFinder finder = new EntityFinder();
        DocumentText text = DocumentText.of(
                "The Chair invited Councillor Cracknell, Portfolio Holder for Children and Education, to respond.");
        List<String> found = finder.find(text, new Span(0, text.length())).stream()
                .map(m -> m.type().label() + ":" + text.quote(m.span())).toList();
        assertTrue(found.contains("person:Cracknell"), found.toString());
        assertTrue(found.contains("role:Portfolio Holder for Children and Education"), found.toString());
        assertFalse(found.stream().anyMatch(f -> f.contains("Councillor")), found.toString());
    }
}
