package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English sentence, token and part-of-speech models published by Apache OpenNLP on Maven
 * Central (opennlp-models-*-en 1.3.0, trained on Universal Dependencies EWT), loaded once and
 * shared. Models are thread-safe; the tools built on them are not, so each user makes its own.
 */
public final class LanguageModels {

    private static final String SENTENCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private LanguageModels() {
    }

    public static SentenceModel sentences() {
        return Holder.SENTENCES;
    }

    public static TokenizerModel tokens() {
        return Holder.TOKENS_MODEL;
    }

    public static POSModel partsOfSpeech() {
        return Holder.POS_MODEL;
    }

    /** Loads each model on first use (the lazy holder idiom keeps this thread-safe). */
    private static final class Holder {
        static final SentenceModel SENTENCES = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENS_MODEL = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(POS, POSModel::new);
    }

    interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = LanguageModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model missing from the classpath: " + resource);
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
