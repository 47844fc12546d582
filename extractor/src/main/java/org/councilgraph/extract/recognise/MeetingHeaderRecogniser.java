package org.councilgraph.extract.recognise;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Reads what the head of the minutes says about the meeting: the council, the committee or
 * body, the date and start time, and the venue. Metadata given by the user wins.
 */
public final class MeetingHeaderRecogniser {

    private final Lexicons lexicons;


    public MeetingHeaderRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** How far into a document the meeting's own description may lie. */
    private static final int HEAD = 2500;
    private static final Pattern HELD_DATE = Pattern.compile(
            "(?i)\\b(?:held|met|took place|convened|meeting:|decided at meeting:|date of meeting:?|date:)[\\s,:–-]*(?:on\\s+)?(?:the\\s+)?$");
    private static final Pattern HELD_LONG = Pattern.compile("(?i)\\b(?:held|met|took place)\\b");
    private static final Pattern NOT_MEETING_DATE = Pattern.compile(
            "(?i)uploaded|published|publication|ago\\b|printed|updated|effective from|call[- ]in|next meeting|deadline|no later than|posted|issued|despatch|dispatch|circulated");
    private static final Pattern EARLIER_MEETING = Pattern.compile("(?i)\\b(?:confirm\\w*|approv\\w*|previous|last meeting|resolved|agreed|to receive|to note)\\b|^\\s*that\\b");
    private static final Pattern APPROVED_AFTER = Pattern.compile(
            "(?i)[^.;]{0,40}?\\b(?:were|was|be|are|is)\\s+(?:\\w+\\s+){0,2}(?:approved|confirmed|agreed|signed|adopted|accepted)\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\(?[a-z0-9]{1,3}[.)]\\s");
    private static final Pattern TITLE_BEFORE = Pattern.compile("^[\\p{Lu}\\d\\W][^\\n]*$");
    /** "The Committee resolved", "That Council agreed": a body's head word, capitalised, then what it did. */
    private static final Pattern GENERIC_BODY = Pattern.compile("\\b(?:[Tt]he|That)\\s+(\\p{Lu}[\\p{L}-]*)\\s+(\\p{L}+)\\b");
    private static final Pattern MINUTES_OF_BODY = Pattern.compile("\\b(?:[Mm]inutes?|MINUTES?)\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\w'’()&-]*\\s+){0,6}?\\p{Lu}[\\w'’()&-]*)\\s+(?:[Mm]eeting|held)\\b");
    private static final Pattern VENUE_LABEL = Pattern.compile("(?im)^\\s*Venue:\\s*(.+?)(?:\\.?\\s*View directions.*)?\\s*$");
    private static final Pattern HELD_KEYWORD = Pattern.compile("(?i)\\b(?:held|met|took place|convened)\\b");
    private static final Pattern PREPOSITION = Pattern.compile(
            "(?i)\\b((?:remotely\\s+)?(?:in|at|via|using))\\s+(?=(?:the\\s+)?\\p{Lu}|zoom|teams|microsoft|ms teams|electronic)");
    private static final Pattern VENUE_STOP = Pattern.compile(
            "(?i)\\s+on\\s+(?=(?:mon|tue|wed|thu|fri|sat|sun|\\d))|\\s+(?:by|on|to|and)\\s+(?=\\p{Ll})|,?\\s+on\\s*$|\\s+at\\s+\\d|\\s+commencing\\b|\\s+when\\s+there|\\s*\\(|\\s+(?:present|apologies|in attendance)\\s*:|\\.(?:\\s|$)|\\s*\\n\\s*\\n|\\s+from\\s+\\d|,\\s*(?=\\d{1,2}[.:]\\d\\d|\\d{1,2}\\s*[ap]\\.?m)|\\s+to\\s+consider|\\s+beginning\\b");
    private static final Pattern TIME_IN_VENUE = Pattern.compile("(?i)\\d{1,2}(?:[.:]\\d\\d)?\\s*[ap]\\.?m|\\d{1,2}:\\d\\d");
    /** Besides the heads of bodies, the words a minutes title names its body with: "Annual Parish Meeting", "Ennis Municipal District". */
    private static final Set<String> TITLE_BODY_WORDS = Set.of("meeting", "district");
    private static final Pattern MINUTES_OF = Pattern.compile(
            "(?i)\\bminutes\\s+(?:of|for)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:meeting\\s+of\\s+(?:the\\s+)?)?(.+?)(?=\\s+(?:held|which|that|meeting held|on|at|in|via|remotely)\\b|\\s+\\d|\\s*[,(\\n]|$)");
    private static final Pattern LABELLED_BODY = Pattern.compile(
            "(?im)^\\s*(?:meeting|decided at meeting):\\s*[\\d/]+\\s*[-–]\\s*(.+?)(?:\\s*\\(item[^)]*\\))?\\s*$|^\\s*decision maker:\\s*(.+?)\\s*$");
    private static final Pattern BODY_MET = Pattern.compile("(?i)\\bthe\\s+((?:[\\p{Lu}][\\w'’&-]*\\s+){0,5}([\\p{L}-]+))\\s+met\\b");
    private static final Pattern INVITED = Pattern.compile("(?i)\\binvited to (?:a|the) meeting of (?:the\\s+)?(.+?)\\s*$");
    private static final Pattern COUNCIL = Pattern.compile(
            "\\b((?:[\\p{Lu}][\\p{L}'’.-]*\\s+(?:&\\s+|and\\s+|of\\s+)?){1,5})(County Borough|Metropolitan Borough|County|City|District|Borough|Town|Parish|Community)?\\s*Council\\b"
                    + "|\\b((?:London|Royal)\\s+Borough\\s+of\\s+[\\p{Lu}][\\p{L}-]+(?:\\s+(?:and|&)\\s+[\\p{Lu}][\\p{L}-]+)?)");

    private final DateRecogniser dates = new DateRecogniser();

    public MeetingHeader recognise(DocumentAnalysis minutes) {
        DocumentMetadata given = minutes.document().metadata();
        DocumentText text = minutes.text();
        Span head = new Span(0, Math.min(text.length(), Math.max(minutes.header().end(), Math.min(HEAD, text.length()))));
        MeetingHeader h = MeetingHeader.EMPTY;
        Optional<Stated<String>> council = given.councilName().map(Stated::given)
                .or(() -> council(text, new Span(0, Math.min(text.length(), Math.min(HEAD, Math.max(minutes.header().end(), 300))))));
        Optional<Stated<String>> committee = given.committeeName().map(Stated::given).or(() -> committee(text, head));
        h = h.withCouncil(council.orElse(null)).withCommittee(committee.orElse(null));
        Span dateRegion = minutes.header();
        if (!minutes.items().isEmpty() && minutes.items().get(0).heading().start() < 600
                && text.quote(minutes.items().get(0).heading()).contains("Meeting:")) {
            dateRegion = dateRegion.union(minutes.items().get(0).heading());
        }
        Optional<DateMention> date = meetingDate(text, dateRegion);
        if (given.date().isPresent()) {
            CalendarDate stated = CalendarDate.of(given.date().get());
            h = h.withDate(Stated.given(stated), date.filter(d -> d.time() != null
                    && minutes.contextYear().complete(d).filter(stated::equals).isPresent())
                    .map(d -> new Stated<>(d.time(), d.span())).orElse(null));
        } else if (date.isPresent()) {
            DateMention d = date.get();
            Optional<CalendarDate> value = minutes.contextYear().complete(d);
            if (value.isPresent()) {
                Stated<LocalTime> time = d.time() == null ? timeAfter(text, d) : new Stated<>(d.time(), d.span());
                h = h.withDate(new Stated<>(value.get(), d.span()), time);
            }
        }
        return h.withVenue(venue(text, head).orElse(null));
    }

    private Optional<DateMention> meetingDate(DocumentText text, Span head) {
        List<DateMention> found = new ArrayList<>();
        for (DateMention d : dates.find(text, head)) {
            Line line = text.lineAt(d.span().start());
            String before = text.text().substring(Math.max(line.start(), d.span().start() - 80), d.span().start());
            String around = text.text().substring(Math.max(line.start(), d.span().start() - 60), Math.min(line.end(), d.span().end() + 30));
            boolean listItem = LIST_ITEM.matcher(line.text()).lookingAt();
            // A date may run over a line break ("Wednesday 6th\nDecember"): read on from its end.
            Line endLine = text.lineAt(Math.max(d.span().start(), d.span().end() - 1));
            String after = text.text().substring(d.span().end(), Math.max(d.span().end(), Math.min(endLine.end(), d.span().end() + 120)));
            // "The minutes of the meeting held on 25th July 2019 were approved ...": an earlier meeting.
            boolean approvedAfter = APPROVED_AFTER.matcher(after).lookingAt();
            // "... referred to the minutes of the meeting held on the 3rd October": minutes talked
            // about in a sentence, not the title of these minutes.
            String lineBefore = text.text().substring(line.start(), d.span().start());
            String lower = lineBefore.strip().toLowerCase(Locale.ROOT);
            int minutesAt = lower.indexOf("minutes");
            approvedAfter |= minutesAt > 0 && hasProse(lineBefore.strip().substring(0, minutesAt));
            if (!NOT_MEETING_DATE.matcher(around).find() && !EARLIER_MEETING.matcher(before).find() && !listItem && !approvedAfter) {
                found.add(d);
            }
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        for (DateMention d : found) {
            if (introducedAsMeetingDate(text, d)) {
                return Optional.of(d);
            }
        }
        for (DateMention d : found) {
            Line line = text.lineAt(d.span().start());
            String before = text.text().substring(line.start(), d.span().start());
            boolean titled = before.isBlank() || TITLE_BEFORE.matcher(before).matches() && !hasProse(before);
            if (titled && (d.hasYear() || before.toLowerCase(Locale.ROOT).contains("minutes"))) {
                return Optional.of(d);
            }
        }
        return found.stream().filter(DateMention::hasYear).findFirst().or(() -> Optional.of(found.get(0)));
    }

    private static final Set<String> TITLE_SMALL_WORDS = Set.of("article", "preposition", "conjunction");
    /** The words of a minutes title that may be written in lower case: "minutes of the meeting held on". */
    private static final Set<String> TITLE_WORDS = Set.of("held", "meeting", "minutes");

    /** True when the text has ordinary lower-case words, as a sentence has and a title does not. */
    private boolean hasProse(String text) {
        int lower = 0;
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
                    && !lexicons.functionWords().containsAny(w, TITLE_SMALL_WORDS) && !TITLE_WORDS.contains(w)) {
                lower++;
            }
        }
        return lower > 0;
    }

    private static boolean introducedAsMeetingDate(DocumentText text, DateMention d) {
        int from = Math.max(0, d.span().start() - 40);
        String before = text.text().substring(from, d.span().start());
        if (HELD_DATE.matcher(before).find()) {
            return true;
        }
        int sentenceStart = Math.max(text.text().lastIndexOf(". ", d.span().start()), d.span().start() - 160);
        String sentence = text.text().substring(Math.max(0, sentenceStart), d.span().start());
        return HELD_LONG.matcher(sentence).find() && sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\bon\\s*(?:the\\s+)?$");
    }

    private Stated<LocalTime> timeAfter(DocumentText text, DateMention d) {
        int end = Math.min(text.length(), d.span().end() + 40);
        String after = text.text().substring(d.span().end(), end);
        Matcher m = Pattern.compile("(?i)^[\\s,]*(?:at|commencing(?: at)?|from)?\\s*(\\d{1,2}(?:[.:]\\d\\d)?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)|\\d{1,2}[:.]\\d\\d)").matcher(after);
        if (m.find()) {
            Optional<LocalTime> t = DateRecogniser.time(m.group(1));
            if (t.isPresent()) {
                return new Stated<>(t.get(), new Span(d.span().end() + m.start(1), d.span().end() + m.end(1)));
            }
        }
        return null;
    }

    private Optional<Stated<String>> venue(DocumentText text, Span head) {
        Matcher label = VENUE_LABEL.matcher(text.text()).region(head.start(), head.end());
        if (label.find()) {
            return Optional.of(new Stated<>(label.group(1).strip().replaceAll("\\.$", ""), new Span(label.start(1), label.end(1))));
        }
        Matcher held = HELD_KEYWORD.matcher(text.text()).region(head.start(), head.end());
        while (held.find()) {
            Matcher prep = PREPOSITION.matcher(text.text()).region(held.end(), Math.min(head.end(), held.end() + 160));
            while (prep.find()) {
                if (text.text().substring(held.end(), prep.start()).contains("\n\n")) {
                    break;
                }
                Optional<Stated<String>> venue = venueAt(text, prep);
                if (venue.isPresent()) {
                    return venue;
                }
            }
        }
        return parenthesisedVenue(text, head).or(() -> venueAfterDate(text, head));
    }

    private Optional<Stated<String>> venueAt(DocumentText text, Matcher prep) {
        int start = prep.end();
        String preposition = prep.group(1).toLowerCase(Locale.ROOT);
        int limit = Math.min(text.length(), start + 200);
        String rest = text.text().substring(start, limit);
        Matcher stop = VENUE_STOP.matcher(rest);
        int end = stop.find() ? stop.start() : rest.indexOf('\n') >= 0 ? rest.indexOf('\n') : rest.length();
        String venue = rest.substring(0, end).replaceAll("\\s+", " ").replaceAll("[,;:\\s]+$", "").strip();
        if (!preposition.equals("in") && !preposition.equals("at")) {
            venue = prep.group(1).strip() + " " + venue;
            start = prep.start(1);
        }
        if (venue.length() < 3 || venue.length() > 150 || Character.isDigit(venue.charAt(0))
                || !dates.find(DocumentText.of(venue)).isEmpty() || TIME_IN_VENUE.matcher(venue).find()) {
            return Optional.empty();
        }
        return Optional.of(new Stated<>(venue, text.trim(new Span(start, start + rest.substring(0, end).length()))));
    }

    /** "(Former O.A.P Hall, Memorial Hall, Burry Port, 7.00pm – 9.00pm)": a venue with the meeting's times. */
    private static Optional<Stated<String>> parenthesisedVenue(DocumentText text, Span head) {
        Matcher m = Pattern.compile("(?m)^\\s*\\(([^()\\n]{5,150}?),\\s*(\\d{1,2}(?:[.:]\\d\\d)?\\s*[ap]\\.?m[^()\\n]*)\\)\\s*$").matcher(text.text()).region(head.start(), head.end());
        if (m.find()) {
            return Optional.of(new Stated<>(m.group(1).strip(), new Span(m.start(1), m.end(1))));
        }
        return Optional.empty();
    }

    /** "2nd July 2007, Council Chamber": a date line that goes on to the venue. */
    private Optional<Stated<String>> venueAfterDate(DocumentText text, Span head) {
        for (DateMention d : dates.find(text, head)) {
            Line line = text.lineAt(d.span().start());
            String rest = text.text().substring(d.span().end(), line.end());
            Matcher m = Pattern.compile("^\\s*,\\s*([\\p{Lu}][^,\\n]{2,80}(?:,[^,\\n]{2,60}){0,3})\\s*$").matcher(rest);
            if (m.find() && !TIME_IN_VENUE.matcher(m.group(1)).find() && lexicons.venueHeads().anyIn(m.group(1))) {
                int s = d.span().end() + m.start(1);
                return Optional.of(new Stated<>(m.group(1).strip(), new Span(s, d.span().end() + m.end(1))));
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> committee(DocumentText text, Span head) {
        Matcher labelled = LABELLED_BODY.matcher(text.text()).region(head.start(), head.end());
        if (labelled.find()) {
            int g = labelled.group(1) != null ? 1 : 2;
            return Optional.of(new Stated<>(labelled.group(g).strip(), new Span(labelled.start(g), labelled.end(g))));
        }
        Optional<Stated<String>> title = titleLine(text, head);
        if (title.isPresent()) {
            return title;
        }
        Matcher of = MINUTES_OF.matcher(text.text()).region(head.start(), head.end());
        while (of.find()) {
            if (EARLIER_MEETING.matcher(text.lineAt(of.start()).text()).find()) {
                continue;
            }
            String body = tidyBody(of.group(1));
            if (namesABody(body) && body.split("\\s+").length <= 12 && !isGeneric(body)) {
                int s = of.start(1);
                return Optional.of(new Stated<>(body, new Span(s, s + of.group(1).length())));
            }
        }
        Matcher met = BODY_MET.matcher(text.text()).region(head.start(), head.end());
        while (met.find()) {
            if (lexicons.organisationHeads().contains(met.group(2), "body")) {
                return Optional.of(new Stated<>(tidyBody(met.group(1)), new Span(met.start(1), met.end(1))));
            }
        }
        Matcher invited = INVITED.matcher(text.text()).region(head.start(), head.end());
        if (invited.find() && namesABody(invited.group(1))) {
            return Optional.of(new Stated<>(tidyBody(invited.group(1)), new Span(invited.start(1), invited.end(1))));
        }
        return ownMinutes(text).or(() -> actingBody(text));
    }

    /** "The Minutes of the Cabinet meeting held on 30 March 2021 were approved": the body approves its own minutes. */
    private Optional<Stated<String>> ownMinutes(DocumentText text) {
        Matcher m = MINUTES_OF_BODY.matcher(text.text());
        while (m.find()) {
            String line = text.lineAt(m.start()).text();
            String body = tidyBody(m.group(1));
            if (EARLIER_MEETING.matcher(line).find() && namesABody(body) && body.split("\\s+").length <= 6
                    && !isGeneric(body)
                    && !body.matches("(?i).*\\b(?:previous|last|special|extraordinary|annual)\\b.*")) {
                return Optional.of(new Stated<>(body, new Span(m.start(1), m.end(1))));
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
     * A title line naming the body before the date: "Minutes - Full Council - 5th May 2020",
     * "Council - Thursday, 26 July 2012 2.00 p.m.", "Planning Committee South" above "28 Oct 2025".
     */
    private Optional<Stated<String>> titleLine(DocumentText text, Span head) {
        List<Line> lines = text.lines();
        for (DateMention d : dates.find(text, head)) {
            Line line = text.lineAt(d.span().start());
            if (NOT_MEETING_DATE.matcher(line.text()).find()) {
                continue;
            }
            String before = text.text().substring(line.start(), d.span().start());
            String candidate = tidyBody(before.replaceAll("(?i)^\\s*minutes\\s*(?:of|for)?\\s*[-–:]?\\s*", "")
                    .replaceAll("\\s*[-–,]?\\s*$", ""));
            if (acceptableTitle(candidate)) {
                int s = line.start() + before.indexOf(candidate);
                return Optional.of(new Stated<>(candidate, new Span(s, Math.min(text.length(), s + candidate.length()))));
            }
            // "Cabinet Committee on Performance Improvement" above "Minutes of the Meeting held on ...".
            Line previous = previousContent(lines, line.index());
            if (previous != null) {
                String above = tidyBody(previous.trimmed());
                if (acceptableTitle(above)) {
                    return Optional.of(new Stated<>(above, previous.trimmedSpan()));
                }
            }
            break;
        }
        return Optional.empty();
    }

    private boolean acceptableTitle(String candidate) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        return !candidate.isEmpty() && candidate.split("\\s+").length <= 10 && namesABody(candidate)
                && !isGeneric(candidate) && !lower.startsWith("minutes of") && !lower.contains("held")
                && !lower.contains(":");
    }

    /** True when some word of {@code phrase} is the head of a body ("Planning Committee") or a title's word for one. */
    private boolean namesABody(String phrase) {
        if (phrase.contains("\n")) {
            return false;
        }
        return lexicons.organisationHeads().tagsIn(phrase).contains("body")
                || java.util.Arrays.stream(Lexicon.key(phrase).split("[^\\p{L}]+")).anyMatch(TITLE_BODY_WORDS::contains);
    }

    /** "Meeting" on its own names no body. */
    private static boolean isGeneric(String body) {
        return body.matches("(?i)(?:the\\s+)?(?:meeting|meetings|minutes of meeting|ordinary meeting|special meeting)");
    }

    private static Line previousContent(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }

    private static String tidyBody(String raw) {
        String b = raw.replaceAll("\\s+", " ").strip();
        b = b.replaceAll("(?i)^(?:<<\\s*)?(?:and|the|a|an)\\s+", "");
        b = b.replaceAll("(?i)\\s+(?:held|meeting held)$", "");
        b = b.replaceAll("(?i)^(?:minutes|agenda|agenda and minutes)\\s*[-–:]\\s*", "");
        if (b.matches("(?i)^(?:its|their|this|that|our|previous|last)\\b.*")) {
            return "";
        }
        return b.replaceAll("[\\s,;:–-]+$", "").strip();
    }

    private Optional<Stated<String>> council(DocumentText text, Span head) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Span> first = new HashMap<>();
        Matcher m = COUNCIL.matcher(text.text());
        while (m.find()) {
            String name;
            Span span;
            if (m.group(3) != null) {
                name = m.group(3);
                span = new Span(m.start(3), m.end(3));
            } else {
                String stem = m.group(1).strip();
                if (stem.split("\\s+").length == 1 && m.group(2) == null && !head.contains(m.start())) {
                    continue;
                }
                span = new Span(m.start(1), m.end());
                name = text.flat(span);
            }
            name = name.replaceAll("^(?i:the|and|of|minutes|meeting)\\s+", "");
            if (name.matches("(?i)^(?:member|members|leader|chair|chairman|officer|representative|clerk)\\b.*")) {
                continue;
            }
            if (name.split("\\s+").length < 2 || name.matches("(?i)(?:the|full|parish|town|county|district|city|community|borough)\\s+council")) {
                continue;
            }
            counts.merge(name, head.contains(span.start()) ? 3 : 1, Integer::sum);
            first.putIfAbsent(name, span);
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -first.get(e.getKey()).start()))
                .map(e -> new Stated<>(e.getKey(), first.get(e.getKey())));
    }
}
