package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Finds people, roles and organisations in running text with the name finder councilgraph
 * trains on its own annotated minutes ({@link EntityFinderTraining}); no English model for
 * these is published on Maven Central. The model is loaded once and shared; each finder holds
 * its own OpenNLP {@code NameFinderME}, which is not thread-safe: use one finder per thread.
 */
public final class EntityFinder implements NameFinder {

    /** Where the build packages the trained model. */
    public static final String MODEL = "/org/councilgraph/extract/nlp/en-ner-councilgraph.bin";

    /**
     * The most tokens read at once. OpenNLP's beam search (of the name finder and of the part-of-speech
     * tagger its features use) copies the outcomes so far at every token, so its cost grows with the
     * square of a sentence's length: a list of thousands of names on one line, read as one sentence,
     * took minutes. The longest sentence of the corpus and samples has 243 tokens.
     */
    static final int MAX_TOKENS = 1000;

    private final NameFinderME finder;

    /** A finder with the packaged model. */
    public EntityFinder() {
        this(Packaged.MODEL);
    }

    /** A finder with {@code model}, trained by {@link EntityFinderTraining}. */
    public EntityFinder(TokenNameFinderModel model) {
        this.finder = new NameFinderME(model);
    }

    /** Reads a model file written by {@code councilgraph ner train}. */
    public static TokenNameFinderModel readModel(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TokenNameFinderModel(in);
        }
    }

    /** Starts a new document: forgets what the finder learnt from the last one. */
    public void newDocument() {
        finder.clearAdaptiveData();
    }

    @Override
    public List<ModelMention> find(DocumentText text, List<Span> sentences) {
        newDocument();
        List<ModelMention> out = new ArrayList<>();
        for (Span sentence : sentences) {
            out.addAll(find(text, sentence));
        }
        return out;
    }

    /** The mentions the model finds in one sentence, as document spans. */
    public List<ModelMention> find(DocumentText text, Span sentence) {
        TokenizedSentence tokens = TokenizedSentence.of(text, sentence);
        return find(tokens);
    }

    /** The mentions the model finds in a tokenized sentence. */
    public List<ModelMention> find(TokenizedSentence tokens) {
        List<ModelMention> out = new ArrayList<>();
        for (opennlp.tools.util.Span f : findTokens(tokens.words())) {
            EntityType.ofLabel(f.getType()).ifPresent(type ->
                    out.add(new ModelMention(tokens.span(f.getStart(), f.getEnd()), type, f.getProb())));
        }
        return out;
    }

    /**
     * The mentions in a sentence's tokens as token ranges, typed and with the model's
     * probability (the mean over their tokens), on the boundaries the annotation guide sets.
     */
    public List<opennlp.tools.util.Span> findTokens(String[] words) {
        if (words.length == 0) {
            return List.of();
        }
        if (words.length > MAX_TOKENS) {
            return inPieces(words);
        }
        opennlp.tools.util.Span[] found = finder.find(words);
        double[] probabilities = finder.probs(found);
        opennlp.tools.util.Span[] typed = new opennlp.tools.util.Span[found.length];
        for (int i = 0; i < found.length; i++) {
            typed[i] = new opennlp.tools.util.Span(found[i].getStart(), found[i].getEnd(), found[i].getType(), probabilities[i]);
        }
        return MentionBoundaries.repair(words, typed);
    }

    /**
     * The mentions of a run of tokens longer than {@link #MAX_TOKENS}, read in pieces of at most
     * that many, each cut after a comma or semicolon near its end (between two names of a list)
     * where there is one.
     */
    private List<opennlp.tools.util.Span> inPieces(String[] words) {
        List<opennlp.tools.util.Span> out = new ArrayList<>();
        int from = 0;
        while (from < words.length) {
            int to = Math.min(words.length, from + MAX_TOKENS);
            for (int k = to - 1; to < words.length && k > to - MAX_TOKENS / 10; k--) {
                if (words[k].equals(",") || words[k].equals(";")) {
                    to = k + 1;
                    break;
                }
            }
            for (opennlp.tools.util.Span f : findTokens(java.util.Arrays.copyOfRange(words, from, to))) {
                out.add(new opennlp.tools.util.Span(f.getStart() + from, f.getEnd() + from, f.getType(), f.getProb()));
            }
            from = to;
        }
        return out;
    }

    /** The packaged model, loaded on first use; the build trains it (see the extractor's pom.xml). */
    private static final class Packaged {
        static final TokenNameFinderModel MODEL = LanguageModels.load(EntityFinder.MODEL, TokenNameFinderModel::new);
    }
}
