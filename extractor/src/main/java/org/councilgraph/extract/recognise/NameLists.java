package org.councilgraph.extract.recognise;

import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.PersonListParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/** Reads lists of names out of sentences: the list after a word, or the list that ends at a verb. */
final class NameLists {

    private final Lexicons lexicons;


    NameLists(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    private final PersonListParser parser = new PersonListParser();

    /** The names listed from {@code from} until the list ends (at most {@code limit}). */
    List<ListedPerson> after(DocumentAnalysis minutes, int from, int limit) {
        if (from >= limit) {
            return List.of();
        }
        return parser.parse(minutes.text(), new Span(from, limit), null, PersonListParser.Mode.PROSE, minutes.givenNames()).people();
    }

    /** The names of a list laid out as a block ("Councillors: V. Gay, R.J.T. Guest, ..."). */
    List<ListedPerson> block(DocumentAnalysis minutes, Span span) {
        return parser.parse(minutes.text(), span, null, PersonListParser.Mode.BLOCK, minutes.givenNames()).people();
    }

    /**
     * The names listed right before {@code verbStart} in the sentence starting at
     * {@code sentenceStart}: "In respect of Item 7 Councillors Smith, Bush and Rigby declared".
     */
    List<ListedPerson> before(DocumentAnalysis minutes, int sentenceStart, int verbStart) {
        DocumentText text = minutes.text();
        if (verbStart <= sentenceStart) {
            return List.of();
        }
        List<Word> words = Words.of(text.quote(new Span(sentenceStart, verbStart)), sentenceStart);
        for (Word w : words) {
            if (w.isPunctuation() && !w.text().equals("(")) {
                continue;
            }
            var result = parser.parse(text, new Span(w.start(), verbStart), null, PersonListParser.Mode.PROSE, minutes.givenNames());
            if (!result.people().isEmpty() && text.quote(new Span(result.end(), verbStart)).replaceAll("[\\s,]", "").isEmpty()) {
                ListedPerson last = result.people().get(result.people().size() - 1);
                int lastEnd = Math.max(last.name().span().end(), last.roleSpan() == null ? 0 : last.roleSpan().end());
                // The list must end at the verb: "... Cllr A Tudor The Town Clerk and Deputy Town Clerk were ..." is not about Tudor.
                String rest = lastEnd <= verbStart ? text.quote(new Span(lastEnd, verbStart)).replaceAll("^[\\s,.)]+|[\\s,.)]+$", "") : null;
                if (rest != null && (rest.isEmpty() || PersonListParser.isUnnamedGroup(rest))) {
                    return result.people();
                }
            }
        }
        return List.of();
    }
}
