package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Reads the body a minutes title names after "meeting of": "Minutes of the January Monthly
 * Meeting of Carlow County Council, held in ...", "At a Meeting of Pembroke Dock Town Council
 * held at", "MINUTE of MEETING of the INFRASTRUCTURE SERVICES COMMITTEE held in". The body's
 * name runs over capitalised words to "held", a date, a lower-case word or the next part of a
 * flattened page; the words before "meeting" that say what kind of meeting it was are kept
 * with it ("January Monthly Meeting of Carlow County Council").
 */
final class MeetingTitles {

    /** "meeting of": what follows names the body, what stands before may say what kind of meeting it was. */
    private static final Pattern MEETING_OF = Pattern.compile("(?i)\\bmeeting\\s+of\\s+(?:the\\s+)?");
    /** The words for the minutes themselves, which stand before a title's kind of meeting ("Minute General Meeting of the Council"). */
    private static final Set<String> DOCUMENT_WORDS = Set.of("minutes", "minute", "proceedings", "agenda");
    private static final int MAX_KIND_WORDS = 4;
    /** Words after a body's name that end it: "held", a relative clause. */
    private static final Set<String> BODY_ENDS = Set.of("held", "which", "that", "when", "where", "commencing", "meeting");

    private final Lexicons lexicons;
    private final BodyNames bodies;
    private final DateRecogniser dates = new DateRecogniser();

    MeetingTitles(Lexicons lexicons, BodyNames bodies) {
        this.lexicons = lexicons;
        this.bodies = bodies;
    }

    /**
     * "MINUTES OF THE MAY MONTHLY MEETING OF THE TEMPLEMORE-THURLES MUNICIPAL DISTRICT WHICH WAS
     * HELD IN ... ON WEDNESDAY 24TH MAY, 2017": a minutes title further down the page that
     * names the meeting's own day.
     */
    Optional<Stated<String>> meetingOfThatDay(DocumentText text, Span head, DateMention date) {
        if (date == null) {
            return Optional.empty();
        }
        Matcher m = MEETING_OF.matcher(text.text()).region(head.start(), head.end());
        while (m.find()) {
            int end = Math.min(text.length(), m.end() + 250);
            boolean sameDay = dates.find(text, new Span(m.end(), end)).stream()
                    .anyMatch(d -> d.day() == date.day() && d.month() == date.month() && !d.span().equals(date.span()));
            if (sameDay) {
                Optional<Stated<String>> body = meetingOfAt(text, m);
                if (body.isPresent()) {
                    return body;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Minutes of the January Monthly Meeting of Carlow County Council, held in ...", "At a
     * Meeting of Pembroke Dock Town Council held at", "MINUTE of MEETING of the INFRASTRUCTURE
     * SERVICES COMMITTEE held in": the body, with the kind of meeting when the title gives one.
     */
    Optional<Stated<String>> meetingOf(DocumentText text, Span title) {
        Matcher m = MEETING_OF.matcher(text.text()).region(title.start(), title.end());
        while (m.find()) {
            Optional<Stated<String>> body = meetingOfAt(text, m);
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> meetingOfAt(DocumentText text, Matcher m) {
        Line line = text.lineAt(m.start());
        String before = text.text().substring(Math.max(line.start(), m.start() - 60), m.start());
        if (MeetingDates.EARLIER_MEETING.matcher(before).find() || MeetingDates.NOT_MEETING_DATE.matcher(before).find()) {
            return Optional.empty();
        }
        int bodyEnd = bodyEnd(text, m.end(), Math.min(lineAfter(text, text.lineAt(m.end()), m.end()), m.end() + 160));
        if (bodyEnd <= m.end() || bodies.body(text, m.end(), bodyEnd).isEmpty()) {
            return Optional.empty();
        }
        int kind = kindStart(text, Math.max(line.start(), m.start() - 60), m.start());
        return bodies.body(text, kind < m.start() ? kind : m.end(), bodyEnd);
    }

    /** Where the line of a body's name ends; "MEETING OF THE MUNICIPAL DISTRICT OF" goes on to "CASTLECOMER" on the next. */
    private int lineAfter(DocumentText text, Line line, int from) {
        List<Word> words = Words.of(text.text().substring(from, line.end()));
        boolean open = !words.isEmpty() && lexicons.functionWords().contains(words.get(words.size() - 1).text().toLowerCase(Locale.ROOT), "preposition");
        if (open && line.index() + 1 < text.lines().size()) {
            return text.lines().get(line.index() + 1).end();
        }
        return line.end();
    }

    /** Where a body's name that starts at {@code from} ends: before a date, a lower-case word other than a function word, "held", punctuation. */
    private int bodyEnd(DocumentText text, int from, int limit) {
        for (DateMention d : dates.find(text, new Span(from, limit))) {
            limit = Math.min(limit, d.span().start());
        }
        List<Word> words = Words.of(text.text().substring(from, limit), from);
        List<String> texts = words.stream().map(Word::text).toList();
        int end = from;
        int comma = -1;
        boolean bracketed = false;
        int capitals = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String lower = w.text().toLowerCase(Locale.ROOT);
            boolean joins = lexicons.functionWords().contains(lower) && !lexicons.functionWords().contains(lower, "relative");
            boolean bracket = w.text().equals("(") || w.text().equals(")") || w.text().equals("&");
            bracketed = w.text().equals("(") || bracketed && !w.text().equals(")");
            boolean number = w.isNumber() && bracketed;
            boolean caps = w.text().length() > 1 && w.text().equals(w.text().toUpperCase(Locale.ROOT)) && !w.isPunctuation();
            // "the NORTH LANARKSHIRE COUNCIL PRESENT Councillor Jones": an attendance list, a name with its title, a change of case.
            boolean nextPart = i > 0 && (lexicons.honorifics().contains(w.text()) || lexicons.attendanceLabels().longestMatch(texts, i) > 0
                    || w.isCapitalised() && !caps && capitals >= 2);
            if (w.text().equals(",") && end > from) {
                comma = comma < 0 ? end : comma;
                continue;
            }
            if (BODY_ENDS.contains(lower) || nextPart || w.isPunctuation() && !bracket
                    || !(w.isCapitalised() || number || joins || bracket)) {
                break;
            }
            if (lower.equals("and") || w.text().equals("&")) {
                comma = -1;
            }
            capitals = caps ? capitals + 1 : joins ? capitals : 0;
            if (!joins) {
                end = w.end();
            }
        }
        // "ROUSAY, EGILSAY, WYRE AND GAIRSAY COMMUNITY COUNCIL": commas only in a list closed by "and".
        return comma >= 0 ? comma : end;
    }

    /**
     * Where the words before "meeting" that say what kind of meeting it was start ("January
     * Monthly", "ANNUAL GENERAL", "extraordinary"): back to a function word, a number or
     * punctuation, or the word for the minutes themselves.
     */
    private int kindStart(DocumentText text, int from, int meeting) {
        List<Word> before = Words.of(text.text().substring(from, meeting), from);
        int start = meeting;
        for (int i = before.size() - 1; i >= 0 && before.size() - i <= MAX_KIND_WORDS; i--) {
            Word w = before.get(i);
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (w.isPunctuation() || w.isNumber() || lexicons.functionWords().contains(lower) || DOCUMENT_WORDS.contains(lower)) {
                break;
            }
            start = w.start();
        }
        return start;
    }
}
