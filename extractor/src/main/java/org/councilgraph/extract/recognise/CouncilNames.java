package org.councilgraph.extract.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds the council whose minutes these are: a council's proper name ("Sligo County Council",
 * "Newry, Mourne and Down District Council", "London Borough of Merton") named in the head of the
 * minutes or more than once in them. A council's name is a place's name and the kind of council;
 * the words of a minutes title ("January Ordinary Meeting of", "Details Meeting Summary Full")
 * and sentence words ("A. That Council", "Your Council") are not part of it.
 */
final class CouncilNames {

    /** The words naming a kind of council, written between its place's name and "Council". */
    private static final Set<String> KINDS = Set.of("county", "city", "district", "borough", "town", "parish", "community",
            "metropolitan");
    /** Words joining the parts of a place's name: "Bath and North East Somerset", "City of Cardiff". */
    private static final Set<String> JOINS = Set.of("and", "&", "of", "upon");
    private static final int MAX_NAME_WORDS = 7;
    private static final Pattern COUNCIL = Pattern.compile("\\b(?:Council|COUNCIL)\\b");
    private static final Pattern LONDON_BOROUGH = Pattern.compile(
            "\\b(?:London|Royal|LONDON|ROYAL)\\s+(?:Borough|BOROUGH)\\s+(?:of|OF)\\s+\\p{Lu}[\\p{L}-]+(?:\\s+(?:and|&|AND)\\s+\\p{Lu}[\\p{L}-]+)?");

    /** What makes a council someone's, or another party: "Councillor Jim Stalker, ", "Members of ", "working with ". */
    private static final Pattern AFFILIATION = Pattern.compile(
            "(?:(?i:\\b(?:members?|membership|representatives?|behalf|employee|with)\\s+(?:of\\s+|on\\s+|by\\s+)?(?:the\\s+)?)"
                    + "|\\p{Lu}[\\p{Ll}'’-]+,\\s*)$");

    private final Lexicons lexicons;

    CouncilNames(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The council the minutes name: the proper name named most, a name in {@code head} counting
     * three times, a name named once outside it not at all. A council named as someone's
     * ("Councillor Les Sharp, Clackmannanshire Council", "as Members of Hertfordshire County
     * Council") or as another party ("working with Bingham Town Council") is another council.
     */
    Optional<Stated<String>> find(DocumentText text, Span head) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Span> first = new HashMap<>();
        for (Stated<String> name : all(text)) {
            String before = text.text().substring(Math.max(0, name.span().start() - 40), name.span().start());
            if (AFFILIATION.matcher(before).find()) {
                continue;
            }
            String key = name.value().toLowerCase(Locale.ROOT);
            counts.merge(key, head.contains(name.span().start()) ? 3 : 1, Integer::sum);
            first.putIfAbsent(key, name.span());
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -first.get(e.getKey()).start()))
                .map(e -> new Stated<>(text.flat(first.get(e.getKey())), first.get(e.getKey())));
    }

    /** The council {@code phrase} names, when it is a council's name ("Cork County Council" of "Meeting of Cork County Council"). */
    Optional<String> in(String phrase) {
        List<Stated<String>> found = all(DocumentText.of(phrase));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1).value());
    }

    private List<Stated<String>> all(DocumentText text) {
        List<Stated<String>> out = new java.util.ArrayList<>();
        Matcher london = LONDON_BOROUGH.matcher(text.text());
        while (london.find()) {
            out.add(new Stated<>(london.group(), new Span(london.start(), london.end())));
        }
        Matcher m = COUNCIL.matcher(text.text());
        while (m.find()) {
            int from = Math.max(0, m.start() - 160);
            List<Word> before = Words.of(text.text().substring(from, m.start()), from);
            int start = nameStart(before, text, m.start());
            if (start >= 0) {
                Span span = new Span(before.get(start).start(), m.end());
                out.add(new Stated<>(text.flat(span), span));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /**
     * Where the council's name starts among the words before "Council", or -1: back over the
     * kind ("County"), then over the place's name, its words capitalised and none of them a word
     * that is never part of a name (Meeting, Minutes, January, Full, Special); joining words and
     * commas only between its words, a comma only in a list closed by "and".
     */
    private int nameStart(List<Word> before, DocumentText text, int council) {
        int start = -1;
        boolean and = false;
        int words = 0;
        int proper = 0;
        boolean capitals = isCapitals(text.text().substring(council, council + "Council".length()));
        int next = council;
        int afterAnd = -1;
        for (int i = before.size() - 1; i >= 0 && words < MAX_NAME_WORDS; i--) {
            Word w = before.get(i);
            String lower = w.text().toLowerCase(Locale.ROOT);
            // A name is written on one line and in one case: "S Burns" above "NEWRY, MOURNE & DOWN DISTRICT COUNCIL" is not part of it.
            if (text.text().substring(w.end(), next).contains("\n") || w.text().length() > 1 && !w.isPunctuation()
                    && isCapitals(w.text()) != capitals && !JOINS.contains(lower)) {
                break;
            }
            next = w.start();
            if (lexicons.honorifics().contains(w.text()) && afterAnd >= 0) {
                // "Mr Steve Morris and Llanfrynach Community Council": a person, then the council.
                start = afterAnd;
                break;
            }
            if (isKind(w) || isPlaceWord(w)) {
                proper += isKind(w) ? 0 : 1;
                start = i;
                words++;
            } else if (JOINS.contains(lower) && start >= 0) {
                if (!lower.equals("of")) {
                    and = true;
                    afterAnd = afterAnd < 0 ? start : afterAnd;
                }
            } else if (!w.text().equals(",") || !and || start < 0) {
                break;
            }
        }
        // "Parish Council", "the Town Council": a kind of council names none.
        if (start < 0 || proper == 0) {
            return -1;
        }
        return start;
    }

    private static boolean isCapitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    private boolean isKind(Word w) {
        return KINDS.contains(w.text().toLowerCase(Locale.ROOT)) && w.isCapitalised();
    }

    /** A capitalised word that may be part of a place's name: not a function word nor a word never part of a name. */
    private boolean isPlaceWord(Word w) {
        if (!w.isCapitalised() || w.isPunctuation()) {
            return false;
        }
        String t = w.text();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lexicons.functionWords().contains(lower)) {
            return false;
        }
        for (String part : t.split("-")) {
            // "Stockton-on-Tees": the small words inside a place's name are its own.
            boolean small = !part.isEmpty() && Character.isLowerCase(part.charAt(0)) && lexicons.functionWords().contains(part);
            if (!part.isEmpty() && !small && lexicons.notNames().contains(part) && !lexicons.notNames().contains(part, "place")) {
                return false;
            }
        }
        return t.length() > 1;
    }
}
