package org.councilgraph.extract.nlp;

import java.util.Optional;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

import opennlp.tools.tokenize.TokenizerME;

/**
 * A sentence of a document as OpenNLP's tokenizer splits it: the words, and where each stands
 * in the document, so that token ranges (what a name finder reads and returns) map back to
 * document offsets exactly.
 *
 * @param sentence the sentence's span in the document
 * @param words the tokens' text
 * @param tokens each token's span in the document
 */
public record TokenizedSentence(Span sentence, String[] words, Span[] tokens) {

    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(LanguageModels.tokens()));

    /** Tokenizes {@code sentence} of {@code text} with the English tokenizer model. */
    public static TokenizedSentence of(DocumentText text, Span sentence) {
        // Line breaks inside a sentence are spaces to the tokenizer; the text keeps its offsets.
        String s = text.quote(sentence).replace('\n', ' ');
        opennlp.tools.util.Span[] found = TOKENIZER.get().tokenizePos(s);
        String[] words = new String[found.length];
        Span[] tokens = new Span[found.length];
        for (int i = 0; i < found.length; i++) {
            words[i] = found[i].getCoveredText(s).toString();
            tokens[i] = new Span(sentence.start() + found[i].getStart(), sentence.start() + found[i].getEnd());
        }
        return new TokenizedSentence(sentence, words, tokens);
    }

    /** The document span of tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return new Span(tokens[from].start(), tokens[to - 1].end());
    }

    /**
     * The token range {@code [start, end)} whose text is exactly {@code span}, or empty when the
     * span does not start and end on token boundaries.
     */
    public Optional<opennlp.tools.util.Span> tokenRange(Span span) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].start() == span.start()) {
                from = i;
            }
            if (tokens[i].end() == span.end()) {
                to = i + 1;
            }
        }
        return from >= 0 && to > from ? Optional.of(new opennlp.tools.util.Span(from, to)) : Optional.empty();
    }
}
