package org.councilgraph.extract.name;

import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/** The flattened text a run of words covers. */
final class PersonNameParserText {

    private PersonNameParserText() {
    }

    static String join(DocumentText text, List<Word> words) {
        if (words.isEmpty()) {
            return "";
        }
        return text.flat(new Span(words.get(0).start(), words.get(words.size() - 1).end()));
    }
}
