package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;

/**
 * Whether a phrase read from the head of the minutes has the shape of a name, as a body's name
 * ("Planning Committee", "January Ordinary Meeting of Sligo County Council") or a place's
 * ("Council Chamber, County Hall, Matlock", "via Zoom") has, rather than of a piece of a
 * sentence ("meeting were not intended to be a verbatim record. He acknowledged", "the next
 * available opportunity as a true record", "of January Ordinary Meeting of Sligo County
 * Council"). Decided from general properties of names: they are short, their content words are
 * capitalised, they hold no verb and no sentence break, and they neither open nor close on a
 * function word.
 */
final class NameShape {

    /** A body's name: a committee's title is short. */
    private static final int MAX_BODY_WORDS = 12;
    /** A place's name: a room, a building, a street, a town and a postcode. */
    private static final int MAX_PLACE_WORDS = 22;
    /** The function word classes that may open a place's name: "the Council Chamber". */
    private static final Set<String> ARTICLE = Set.of("article");

    /** The punctuation a name may hold: "Policy & Resources Committee", "Cabinet Room 'B' - The Diamond Jubilee Room, County Hall". */
    private static final String NAME_PUNCTUATION = ",-–—'’.()&/";

    private final Lexicons lexicons;

    NameShape(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * True when {@code phrase} may name a body: every lower-case word is a function word or
     * describes a meeting ("extraordinary meeting", "Ordinary meeting of the Council"), no word
     * is a verb, and the phrase neither opens nor closes on a function word.
     */
    boolean isBodyName(String phrase) {
        List<Word> words = content(phrase);
        if (words.isEmpty() || hasForeignPunctuation(phrase) || words.size() > MAX_BODY_WORDS || hasSentenceBreak(phrase, words)) {
            return false;
        }
        if (isFunctionWord(words.get(0)) || isFunctionWord(words.get(words.size() - 1))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (isVerb(w) || w.text().equals(":")) {
                return false;
            }
            if (w.isLowerCase() && !isFunctionWord(w) && !describesMeeting(words, i)) {
                return false;
            }
        }
        return !words.get(0).isLowerCase() || describesMeeting(words, 0);
    }

    /**
     * True when {@code phrase} may name a place: it opens on a capital (after "the") or on a
     * word of an online meeting ("via Zoom", "remotely using Zoom"), holds no verb and no
     * sentence break, its lower-case words are function words or follow a word of an online
     * meeting ("via electronic media"), and it does not close on a function word.
     */
    boolean isPlaceName(String phrase) {
        List<Word> words = content(phrase);
        if (words.isEmpty() || hasForeignPunctuation(phrase) || words.size() > MAX_PLACE_WORDS || hasSentenceBreak(phrase, words)) {
            return false;
        }
        Word first = words.get(0);
        boolean opens = first.isCapitalised() || first.isNumber() || isRemote(first)
                || words.size() > 1 && lexicons.functionWords().containsAny(first.text(), ARTICLE) && words.get(1).isCapitalised();
        if (!opens || isFunctionWord(words.get(words.size() - 1))) {
            return false;
        }
        // "via electronic media": words after an online meeting's may be in lower case.
        boolean remote = false;
        for (Word w : words) {
            remote |= isRemote(w);
            if (isVerb(w) || w.isLowerCase() && !isFunctionWord(w) && !remote) {
                return false;
            }
        }
        return true;
    }

    /** "Home > Your Council > Agenda", "No. | Item": a page's navigation or a table's rule, not a name. */
    private static boolean hasForeignPunctuation(String phrase) {
        for (Word w : Words.of(phrase)) {
            if (w.isPunctuation() && !w.text().equals(":") && NAME_PUNCTUATION.indexOf(w.text().charAt(0)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The words of {@code phrase} without punctuation other than a colon. */
    private static List<Word> content(String phrase) {
        return Words.of(phrase).stream().filter(w -> !w.isPunctuation() || w.text().equals(":")).toList();
    }

    /** "... a verbatim record. He acknowledged": a full stop that is not an abbreviation's, then a capital. */
    private boolean hasSentenceBreak(String phrase, List<Word> words) {
        List<Word> all = Words.of(phrase);
        for (int i = 1; i + 1 < all.size(); i++) {
            if (all.get(i).text().equals(".") && all.get(i + 1).isCapitalised()
                    && !lexicons.abbreviations().contains(all.get(i - 1).text()) && all.get(i - 1).text().length() > 1) {
                return true;
            }
        }
        return false;
    }

    private boolean isFunctionWord(Word w) {
        return lexicons.functionWords().contains(w.text().toLowerCase(Locale.ROOT));
    }

    /** A verb of a clause: "were", "took", "agreed". A capitalised verb heads a title ("Approved Minutes") only in lower case text. */
    private boolean isVerb(Word w) {
        String lower = w.text().toLowerCase(Locale.ROOT);
        boolean caps = w.text().equals(w.text().toUpperCase(Locale.ROOT)) && w.text().length() > 1;
        return (w.isLowerCase() || caps) && lexicons.verbs().contains(lower)
                && !lexicons.verbs().contains(lower, "non-finite");
    }

    /** A word of an online meeting: "via", "remotely", "Zoom". */
    private boolean isRemote(Word w) {
        return lexicons.venueHeads().contains(w.text(), "remote");
    }

    /** "extraordinary meeting", "Ordinary meeting of the Council": the meeting and the words before it that say what kind it is. */
    private static boolean describesMeeting(List<Word> words, int i) {
        for (int j = i; j < words.size(); j++) {
            String key = words.get(j).text().toLowerCase(Locale.ROOT);
            if (key.equals("meeting") || key.equals("meetings")) {
                return true;
            }
            if (!words.get(j).isLowerCase() && j > i) {
                return false;
            }
        }
        return false;
    }
}
