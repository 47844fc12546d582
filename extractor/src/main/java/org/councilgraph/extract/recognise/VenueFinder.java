package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * Reads where the meeting was held from the head of the minutes: a labelled field ("Venue:",
 * "Location:", "Place:"), the "held at/in/via" of the title, the place written after the
 * title's date ("on Monday 7th June 2010 in the Council Chamber", "13th August 2019 Invercarron
 * Resource Centre") or on the line under it. Whatever is read must have the shape of a place's
 * name ({@link NameShape}): it ends where the next part of the page begins (a name with its
 * title, an attendance label, an item number, a change from capitals to small letters).
 */
final class VenueFinder {

    private static final Pattern LABEL = Pattern.compile("(?im)^\\s*(?:venue|location|place)\\s*:[ \\t]*(.*?)(?:\\.?\\s*View directions.*)?[ \\t]*$");
    private static final Pattern HELD_IN = Pattern.compile("(?i)^(?:the\\s+meeting\\s+(?:will\\s+be|was)\\s+)?held\\s+(?=in|at|via|remotely|on)");
    /** The words after which a title says where: "held in", "met at", "Minutes of meeting in County Buildings". */
    /** "will be held in the Town Hall": another event, still to come (a summons's "to be held in" is the meeting's). */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|would|shall|could|may)\\s+be\\s*$");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)(?:in|at)\\s+(?=(?:the\\s+)?(?-i:\\p{Lu}))");
    private static final Pattern HELD_KEYWORD = Pattern.compile("(?i)\\b(?:held|met|took place|convened|meeting)\\b");
    /** A preposition before a place: "in the Council Chamber", "at Zoom", "via Microsoft Teams", "remotely". */
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?i)\\b(?:(remotely)\\b(?!\\s+(?:via|using)\\b|\\s+on\\s+(?:zoom|teams|microsoft|skype)\\b)|((?:remotely\\s+)?(?:in|at|via|using|on))\\s+(?=(?:the\\s+)?(?-i:\\p{Lu})|(?:zoom|teams|microsoft|ms teams|electronic|skype)\\b))");
    private static final Pattern VENUE_STOP = Pattern.compile(
            "(?i)\\s+on\\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|\\d))|\\s+(?:by|on|to|and)\\s+(?=(?-i:\\p{Ll}))|,?\\s+on\\s*$|\\s+at\\s+\\d|\\s+commencing\\b|\\s+when\\s+there|\\s*\\(|\\s+(?:present|apologies|in attendance)\\s*:|\\s*\\n\\s*\\n|\\s+from\\s+\\d|,\\s*(?=\\d{1,2}[.:]\\d\\d|\\d{1,2}\\s*[ap]\\.?m)|\\s+to\\s+consider|\\s+beginning\\b|\\s*[,;]\\s*(?:on\\s+)?(?:mon|tue|wed|thu|fri|sat|sun)\\w*day\\b");
    private static final Pattern TIME = Pattern.compile("(?i)\\d{1,2}(?:[.:]\\d\\d)?\\s*[ap]\\.?m|\\d{1,2}:\\d\\d");
    /** What may stand between the meeting's date and its place: the time, "at", a comma. */
    private static final Pattern AFTER_DATE = Pattern.compile(
            "(?i)^(?:\\s*(?:[,–-]|at|from|commencing|to|\\d{1,2}(?:[.:]\\d\\d)?\\s*(?:[ap]\\.?\\s?m\\.?)?|noon))*\\s*(?:(?:in|at)\\s+)?");
    private static final Pattern PARENTHESISED = Pattern.compile("(?m)^\\s*\\(([^()\\n]{5,150}?),\\s*(\\d{1,2}(?:[.:]\\d\\d)?\\s*[ap]\\.?m[^()\\n]*)\\)\\s*$");
    /** A token that opens the next part of a flattened page: an item number ("C/66/20") or a list marker ("1)"). */
    private static final Pattern ITEM_MARK = Pattern.compile("\\d+/\\S*|\\S*/\\d+\\S*");

    private final Lexicons lexicons;
    private final NameShape shape;
    private final DateRecogniser dates = new DateRecogniser();

    VenueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.shape = new NameShape(lexicons);
    }

    /**
     * The venue stated in {@code title} (the lines that describe the meeting) or in a labelled
     * field of {@code head}; {@code date} is the meeting's date, when known.
     */
    Optional<Stated<String>> find(DocumentText text, Span title, Span head, DateMention date) {
        return labelled(text, head).or(() -> held(text, title, null)).or(() -> afterDate(text, title, date))
                .or(() -> parenthesised(text, head)).or(() -> dateLineThenPlace(text, head))
                .or(() -> date == null ? Optional.empty() : held(text, head, date));
    }

    private Optional<Stated<String>> labelled(DocumentText text, Span head) {
        Matcher label = LABEL.matcher(text.text()).region(head.start(), head.end());
        while (label.find()) {
            int start = label.start(1);
            int end = label.end(1);
            if (start == end) {
                // "Place:" on a line of its own, the place on the next.
                Line next = nextContent(text, text.lineAt(label.start()).index());
                if (next == null) {
                    continue;
                }
                start = next.trimmedSpan().start();
                end = next.trimmedSpan().end();
            }
            Matcher held = HELD_IN.matcher(text.text()).region(start, end);
            Matcher preposition = LEADING_PREPOSITION.matcher(text.text()).region(start, end);
            if (preposition.lookingAt()) {
                // "Venue: in the Council Chambers, Tedder Hall"
                start = preposition.end();
            } else if (held.lookingAt()) {
                Matcher prep = PREPOSITION.matcher(text.text()).region(held.end(), end);
                if (prep.lookingAt() && prep.group(1) == null && !prep.group(2).equalsIgnoreCase("on")) {
                    start = prep.group(2).toLowerCase(Locale.ROOT).matches("in|at") ? prep.end() : prep.start(2);
                } else {
                    start = held.end();
                }
            }
            Optional<Stated<String>> venue = place(text, start, end);
            if (venue.isPresent()) {
                return venue;
            }
        }
        return Optional.empty();
    }

    /**
     * "held in the Council Chamber", in {@code region}; with {@code onDay}, only where the
     * meeting's day is written in the same sentence ("MINUTES OF THE MAY MONTHLY MEETING ...
     * WHICH WAS HELD IN THE TIPPERARY COUNTY COUNCIL DISTRICT OFFICES ... ON WEDNESDAY 24TH MAY").
     */
    private Optional<Stated<String>> held(DocumentText text, Span region, DateMention onDay) {
        Matcher held = HELD_KEYWORD.matcher(text.text()).region(region.start(), region.end());
        while (held.find()) {
            String before = text.text().substring(Math.max(text.lineAt(held.start()).start(), held.start() - 30), held.start());
            if (FUTURE.matcher(before).find() || onDay != null && !sameDayNear(text, held.end(), onDay)) {
                continue;
            }
            Matcher prep = PREPOSITION.matcher(text.text()).region(held.end(), Math.min(text.length(), held.end() + 160));
            // "held on Wednesday 6th December at 10.00 am in Cabinet Room 'B'", but "meeting in County Buildings".
            boolean next = held.group().equalsIgnoreCase("meeting");
            while (prep.find()) {
                String gap = text.text().substring(held.end(), prep.start());
                if (gap.contains("\n\n") || next && !gap.isBlank()) {
                    break;
                }
                Optional<Stated<String>> venue = at(text, prep);
                if (venue.isPresent()) {
                    return venue;
                }
            }
        }
        return Optional.empty();
    }

    private boolean sameDayNear(DocumentText text, int from, DateMention day) {
        for (DateMention d : dates.find(text, new Span(from, Math.min(text.length(), from + 200)))) {
            if (d.day() == day.day() && d.month() == day.month()) {
                return true;
            }
        }
        return false;
    }

    /** The place after the preposition {@code prep} found: "in the Council Chamber", "via Zoom", "remotely". */
    private Optional<Stated<String>> at(DocumentText text, Matcher prep) {
        if (prep.group(1) != null) {
            return Optional.of(new Stated<>(prep.group(1), new Span(prep.start(1), prep.end(1))));
        }
        String preposition = prep.group(2).toLowerCase(Locale.ROOT);
        int start = prep.end();
        int limit = Math.min(text.length(), start + 200);
        String rest = text.text().substring(start, limit);
        if (preposition.equals("on") && !isRemote(Words.of(rest).stream().findFirst().orElse(null))) {
            return Optional.empty();
        }
        Matcher stop = VENUE_STOP.matcher(rest);
        int end = stop.find() ? stop.start() : rest.indexOf('\n') >= 0 ? rest.indexOf('\n') : rest.length();
        if (!preposition.equals("in") && !preposition.equals("at") && !preposition.equals("on")) {
            start = prep.start(2);
        }
        return place(text, start, prep.end() + end);
    }

    /**
     * "Minutes of the Monthly Meeting of the Council on Monday 7th June 2010 in the Council
     * Chamber at 7.00pm", "TUESDAY 23 MAY 2017 COUNCIL CHAMBER, TOWN HOUSE, HADDINGTON": the
     * place written after the meeting's day in the title.
     */
    private Optional<Stated<String>> afterDate(DocumentText text, Span title, DateMention date) {
        if (date == null) {
            return Optional.empty();
        }
        for (DateMention d : dates.find(text, title)) {
            if (d.day() != date.day() || d.month() != date.month()) {
                continue;
            }
            Optional<Stated<String>> venue = placeAfter(text, d);
            if (venue.isPresent()) {
                return venue;
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> placeAfter(DocumentText text, DateMention date) {
        Line line = text.lineAt(date.span().start());
        int end = Math.min(line.end(), date.span().end() + 200);
        Matcher gap = AFTER_DATE.matcher(text.text()).region(date.span().end(), end);
        if (!gap.lookingAt() || gap.end() >= end) {
            return Optional.empty();
        }
        String rest = text.text().substring(gap.end(), end);
        Matcher stop = VENUE_STOP.matcher(rest);
        int cut = stop.find() ? stop.start() : rest.length();
        Optional<Stated<String>> venue = place(text, gap.end(), gap.end() + cut);
        // A place after the date names its kind ("Invercarron Resource Centre", "COUNCIL CHAMBER"):
        // anything else there is the start of the minutes.
        return venue.filter(v -> lexicons.venueHeads().anyIn(v.value()));
    }

    /** "(Former O.A.P Hall, Memorial Hall, Burry Port, 7.00pm – 9.00pm)": a venue with the meeting's times. */
    private Optional<Stated<String>> parenthesised(DocumentText text, Span head) {
        Matcher m = PARENTHESISED.matcher(text.text()).region(head.start(), head.end());
        if (m.find()) {
            return place(text, m.start(1), m.end(1));
        }
        return Optional.empty();
    }

    /**
     * "2nd July 2007, Council Chamber" and a date line with the place on the next line
     * ("Wednesday, 8th July, 2015 2.00 pm" above "Jubilee Room, Civic Centre, Southend-on-Sea").
     */
    private Optional<Stated<String>> dateLineThenPlace(DocumentText text, Span head) {
        for (DateMention d : dates.find(text, head)) {
            Line line = text.lineAt(d.span().start());
            if (MeetingDates.NOT_MEETING_DATE.matcher(line.text()).find() || MeetingDates.EARLIER_MEETING.matcher(line.text()).find()) {
                continue;
            }
            String rest = text.text().substring(d.span().end(), line.end());
            Matcher comma = Pattern.compile("^\\s*,\\s*(\\p{Lu}.*?)\\s*$").matcher(rest);
            Optional<Stated<String>> venue = Optional.empty();
            if (comma.find()) {
                venue = place(text, d.span().end() + comma.start(1), d.span().end() + comma.end(1));
            } else if (TIME.matcher(rest).find() || rest.replaceAll("\\p{P}", "").isBlank()) {
                Line next = nextContent(text, line.index());
                if (next != null && head.contains(next.start())) {
                    venue = place(text, next.trimmedSpan().start(), next.trimmedSpan().end());
                }
            }
            venue = venue.filter(v -> lexicons.venueHeads().anyIn(v.value()));
            if (venue.isPresent()) {
                return venue;
            }
        }
        return Optional.empty();
    }

    /** The place written from {@code start}, cut where the next part of the page begins, if it has a place's shape. */
    private Optional<Stated<String>> place(DocumentText text, int start, int end) {
        List<Word> words = Words.of(text.text().substring(start, end), start);
        int cut = placeEnd(words);
        // A function word does not end a place's name; one written against the word before is part of a postcode ("NG24 1BY").
        while (cut > 0 && (words.get(cut - 1).isPunctuation() && !words.get(cut - 1).text().equals(".")
                || lexicons.functionWords().contains(words.get(cut - 1).text().toLowerCase(Locale.ROOT))
                        && (cut == 1 || words.get(cut - 2).end() < words.get(cut - 1).start()))) {
            cut--;
        }
        if (cut == 0) {
            return Optional.empty();
        }
        Span span = new Span(words.get(0).start(), words.get(cut - 1).end());
        String value = text.flat(span).replaceAll("\\s+", " ").strip();
        if (value.length() < 3 || value.length() > 150 || !dates.find(DocumentText.of(value)).isEmpty()
                || TIME.matcher(value).find() || !shape.isPlaceName(value)) {
            return Optional.empty();
        }
        return Optional.of(new Stated<>(value, span));
    }

    /**
     * Where a place's name ends among {@code words}: before a sentence's full stop, a title
     * before a name ("Uxbridge Councillor John Morgan"), an attendance label, an item number,
     * a dash before lower-case words ("- subject to later approval") or a change between capitals
     * and small letters ("Sligo MEMBERS", "HADDINGTON Council Officials Present").
     */
    private int placeEnd(List<Word> words) {
        int capitals = 0;
        boolean mixed = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String t = w.text();
            if (t.equals(".") && (i == 0 || !lexicons.abbreviations().contains(words.get(i - 1).text()))) {
                return i;
            }
            if (i > 0 && (isTitleBeforeName(words, i) || opensItemMark(words, i)
                    || lexicons.attendanceLabels().longestMatch(texts(words), i) > 0 && isLabelOnly(words, i))) {
                return i;
            }
            if ((t.equals("-") || t.equals("–")) && i + 1 < words.size() && words.get(i + 1).isLowerCase()) {
                return i;
            }
            boolean caps = t.length() >= 3 && t.chars().allMatch(Character::isUpperCase);
            boolean capitalised = w.isCapitalised() && !caps && t.length() > 1 && t.chars().skip(1).anyMatch(Character::isLowerCase);
            if (caps && mixed || capitalised && capitals >= 2) {
                return i;
            }
            capitals = caps ? capitals + 1 : capitalised ? 0 : capitals;
            mixed |= capitalised;
        }
        return words.size();
    }

    /** "Councillor John Morgan" after the place; "MS Teams" is a place's ("Ms" written in capitals). */
    private boolean isTitleBeforeName(List<Word> words, int i) {
        String t = words.get(i).text();
        boolean shortCapitals = t.length() <= 2 && t.equals(t.toUpperCase(Locale.ROOT));
        return lexicons.honorifics().contains(t) && !shortCapitals && i + 1 < words.size() && words.get(i + 1).isCapitalised();
    }

    /** "C/66/20", "66/20", "1)", "(a)": the number of the next item of a flattened page. */
    private static boolean opensItemMark(List<Word> words, int i) {
        Word w = words.get(i);
        boolean glued = i + 1 < words.size() && words.get(i + 1).start() == w.end();
        if (glued && words.get(i + 1).text().equals("/") || ITEM_MARK.matcher(w.text()).matches()) {
            return true;
        }
        if (w.isNumber() && glued && words.get(i + 1).text().equals(")")) {
            return true;
        }
        return w.text().equals("(") && i + 2 < words.size() && words.get(i + 2).text().equals(")") && words.get(i + 1).text().length() == 1;
    }

    private boolean isLabelOnly(List<Word> words, int i) {
        int n = lexicons.attendanceLabels().longestMatch(texts(words), i);
        String label = String.join(" ", texts(words).subList(i, i + n));
        return lexicons.attendanceLabels().contains(label, "label-only");
    }

    private static List<String> texts(List<Word> words) {
        return words.stream().map(Word::text).toList();
    }

    private boolean isRemote(Word w) {
        return w != null && lexicons.venueHeads().contains(w.text(), "remote");
    }

    private static Line nextContent(DocumentText text, int index) {
        List<Line> lines = text.lines();
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
