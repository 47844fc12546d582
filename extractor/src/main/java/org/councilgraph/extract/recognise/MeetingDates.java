package org.councilgraph.extract.recognise;

import java.time.LocalTime;
import java.util.ArrayList;
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
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Picks the date of the meeting among the dates of the head of the minutes: one introduced as
 * the meeting's ("held on", "Date:"), else one on a title line, else the first with a year;
 * never the date of an earlier meeting whose minutes are approved, of a publication or of a
 * deadline. A decision record names its meeting in a labelled field anywhere on the page
 * ("Decided at meeting: 13/06/2019 - Cabinet").
 */
final class MeetingDates {

    static final Pattern HELD_DATE = Pattern.compile(
            "(?i)\\b(?:held|met|took place|convened|meeting:|decided at meeting:|made at meeting:|date of meeting:?|date:)[\\s,:–-]*(?:on\\s+)?(?:the\\s+)?$");
    private static final Pattern HELD_LONG = Pattern.compile("(?i)\\b(?:held|met|took place)\\b");
    static final Pattern NOT_MEETING_DATE = Pattern.compile(
            "(?i)uploaded|published|publication|ago\\b|printed|updated|effective from|call[- ]in|next meeting|deadline|no later than|posted|issued|despatch|dispatch|circulated|views\\b");
    static final Pattern EARLIER_MEETING = Pattern.compile(
            "(?i)\\b(?:confirm\\w*|approv\\w*|previous|last meeting|resolved|agreed|to receive|to note)\\b|^\\s*that\\b");
    private static final Pattern APPROVED_AFTER = Pattern.compile(
            "(?i)[^.;]{0,40}?\\b(?:were|was|be|are|is)\\s+(?:\\w+,?\\s+){0,3}(?:approved|confirmed|agreed|signed|adopted|accepted)\\b");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\(?[a-z0-9]{1,3}[.)]\\s");
    private static final Pattern TITLE_BEFORE = Pattern.compile("^[\\p{Lu}\\d\\W][^\\n]*$");
    /** A decision record's field naming the meeting, wherever it stands on the page. */
    private static final Pattern DECISION_FIELD = Pattern.compile("(?im)^\\s*(?:decided|made) at meeting:\\s*");
    /** "Minutes COUNCIL 5 July 2018 Meeting held at ...": a title date followed by the meeting it dates. */
    private static final Pattern MEETING_AFTER = Pattern.compile("(?i)^\\s*[,–-]?\\s*meeting\\s+held\\b");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "(?i)^[\\s,]*(?:at|commencing(?: at)?|from)?\\s*(\\d{1,2}(?:[.:]\\d\\d)?\\s*(?:a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)|\\d{1,2}[:.]\\d\\d)");
    /** How near the top of the page a title outside the header may stand: under the viewer's chrome, not down among the items. */
    private static final int TOP_OF_PAGE = 800;
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("article", "preposition", "conjunction");
    /** The words of a minutes title that may be written in lower case: "minutes of the meeting held on". */
    private static final Set<String> TITLE_WORDS = Set.of("held", "meeting", "minutes");

    private final Lexicons lexicons;
    private final DateRecogniser dates = new DateRecogniser();

    MeetingDates(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The meeting's date in {@code header}; failing that, a date introduced as the meeting's in
     * {@code firstItem} (a page number read as an item heading can leave the title outside the
     * header) or in a decision record's field.
     */
    Optional<DateMention> find(DocumentText text, Span header, Span firstItem) {
        Optional<DateMention> found = pick(text, candidates(text, header));
        if (found.isPresent()) {
            return found;
        }
        Optional<DateMention> introduced = candidates(text, firstItem).stream()
                .filter(d -> d.span().start() < TOP_OF_PAGE && introducedAsMeetingDate(text, d) && titleBefore(text, d)).findFirst();
        return introduced.or(() -> decisionField(text));
    }

    private Optional<DateMention> decisionField(DocumentText text) {
        Matcher m = DECISION_FIELD.matcher(text.text());
        while (m.find()) {
            List<DateMention> after = dates.find(text, new Span(m.end(), text.lineAt(m.end()).end()));
            if (!after.isEmpty() && after.get(0).span().start() == m.end()) {
                return Optional.of(after.get(0));
            }
        }
        return Optional.empty();
    }

    /** The dates of {@code region} that may be the meeting's: not an earlier meeting's, a publication's or a list item's. */
    private List<DateMention> candidates(DocumentText text, Span region) {
        List<DateMention> found = new ArrayList<>();
        for (DateMention d : dates.find(text, region)) {
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
            String lineBefore = text.text().substring(Math.max(line.start(), d.span().start() - 200), d.span().start());
            String lower = lineBefore.strip().toLowerCase(Locale.ROOT);
            int minutesAt = lower.lastIndexOf("minutes");
            approvedAfter |= minutesAt > 0 && hasProse(lineBefore.strip().substring(0, minutesAt));
            if (!NOT_MEETING_DATE.matcher(around).find() && !EARLIER_MEETING.matcher(before).find() && !listItem && !approvedAfter) {
                found.add(d);
            }
        }
        return found;
    }

    private Optional<DateMention> pick(DocumentText text, List<DateMention> found) {
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

    /** "Minutes of Council Meeting held on": the words before the date on its line are a title's, of no earlier meeting. */
    private boolean titleBefore(DocumentText text, DateMention d) {
        Line line = text.lineAt(d.span().start());
        String before = text.text().substring(Math.max(line.start(), d.span().start() - 200), d.span().start());
        String wholeLine = text.text().substring(line.start(), d.span().start());
        return !hasProse(before) && !EARLIER_MEETING.matcher(wholeLine).find();
    }

    /** True when the text has ordinary lower-case words, as a sentence has and a title does not. */
    boolean hasProse(String text) {
        int lower = 0;
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))
                    && !lexicons.functionWords().containsAny(w, TITLE_SMALL_WORDS) && !TITLE_WORDS.contains(w)) {
                lower++;
            }
        }
        return lower > 0;
    }

    /** "held on 6th December", "Date: 6 December", "Minutes COUNCIL 5 July 2018 Meeting held at". */
    static boolean introducedAsMeetingDate(DocumentText text, DateMention d) {
        int from = Math.max(0, d.span().start() - 40);
        String before = text.text().substring(from, d.span().start());
        if (HELD_DATE.matcher(before).find()) {
            return true;
        }
        String after = text.text().substring(d.span().end(), Math.min(text.length(), d.span().end() + 30));
        if (MEETING_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        int sentenceStart = Math.max(text.text().lastIndexOf(". ", d.span().start()), d.span().start() - 160);
        String sentence = text.text().substring(Math.max(0, sentenceStart), d.span().start());
        return HELD_LONG.matcher(sentence).find() && sentence.toLowerCase(Locale.ROOT).matches("(?s).*\\bon\\s*(?:the\\s+)?$");
    }

    /** The start time written right after the date: "Monday 5 May 2020 at 7.30pm". */
    static Stated<LocalTime> timeAfter(DocumentText text, DateMention d) {
        int end = Math.min(text.length(), d.span().end() + 40);
        Matcher m = TIME_AFTER.matcher(text.text().substring(d.span().end(), end));
        if (m.find()) {
            Optional<LocalTime> t = DateRecogniser.time(m.group(1));
            if (t.isPresent()) {
                return new Stated<>(t.get(), new Span(d.span().end() + m.start(1), d.span().end() + m.end(1)));
            }
        }
        return null;
    }
}
