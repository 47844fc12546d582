package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Reads the people the name finder found as names, with the titles written right before them
 * ("Mr" in "Mr Vincent", "Councillor" in "Councillor Cracknell"), which the model leaves out of
 * its mentions and the facts keep.
 */
final class FoundPeople {

    private final Lexicons lexicons;


    FoundPeople(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    private static final int MAX_TITLE_WORDS = 3;

    private final PersonNameParser parser = new PersonNameParser();

    /**
     * The person {@code mention} names, read from the titles before it to its end. A given name
     * alone ("Brenda had been ...") stands for the one person of the document named in full with
     * it before ("Brenda Heyne"), when there is exactly one.
     */
    Optional<PersonName> name(DocumentAnalysis minutes, Span sentence, ModelMention mention) {
        String written = minutes.text().quote(mention.span());
        if (lexicons.givenNames().contains(written) && !written.contains(" ")) {
            return fullNameBefore(minutes, mention);
        }
        return read(minutes, sentence, mention);
    }

    private Optional<PersonName> fullNameBefore(DocumentAnalysis minutes, ModelMention mention) {
        DocumentText text = minutes.text();
        String given = text.quote(mention.span());
        java.util.Map<String, ModelMention> named = new java.util.LinkedHashMap<>();
        for (ModelMention m : minutes.mentions()) {
            String t = text.quote(m.span()).replaceAll("\\s+", " ");
            if (m.type() == mention.type() && m.span().end() <= mention.span().start() && t.startsWith(given + " ")) {
                named.putIfAbsent(t, m);
            }
        }
        if (named.size() != 1) {
            return Optional.empty();
        }
        ModelMention full = named.values().iterator().next();
        return read(minutes, text.lineAt(full.span().start()).span(), full);
    }

    private Optional<PersonName> read(DocumentAnalysis minutes, Span sentence, ModelMention mention) {
        DocumentText text = minutes.text();
        Span window = new Span(Math.min(sentence.start(), mention.span().start()),
                Math.max(mention.span().end(), Math.min(sentence.end(), mention.span().end() + 12)));
        List<Word> words = Words.of(text.quote(window), window.start());
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == mention.span().start()) {
                first = i;
            }
            if (words.get(i).end() <= mention.span().end()) {
                last = i;
            }
        }
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        int from = first;
        // The model may leave out a first given name or initials ("Deborah" of "Deborah Elizabeth
        // Mitchell", "M ." of "Ms M. T. Daly"): take them back.
        while (from > 0 && (lexicons.givenNames().contains(words.get(from - 1).text()) && words.get(from - 1).isCapitalised()
                || Words.isInitials(words.get(from - 1).text()) && !isTitle(words.get(from - 1))
                || words.get(from - 1).text().equals(".") && from > 1 && Words.isInitials(words.get(from - 2).text()))) {
            from--;
        }
        int named = from;
        while (from > 0 && named - from < MAX_TITLE_WORDS && isTitle(words.get(from - 1))) {
            from--;
        }
        int to = last + 1;
        // Post-nominals after the name belong to it as written ("Mr L. Breckon CC").
        while (to < words.size() && lexicons.postNominals().contains(words.get(to).text())
                && words.get(to).text().equals(words.get(to).text().toUpperCase(java.util.Locale.ROOT))) {
            to++;
        }
        int end = to;
        // Running-text strictness: a name without a title needs a known given name or initials, so
        // a capitalised phrase the model took for a name ("Net Zero") is not one.
        return parser.parse(words, from, end, null, PersonNameParser.Context.PROSE, java.util.Set.of())
                .filter(m -> m.name().span().end() >= mention.span().end())
                .map(PersonNameParser.Match::name);
    }

    private boolean isTitle(Word w) {
        String t = w.text();
        return lexicons.honorifics().contains(t) || lexicons.roleTitles().contains(t) || t.equals(".");
    }
}
