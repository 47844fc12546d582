package org.councilgraph.extract.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds the body that held the meeting: a labelled field ("Meeting: 09/01/2018 - Planning
 * Applications Sub-Committee (3)", "Decision Maker: Cabinet"), the body a minutes title names
 * ("Minutes of the January Monthly Meeting of Carlow County Council held ...", "At a Meeting of
 * Pembroke Dock Town Council held at ..."), a title line before the date ("Planning Committee
 * South"), else the kind of body the minutes act as ("The Committee resolved"). Every name read
 * must have a body's shape ({@link NameShape}).
 */
final class CommitteeFinder {

    /** A committee found, and whether it is named or only its kind is known ("the Committee"). */
    record Found(Stated<String> name, boolean named) {
    }

    private static final Pattern LABELLED = Pattern.compile(
            "(?im)^\\s*(?:meeting|decided at meeting|made at meeting):\\s*[\\d/]+\\s*[-–]\\s*(.+?)(?:\\s*\\(item[^)]*\\))?\\s*$"
                    + "|^\\s*decision maker:\\s*(.+?)\\s*$|^\\s*(?:minutes of (?:a|the) )?meeting of:\\s*(.+?)\\s*$");
    /** "meeting of": what follows names the body, what stands before may say what kind of meeting it was. */
    private static final Pattern MEETING_OF = Pattern.compile("(?i)\\bmeeting\\s+of\\s+(?:the\\s+)?");
    /** The words for the minutes themselves, which stand before a title's kind of meeting ("Minute General Meeting of the Council"). */
    private static final Set<String> DOCUMENT_WORDS = Set.of("minutes", "minute", "proceedings", "agenda");
    private static final int MAX_KIND_WORDS = 4;
    /** Words after a body's name that end it: "held", a relative clause. */
    private static final Set<String> BODY_ENDS = Set.of("held", "which", "that", "when", "where", "commencing", "meeting");
    private static final Pattern MINUTES_OF = Pattern.compile(
            "(?i)\\bminutes\\s+(?:of|for)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:\\p{L}+\\s+)?\\d{4}\\s+)?(.+?)(?=\\s+(?:held|which|that|meeting held|on|at|in|via|remotely)\\b|\\s+\\d|\\s*[,(\\n]|$)");
    private static final Pattern MINUTES_OF_BODY = Pattern.compile(
            "\\b(?:[Mm]inutes?|MINUTES?)\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\w'’()&-]*\\s+){0,6}?\\p{Lu}[\\w'’()&-]*)\\s+(?:[Mm]eeting|held)\\b");
    private static final Pattern PAGE_TITLE = Pattern.compile("(?im)^[ \\t]*(\\p{Lu}[^\\n]{0,80}?)[ \\t]+minutes(?:[ \\t]+[^\\n]{0,30}?\\d{4})?[ \\t]*$");
    private static final Pattern BODY_MET = Pattern.compile("(?i)\\bthe\\s+((?:[\\p{Lu}][\\w'’&-]*\\s+){0,5}([\\p{L}-]+))\\s+met\\b");
    private static final Pattern INVITED = Pattern.compile("(?i)\\binvited to (?:a|the) meeting of (?:the\\s+)?(.+?)\\s*$");
    /** "The Committee resolved", "That Council agreed": a body's head word, capitalised, then what it did. */
    private static final Pattern GENERIC_BODY = Pattern.compile("\\b(?:[Tt]he|That)\\s+(\\p{Lu}[\\p{L}-]*)\\s+(\\p{L}+)\\b");
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
    private final MeetingDates meetingDates;
    private final CouncilNames councils;

    CommitteeFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.shape = new NameShape(lexicons);
        this.meetingDates = new MeetingDates(lexicons);
        this.councils = new CouncilNames(lexicons);
    }

    /**
     * The body that held the meeting, named in {@code title} (the lines that describe the
     * meeting) or {@code head}; {@code date} is the meeting's date, when known.
     */
    Optional<Found> find(DocumentText text, Span title, Span head, DateMention date) {
        Optional<Stated<String>> named = labelled(text, head).or(() -> titled(text, title, head, date))
                .or(() -> minutesOf(text, title)).or(() -> minutesPageTitle(text, title)).or(() -> bodyMet(text, head))
                .or(() -> invited(text, head)).or(() -> meetingOfThatDay(text, head, date))
                .or(() -> ownMinutes(text));
        return named.map(n -> new Found(n, true)).or(() -> actingBody(text).map(n -> new Found(n, false)));
    }

    /**
     * The body a minutes title names, else a title line's. "Minutes - Full Council - 5th May
     * 2020" above "Minutes of a meeting of Bracebridge Heath Parish Council": where the title
     * names only the council, the title line names which of its bodies met.
     */
    private Optional<Stated<String>> titled(DocumentText text, Span title, Span head, DateMention date) {
        Optional<Stated<String>> meeting = meetingOf(text, title);
        Optional<Stated<String>> line = titleLine(text, head, date);
        if (meeting.isPresent() && line.isPresent() && isCouncil(meeting.get().value()) && !isCouncil(line.get().value())
                && !line.get().value().toLowerCase(Locale.ROOT).contains(meeting.get().value().toLowerCase(Locale.ROOT))) {
            return line;
        }
        return meeting.or(() -> line);
    }

    /**
     * "MINUTES OF THE MAY MONTHLY MEETING OF THE TEMPLEMORE-THURLES MUNICIPAL DISTRICT WHICH WAS
     * HELD IN ... ON WEDNESDAY 24TH MAY, 2017": a minutes title further down the page that
     * names the meeting's own day.
     */
    private Optional<Stated<String>> meetingOfThatDay(DocumentText text, Span head, DateMention date) {
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

    private boolean isCouncil(String body) {
        return councils.in(body).filter(body::equalsIgnoreCase).isPresent();
    }

    private Optional<Stated<String>> labelled(DocumentText text, Span head) {
        Matcher m = LABELLED.matcher(text.text()).region(head.start(), head.end());
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            Optional<Stated<String>> body = body(text, m.start(g), m.end(g));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /**
     * "Minutes of the January Monthly Meeting of Carlow County Council, held in ...", "At a
     * Meeting of Pembroke Dock Town Council held at", "MINUTE of MEETING of the INFRASTRUCTURE
     * SERVICES COMMITTEE held in": the body, with the kind of meeting when the title gives one.
     */
    private Optional<Stated<String>> meetingOf(DocumentText text, Span title) {
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
        if (bodyEnd <= m.end() || body(text, m.end(), bodyEnd).isEmpty()) {
            return Optional.empty();
        }
        int kind = kindStart(text, Math.max(line.start(), m.start() - 60), m.start());
        return body(text, kind < m.start() ? kind : m.end(), bodyEnd);
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

    /**
     * A title line naming the body before the date: "Minutes - Full Council - 5th May 2020",
     * "Council - Thursday, 26 July 2012 2.00 p.m.", "Planning Committee South" above "28 Oct 2025".
     */
    private Optional<Stated<String>> titleLine(DocumentText text, Span head, DateMention date) {
        List<Line> lines = text.lines();
        List<DateMention> found = new java.util.ArrayList<>(dates.find(text, head));
        if (date != null) {
            // The meeting's own date line first: "Parish Council Minutes 6th September 2012" under a page's "Monday, September 24, 2012".
            found.add(0, date);
        }
        for (DateMention d : found) {
            Line line = text.lineAt(d.span().start());
            if (MeetingDates.NOT_MEETING_DATE.matcher(line.text()).find()) {
                continue;
            }
            String before = text.text().substring(line.start(), d.span().start());
            if (!before.toLowerCase(Locale.ROOT).contains("held") && !meetingDates.hasProse(before)) {
                Optional<Stated<String>> onLine = body(text, line.start(), d.span().start());
                if (onLine.isPresent()) {
                    return onLine;
                }
            }
            // "Cabinet Committee on Performance Improvement" above "Minutes of the Meeting held on ...".
            Line previous = previousContent(lines, line.index());
            if (previous != null && !previous.trimmed().toLowerCase(Locale.ROOT).contains("held")) {
                List<DateMention> dated = dates.find(text, previous.trimmedSpan());
                int aboveEnd = dated.isEmpty() ? previous.trimmedSpan().end() : dated.get(0).span().start();
                Optional<Stated<String>> above = body(text, previous.trimmedSpan().start(), aboveEnd);
                if (above.isPresent()) {
                    return above;
                }
            }
            if (d != date) {
                break;
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> minutesOf(DocumentText text, Span title) {
        Matcher of = MINUTES_OF.matcher(text.text()).region(title.start(), title.end());
        while (of.find()) {
            String before = text.text().substring(Math.max(text.lineAt(of.start()).start(), of.start() - 60), of.start());
            if (MeetingDates.EARLIER_MEETING.matcher(before).find()) {
                continue;
            }
            Optional<Stated<String>> body = body(text, of.start(1), of.end(1));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** "Council Minutes", "Planning Committee Minutes": a page title naming the body whose minutes follow. */
    private Optional<Stated<String>> minutesPageTitle(DocumentText text, Span title) {
        Matcher m = PAGE_TITLE.matcher(text.text()).region(title.start(), title.end());
        while (m.find()) {
            Optional<Stated<String>> body = body(text, m.start(1), m.end(1));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> bodyMet(DocumentText text, Span head) {
        Matcher met = BODY_MET.matcher(text.text()).region(head.start(), head.end());
        while (met.find()) {
            if (lexicons.organisationHeads().contains(met.group(2), "body")) {
                return body(text, met.start(1), met.end(1));
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> invited(DocumentText text, Span head) {
        Matcher invited = INVITED.matcher(text.text()).region(head.start(), head.end());
        return invited.find() ? body(text, invited.start(1), invited.end(1)) : Optional.empty();
    }

    /** "The Minutes of the Cabinet meeting held on 30 March 2021 were approved": the body approves its own minutes. */
    private Optional<Stated<String>> ownMinutes(DocumentText text) {
        Matcher m = MINUTES_OF_BODY.matcher(text.text());
        while (m.find()) {
            String line = text.lineAt(m.start()).text();
            Optional<Stated<String>> body = body(text, m.start(1), m.end(1));
            if (MeetingDates.EARLIER_MEETING.matcher(line).find() && body.isPresent() && body.get().value().split("\\s+").length <= 6
                    && !body.get().value().matches("(?i).*\\b(?:previous|last|special|extraordinary|annual)\\b.*")) {
                return body;
            }
        }
        return Optional.empty();
    }

    /** "The Committee resolved ...", "the Sub-Committee retired": the kind of body, when no name is given. */
    private Optional<Stated<String>> actingBody(DocumentText text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Span> first = new HashMap<>();
        Matcher m = GENERIC_BODY.matcher(text.text());
        while (m.find()) {
            if (!lexicons.organisationHeads().contains(m.group(1), "body") || !lexicons.verbs().contains(m.group(2), "act")) {
                continue;
            }
            counts.merge(m.group(1), 1, Integer::sum);
            first.putIfAbsent(m.group(1), new Span(m.start(1), m.end(1)));
        }
        return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Stated<>(e.getKey(), first.get(e.getKey())));
    }

    /**
     * The body's name written from {@code start} to {@code end}, without the page's words around
     * it ("(Public Pack)Minutes Document for", "- DRAFT", "pdf icon PDF"); of a title in parts
     * ("Minutes - Full Council - 5th May") the first part that names a body.
     */
    private Optional<Stated<String>> body(DocumentText text, int start, int end) {
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

    private static Line previousContent(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
