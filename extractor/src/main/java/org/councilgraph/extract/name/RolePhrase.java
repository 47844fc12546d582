package org.councilgraph.extract.name;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;

/**
 * Recognises a post or role phrase in a run of words: "Head of Service – Customer Access",
 * "Lead Member for Resources", "executive Member", "D.O.S.". A role phrase contains a role head
 * word and runs over capitalised words and connectors.
 */
public final class RolePhrase {

    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "to", "the", "on", "–", "-", "—",
            "/", "’s", "'s", "with", "in", "at");
    private static final Set<String> LOWER_MODIFIERS = Set.of("executive", "former", "interim", "acting", "deputy",
            "assistant", "senior", "chief", "principal", "lead", "board", "council", "foster", "co-opted", "ward",
            "statutory", "parent", "independent", "elected", "retired", "local", "county", "district", "temporary");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.){2,4}|\\p{Lu}{2,5}");

    private RolePhrase() {
    }

    /** True when the whole text is a role phrase. */
    public static boolean isRole(String text) {
        List<Word> words = Words.of(text);
        return !words.isEmpty() && end(words, 0, words.size()) == words.size();
    }

    /** True for dotted abbreviations of posts such as "D.O.S." or "S.E.E.". */
    public static boolean isAbbreviatedPost(String word) {
        return word.contains(".") && ABBREVIATION.matcher(word).matches();
    }

    /**
     * The index just past the role phrase that starts at {@code from}, or {@code from} when no
     * role phrase starts there.
     */
    public static int end(List<Word> words, int from, int to) {
        return end(words, from, to, Set.of());
    }

    /** As {@link #end(List, int, int)}, a post ending where a person with one of {@code givenNames} starts. */
    public static int end(List<Word> words, int from, int to, Set<String> givenNames) {
        if (from >= to) {
            return from;
        }
        if (isAbbreviatedPost(words.get(from).text())) {
            boolean initialOfName = from + 1 < to && words.get(from + 1).isCapitalised() && !words.get(from + 1).isPunctuation();
            return initialOfName ? from : from + 1;
        }
        if (words.get(from).isNumber() || startsPerson(words, from, to, givenNames)
                || Lexicons.standard().honorifics().contains(words.get(from).text()) && from + 1 < to && words.get(from + 1).isCapitalised()) {
            return from;
        }
        int lastHead = -1;
        int j = from;
        while (j < to) {
            Word w = words.get(j);
            String t = w.text();
            String lower = t.toLowerCase(Locale.ROOT);
            if (j > from && (startsPerson(words, j, to, givenNames) || Lexicons.standard().verbs().contains(t, "chair"))) {
                // "Cathaoirleach Presiding": the verb after the post marks who presided.
                break;
            }
            if (Lexicons.standard().roleHeads().contains(t) || Lexicons.standard().roleTitles().contains(t)) {
                lastHead = j;
            } else if (w.isCapitalised() || w.isNumber()) {
                // part of a title: "Customer Access", "Team around the Family"
            } else if (CONNECTORS.contains(lower) || t.equals("’") || t.equals("'")) {
                if (j == from) {
                    return from;
                }
            } else if (LOWER_MODIFIERS.contains(lower)) {
                // "executive Member", "former Board Member"
            } else {
                break;
            }
            j++;
        }
        if (lastHead < 0) {
            return from;
        }
        int end = j;
        while (end > lastHead + 1 && CONNECTORS.contains(words.get(end - 1).text().toLowerCase(Locale.ROOT))) {
            end--;
        }
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < end; k++) {
            phrase.append(k > from ? " " : "").append(words.get(k).text());
        }
        boolean attendanceLabel = Lexicons.standard().attendanceLabels().contains(phrase.toString(), "label-only");
        return attendanceLabel ? from : end;
    }

    /** True when a person's name (with a title) starts at {@code j}. */
    static boolean startsPerson(List<Word> words, int j, int to, Set<String> givenNames) {
        String t = words.get(j).text();
        int title = Lexicons.standard().roleTitles().longestMatch(words.stream().map(Word::text).toList().subList(0, to), j);
        if (title > 1 && j + title < to && (Words.isInitials(words.get(j + title).text()) || Lexicons.standard().honorifics().contains(words.get(j + title).text())
                || Lexicons.standard().givenNames().contains(words.get(j + title).text()))) {
            return true;
        }
        if (j > 0 && Words.isInitials(t) && t.replace(".", "").length() <= 2 && j + 1 < to
                && words.get(j + 1).isCapitalised() && !Lexicons.standard().roleHeads().contains(words.get(j + 1).text())
                && !Lexicons.standard().notNames().contains(words.get(j + 1).text())
                && (Lexicons.standard().roleTitles().contains(words.get(j - 1).text()) || Lexicons.standard().roleHeads().contains(words.get(j - 1).text())
                        || Lexicons.standard().honorifics().contains(words.get(j - 1).text()))) {
            return true;
        }
        if (Lexicons.standard().honorifics().contains(t) && j + 1 < to && words.get(j + 1).isCapitalised()) {
            return !t.equalsIgnoreCase("Deputy") && !t.equalsIgnoreCase("Lord") && !t.equalsIgnoreCase("Lady");
        }
        return (Lexicons.standard().givenNames().contains(t) || givenNames.contains(t)) && j + 1 < to && words.get(j + 1).isCapitalised()
                && !Lexicons.standard().roleHeads().contains(words.get(j + 1).text())
                && !Lexicons.standard().notNames().contains(words.get(j + 1).text());
    }
}
