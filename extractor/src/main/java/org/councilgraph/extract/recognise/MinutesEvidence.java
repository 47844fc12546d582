package org.councilgraph.extract.recognise;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.lexicon.Lexicon;

/**
 * Whether what was recognised in a text makes it the record of a meeting. A meeting header (its
 * committee or date), a declaration, a decision or a confirmation of minutes is enough; numbered
 * headings and names are not, since a recipe or a policy page has them too: those count only in
 * a text that also holds at least {@value #MARKS_NEEDED} different words of the business of
 * meetings (the lexicon {@code minutes-marks}: Apologies, Present, RESOLVED, Councillor, ...).
 */
public final class MinutesEvidence {

    /** Different marks a text with only headings or names must hold to be minutes. */
    static final int MARKS_NEEDED = 2;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** "20 minutes" is a duration, not the minutes of a meeting. */
    private static final Pattern DURATION = Pattern.compile("\\d\\s*$");

    private final Lexicon marks;

    public MinutesEvidence(Lexicon marks) {
        this.marks = marks;
    }

    /** Why {@code minutes} is not the record of a meeting, or empty when it is. */
    public Optional<String> refusal(ExtractedMinutes minutes) {
        MeetingHeader header = minutes.header();
        if (header.date() != null || header.committee() != null || !minutes.declarations().isEmpty()
                || !minutes.resolutions().isEmpty() || !minutes.confirmations().isEmpty()) {
            return Optional.empty();
        }
        if (minutes.items().isEmpty() && minutes.attendance().isEmpty()) {
            return Optional.of("does not look like minutes: no meeting date, body, agenda items, attendance or decisions found");
        }
        Set<String> found = marksIn(minutes.document().text().text());
        if (found.size() >= MARKS_NEEDED) {
            return Optional.empty();
        }
        return Optional.of("does not look like minutes: no meeting date, body, declarations or decisions, and "
                + (found.isEmpty() ? "none" : "only " + found.size()) + " of the words of meeting business (Present, Apologies, "
                + "RESOLVED, Councillor, ...)" + (found.isEmpty() ? "" : ": " + String.join(", ", found))
                + "; its " + minutes.items().size() + " headings and " + minutes.attendance().size() + " names are not taken for a meeting's");
    }

    /** The distinct marks of meeting business in {@code text}, as their lexicon keys. */
    Set<String> marksIn(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (marks.contains(word) && !(word.equals("minutes") && DURATION.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find())) {
                found.add(word);
            }
        }
        return found;
    }
}
