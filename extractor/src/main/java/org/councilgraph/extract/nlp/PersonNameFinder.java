package org.councilgraph.extract.nlp;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Finds people's names in running text with the name finder councilgraph trains on its own
 * corpus ({@link NameFinderTraining}); no English person model is published on Maven Central.
 * Not thread-safe (OpenNLP's {@code NameFinderME} is not): one per thread.
 */
public final class PersonNameFinder {

    /** Where the trained model is packaged. */
    public static final String MODEL = "/org/councilgraph/extract/nlp/en-ner-person-councilgraph.bin";

    private final TokenizerME tokenizer = new TokenizerME(LanguageModels.tokens());
    private final NameFinderME finder;

    public PersonNameFinder() {
        this.finder = new NameFinderME(Model.PERSON);
    }

    /** Starts a new document: forgets what the finder learnt from the last one. */
    public void newDocument() {
        finder.clearAdaptiveData();
    }

    /** The names the model finds in one sentence, as document spans. */
    public List<Span> find(DocumentText text, Span sentence) {
        String s = text.quote(sentence).replace('\n', ' ');
        opennlp.tools.util.Span[] tokens = tokenizer.tokenizePos(s);
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = tokens[i].getCoveredText(s).toString();
        }
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span name : finder.find(words)) {
            int start = sentence.start() + tokens[name.getStart()].getStart();
            int end = sentence.start() + tokens[name.getEnd() - 1].getEnd();
            out.add(new Span(start, end));
        }
        return out;
    }

    /** The trained model, loaded once; the build trains it (see the extractor's pom.xml). */
    private static final class Model {
        static final TokenNameFinderModel PERSON = LanguageModels.load(MODEL, TokenNameFinderModel::new);
    }
}
