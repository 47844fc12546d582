package org.councilgraph.extract.name;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;

/**
 * Splits text into {@link Word}s the way names are written: initials keep their full stops
 * ("J.C.", "A."), apostrophes and hyphens stay inside words ("O’Neill", "Carroll-Cliffe"),
 * and a full stop that ends a sentence is a word of its own.
 */
public final class Words {

    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{M}](?:[\\p{L}\\p{M}'’`\\-]|\\.(?=\\p{L}))*\\.?|\\d+(?:[.:/]\\d+)*[a-z]{0,2}|\\S");
    private static final Pattern GLUED_INITIAL = Pattern.compile("((?:\\p{Lu}\\.)+)(\\p{Lu}[\\p{Ll}'’].*)");
    /**
     * A title or an initial run into the word before it: "ComhairleoiríJ.", "BurgessCouncillor",
     * "ExecutiveMrs", "McMahonCouncillor" (the word before may have capitals of its own).
     */
    private static final Pattern GLUED_AFTER = Pattern.compile("(\\p{Lu}?[\\p{L}'’]*\\p{Ll}{2})(\\p{Lu}\\p{Ll}{0,9}\\.?)");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?){1,4}|\\p{Lu}\\.(?:\\p{Lu}\\.)*");

    private Words() {
    }

    /** The words of {@code text}, with spans offset by {@code base}. */
    public static List<Word> of(String text, int base) {
        List<Word> out = new ArrayList<>();
        read(text, base, out::add);
        return out;
    }

    /**
     * Reads the words of {@code text} in order, each given to {@code next}, until {@code next}
     * returns false (then false). A caller that needs only the first words of a long line stops
     * there instead of reading the whole line.
     */
    private static boolean read(CharSequence text, int base, Predicate<Word> next) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int s = m.start();
            Matcher after = GLUED_AFTER.matcher(t);
            if (after.matches() && isTitleOrInitial(after.group(2))) {
                int cut = after.end(1);
                if (!next.test(new Word(t.substring(0, cut), base + s, base + s + cut))) {
                    return false;
                }
                t = t.substring(cut);
                s += cut;
            }
            Matcher glued = GLUED_INITIAL.matcher(t);
            if (glued.matches()) {
                // "A.Vigrass", "M.Norton": initials written against the surname.
                int cut = glued.end(1);
                if (!next.test(new Word(t.substring(0, cut), base + s, base + s + cut))) {
                    return false;
                }
                t = t.substring(cut);
                s += cut;
            }
            if (t.length() > 1 && t.endsWith(".") && !keepsFullStop(t)) {
                if (!next.test(new Word(t.substring(0, t.length() - 1), base + s, base + s + t.length() - 1))
                        || !next.test(new Word(".", base + s + t.length() - 1, base + s + t.length()))) {
                    return false;
                }
            } else if (!next.test(new Word(t, base + s, base + s + t.length()))) {
                return false;
            }
        }
        return true;
    }

    public static List<Word> of(String text) {
        return of(text, 0);
    }

    /**
     * True when {@code text} holds nothing but personal titles and their stops ("Cllr.", "Mr and Mrs" is not).
     * Reading stops at the first other word, so the text before a name late in a long list costs a word or two.
     */
    public static boolean onlyTitles(CharSequence text) {
        return read(text, 0, w -> w.text().equals(".") || w.text().equals(":") || Lexicons.standard().honorifics().contains(w.text()));
    }

    /** True for initials written as capitals with or without full stops: "A", "J.C.", "RJT". */
    public static boolean isInitials(String word) {
        // "OF", "THE", "AND" in a line of capitals have the shape of initials; they are words.
        return INITIALS.matcher(word).matches()
                && (word.length() < 2 || word.indexOf('.') >= 0 || !Lexicons.standard().functionWords().contains(word));
    }

    private static boolean isTitleOrInitial(String tail) {
        String bare = tail.endsWith(".") ? tail.substring(0, tail.length() - 1) : tail;
        return bare.length() == 1 && tail.endsWith(".") || Lexicons.standard().honorifics().contains(bare);
    }

    private static boolean keepsFullStop(String word) {
        String bare = word.substring(0, word.length() - 1);
        if (bare.contains(".")) {
            return true;
        }
        if (bare.length() == 1 && Character.isUpperCase(bare.charAt(0))) {
            return true;
        }
        if (bare.length() <= 3 && Character.isUpperCase(bare.charAt(0)) && !bare.toLowerCase(java.util.Locale.ROOT).matches(".*[aeiouy].*")) {
            // "Ml. Hegarty", "Wm. Jones": a given name shortened to its consonants.
            return true;
        }
        String lower = bare.toLowerCase(java.util.Locale.ROOT);
        return Lexicons.standard().abbreviations().contains(lower) || Lexicons.standard().honorifics().contains(lower) && bare.length() <= 5;
    }
}
