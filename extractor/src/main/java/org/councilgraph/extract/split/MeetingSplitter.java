package org.councilgraph.extract.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds where the minutes of each meeting start in a file that holds several (an agenda pack
 * carrying the minutes of earlier meetings). A meeting's minutes start with a short title block
 * (the body's name, a dated line, the times) directly above the line that opens its attendance
 * with a "present" label ("PRESENT:"). A running header repeating the title on later pages has
 * no such line under it, and one title block is one meeting, so a file is split only where it
 * holds two or more; this runs before segmentation and leaves the recognisers' rules alone.
 */
public final class MeetingSplitter {

    /** How many lines a title block may have above its attendance line. */
    private static final int TITLE_LINES = 4;
    /** How far into a line the label of an attendance line ends. */
    private static final int LABEL_END = 30;

    private final Lexicons lexicons;
    private final DateRecogniser dates = new DateRecogniser();

    public MeetingSplitter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The span of each meeting's minutes in {@code document}, as {@link #meetings(DocumentText)}
     * finds them; none for a document whose format states facts of its own (ModernGov XML), which
     * is one meeting's record whatever its text holds.
     */
    public List<Span> meetings(SourceDocument document) {
        return document.stated().none() ? meetings(document.text()) : List.of();
    }

    /**
     * The span of each meeting's minutes, in order, from its title block to the next one's (the
     * last to the end of the text); empty when the text holds fewer than two meetings' minutes.
     */
    public List<Span> meetings(DocumentText text) {
        List<Integer> starts = new ArrayList<>();
        List<Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (opensAttendance(lines.get(i))) {
                titleStart(text, lines, i).ifPresent(starts::add);
            }
        }
        if (starts.size() < 2) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            out.add(new Span(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
        }
        return out;
    }

    /**
     * The text of one meeting's minutes, {@code meeting} of {@code text}, with the running header
     * that repeats its title on later pages blanked ({@link RepeatedTitles}); as long as the span.
     */
    public String text(DocumentText text, Span meeting) {
        return RepeatedTitles.blank(text.text().substring(meeting.start(), meeting.end()));
    }

    private boolean opensAttendance(Line line) {
        String s = line.trimmed();
        int colon = s.indexOf(':');
        return colon > 0 && colon < LABEL_END
                && lexicons.attendanceSection(s.substring(0, colon).strip()).filter("present"::equals).isPresent()
                && !s.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT).startsWith("also");
    }

    /** Where the title block above line {@code at} starts, when there is one with a dated line. */
    private Optional<Integer> titleStart(DocumentText text, List<Line> lines, int at) {
        int first = at;
        while (first > 0 && at - first < TITLE_LINES && !lines.get(first - 1).isBlank()) {
            first--;
        }
        if (first == at) {
            return Optional.empty();
        }
        Span block = new Span(lines.get(first).start(), lines.get(at - 1).end());
        boolean dated = dates.find(text, block).stream().anyMatch(d -> d.hasYear());
        return dated ? Optional.of(lines.get(first).start()) : Optional.empty();
    }
}
