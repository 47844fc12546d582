package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * A body's name read from the page: without the page's words around it ("(Public Pack)Minutes
 * Document for", "- DRAFT", "pdf icon PDF", "1. 4."), and only when what is left names a body
 * and has a name's shape ({@link NameShape}): not a meeting on its own, not an earlier meeting,
 * not a meeting and where it was ("meeting in County Buildings"), not dated.
 */
final class BodyNames {

    /** Besides the heads of bodies, the words a minutes title names its body with: "Annual Parish Meeting", "Ennis Municipal District". */
    private static final Set<String> TITLE_BODY_WORDS = Set.of("meeting", "district");
    private static final Pattern LEADING_CHROME = Pattern.compile(
            "(?i)^\\s*(?:\\([^)]*\\)\\s*|<<\\s*|(?:\\(?[a-z0-9]{1,3}[.)]\\s+)+|(?:minutes?|agenda|proceedings)(?:\\s+(?:and\\s+minutes|document))?\\s*(?:(?:of|for|from|at)\\b\\s*)?[-–:]?\\s*|(?:the|a|an|and)\\s+)+");
    private static final Pattern TRAILING_CHROME = Pattern.compile(
            "(?i)(?:\\s+(?:minutes?|pdf icon)\\b.*|\\s+(?:held|which|that|meeting held)\\b.*|[\\s,;:…–-]+)$");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+|\\s*[–—]\\s*");

    private final Lexicons lexicons;
    private final NameShape shape;
    private final DateRecogniser dates = new DateRecogniser();

    BodyNames(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.shape = new NameShape(lexicons);
    }

    /**
     * The body's name written from {@code start} to {@code end}, without the page's words around
     * it ("(Public Pack)Minutes Document for", "- DRAFT", "pdf icon PDF"); of a title in parts
     * ("Minutes - Full Council - 5th May") the first part that names a body.
     */
    Optional<Stated<String>> body(DocumentText text, int start, int end) {
        String written = text.text().substring(start, end);
        Matcher dash = DASH.matcher(written);
        int from = 0;
        while (true) {
            boolean found = dash.find();
            int to = found ? dash.start() : written.length();
            Optional<Stated<String>> part = tidied(text, start + from, start + to);
            if (part.isPresent() || !found) {
                return part;
            }
            from = dash.end();
        }
    }

    private Optional<Stated<String>> tidied(DocumentText text, int start, int end) {
        String raw = text.text().substring(start, end);
        Matcher lead = LEADING_CHROME.matcher(raw);
        int s = lead.lookingAt() ? lead.end() : 0;
        String kept = raw.substring(s);
        for (String previous = null; !kept.equals(previous); ) {
            previous = kept;
            kept = TRAILING_CHROME.matcher(kept).replaceFirst("");
            kept = withoutLastFunctionWord(kept);
            kept = withoutLastSmallWord(kept);
        }
        String tidy = kept.replaceAll("\\s+", " ").strip();
        // "Previous Meeting", "Last Meeting": another meeting, not a body; nor is a body's name dated.
        if (tidy.isEmpty() || !namesABody(tidy) || isGeneric(tidy) || !shape.isBodyName(tidy) || meetingThenPlace(tidy)
                || MeetingDates.EARLIER_MEETING.matcher(tidy).find() || !dates.find(DocumentText.of(tidy)).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stated<>(tidy, text.trim(new Span(start + s, start + s + kept.length()))));
    }

    /** "Community Council virtual" (of "... virtual Meeting held"): a name does not end on a word in small letters. */
    private static String withoutLastSmallWord(String phrase) {
        List<Word> words = Words.of(phrase);
        if (words.size() > 1 && words.get(words.size() - 1).isLowerCase() && !words.get(words.size() - 1).text().startsWith("meeting")) {
            return phrase.substring(0, words.get(words.size() - 1).start()).stripTrailing();
        }
        return phrase;
    }

    /** "Planning Committee on": a name does not end on a function word. */
    private String withoutLastFunctionWord(String phrase) {
        List<Word> words = Words.of(phrase);
        if (words.size() > 1 && lexicons.functionWords().contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT))) {
            return phrase.substring(0, words.get(words.size() - 1).start()).stripTrailing();
        }
        return phrase;
    }

    /** "meeting in County Buildings": a meeting followed by where it was, not by a body. */
    private boolean meetingThenPlace(String phrase) {
        List<Word> words = Words.of(phrase);
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT);
            String next = words.get(i + 1).text().toLowerCase(Locale.ROOT);
            if (w.startsWith("meeting") && lexicons.functionWords().contains(next, "preposition") && !next.equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** True when some word of {@code phrase} is the head of a body ("Planning Committee") or a title's word for one. */
    private boolean namesABody(String phrase) {
        return lexicons.organisationHeads().tagsIn(phrase).contains("body")
                || java.util.Arrays.stream(Lexicon.key(phrase).split("[^\\p{L}]+")).anyMatch(TITLE_BODY_WORDS::contains);
    }

    /** "Meeting" on its own names no body, nor do the minutes of several meetings ("Council Meetings"). */
    private static boolean isGeneric(String body) {
        return body.matches("(?i)(?:the\\s+)?(?:meeting|meetings|meeting minutes|minutes of meeting|ordinary meeting|special meeting)")
                || body.matches("(?i).*\\bmeetings");
    }
}
