package org.councilgraph.extract.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;

/**
 * Tells agenda item headings from other text and tidies them: headings are short, start with a
 * capital, are mostly capitalised, and are not sentences reporting what happened.
 */
public final class HeadingText {

    /** Download links and page furniture that ModernGov appends to headings. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)\\s*(?:pdf icon\\s*)?\\bPDF\\s+\\d+(?:\\.\\d+)?\\s*[KM]B?\\b.*$|\\s*\\((?:cont(?:’|')?d|continued)\\.?\\)\\s*$|\\s+Additional documents:?.*$");
    /** The function words a heading may hold in lower case. */
    private static final Set<String> SMALL = Set.of("article", "preposition", "conjunction");
    private static final int MAX_WORDS = 30;
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}(?:[.:]\\d\\d)?\\s?[ap]\\.?m\\b|\\b\\d{1,2}:\\d\\d\\b");

    private HeadingText() {
    }

    private static boolean isSmall(String word) {
        return Lexicons.standard().functionWords().containsAny(word, SMALL);
    }

    /** The heading without download links, "(Cont'd)" and trailing separators. */
    public static String clean(String heading) {
        String h = FURNITURE.matcher(heading.replaceAll("\\s+", " ").strip()).replaceAll("").strip();
        return h.replaceAll("[\\s:;,.–-]+$", "").strip();
    }

    /** True when {@code text} can be an item heading. */
    public static boolean isHeading(String text) {
        String t = clean(text);
        if (t.isEmpty() || t.length() > 250) {
            return false;
        }
        int first = t.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '‘' || first == '“'
                || first == '"' || first == '\'')) {
            return false;
        }
        List<String> words = words(t);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return false;
        }
        if (words.get(0).equals("That") || words.get(0).equals("RESOLVED") || words.get(0).equalsIgnoreCase("resolved")) {
            return false;
        }
        if (words.size() == 1 && isSmall(words.get(0))) {
            return false;
        }
        if (words.size() == 1 && Lexicons.standard().notNames().contains(words.get(0)) && words.get(0).length() <= 3) {
            return false;
        }
        if (TIME.matcher(t).find()) {
            return false;
        }
        String lastWord = words.get(words.size() - 1);
        if (words.size() > 2 && Character.isLowerCase(lastWord.codePointAt(0)) && !t.endsWith(")")
                && (isSmall(lastWord) || lastWord.equals("held"))) {
            return false;
        }
        return !isSentence(t);
    }

    /**
     * True when the text reports events ("The Convener congratulated the following") rather than
     * naming a subject. Agenda-style instructions ("To receive ...") are not reports.
     */
    public static boolean isSentence(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return false;
        }
        if (words.get(0).equals("To") || words.get(0).equals("TO")) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (Lexicons.standard().isSentenceVerb(w) && !w.equals(w.toUpperCase(Locale.ROOT)) && !inDate(words, i)) {
                String next = i + 1 < words.size() ? words.get(i + 1).toLowerCase(Locale.ROOT) : "";
                boolean participle = w.endsWith("ed") && Lexicons.standard().functionWords().contains(next, "preposition");
                if (!participle) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "8 May 2024", "May 2019": the month, not the modal verb. */
    private static boolean inDate(List<String> words, int i) {
        if (!Character.isUpperCase(words.get(i).codePointAt(0))) {
            return false;
        }
        boolean numberBefore = i > 0 && Character.isDigit(words.get(i - 1).codePointAt(0));
        boolean numberAfter = i + 1 < words.size() && Character.isDigit(words.get(i + 1).codePointAt(0));
        return numberBefore || numberAfter;
    }

    /** True when most content words are capitalised, as in "Public Question Time" or "VOTES OF SYMPATHY". */
    public static boolean isTitleCase(String text) {
        List<String> words = words(text);
        int content = 0;
        int capital = 0;
        for (String w : words) {
            if (isSmall(w) || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            content++;
            if (Character.isUpperCase(w.codePointAt(0))) {
                capital++;
            }
        }
        return content > 0 && capital * 10 >= content * 7;
    }

    /** True when all letters are capitals. */
    public static boolean isAllCaps(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters;
    }

    static List<String> words(String text) {
        return List.of(text.split("[\\s/]+")).stream()
                .map(w -> w.replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&’']+$", ""))
                .filter(w -> !w.isEmpty()).toList();
    }
}
