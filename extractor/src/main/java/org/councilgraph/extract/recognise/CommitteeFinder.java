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
    private static final Pattern MINUTES_OF = Pattern.compile(
            "(?i)\\bminutes\\s+(?:of|for)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:(?:\\p{L}+\\s+)?\\d{4}\\s+)?(.+?)(?=\\s+(?:held|which|that|meeting held|on|at|in|via|remotely)\\b|\\s+\\d|\\s*[,(\\n]|$)");
    private static final Pattern MINUTES_OF_BODY = Pattern.compile(
            "\\b(?:[Mm]inutes?|MINUTES?)\\s+of\\s+(?:the\\s+)?((?:\\p{Lu}[\\w'’()&-]*\\s+){0,6}?\\p{Lu}[\\w'’()&-]*)\\s+(?:[Mm]eeting|held)\\b");
    private static final Pattern PAGE_TITLE = Pattern.compile("(?im)^[ \\t]*(\\p{Lu}[^\\n]{0,80}?)[ \\t]+minutes(?:[ \\t]+[^\\n]{0,30}?\\d{4})?[ \\t]*$");
    private static final Pattern BODY_MET = Pattern.compile("(?i)\\bthe\\s+((?:[\\p{Lu}][\\w'’&-]*\\s+){0,5}([\\p{L}-]+))\\s+met\\b");
    private static final Pattern INVITED = Pattern.compile("(?i)\\binvited to (?:a|the) meeting of (?:the\\s+)?(.+?)\\s*$");
    /** "The Committee resolved", "That Council agreed": a body's head word, capitalised, then what it did. */
    private static final Pattern GENERIC_BODY = Pattern.compile("\\b(?:[Tt]he|That)\\s+(\\p{Lu}[\\p{L}-]*)\\s+(\\p{L}+)\\b");

    private final Lexicons lexicons;
    private final BodyNames bodies;
    private final MeetingTitles titles;
    private final DateRecogniser dates = new DateRecogniser();
    private final MeetingDates meetingDates;
    private final CouncilNames councils;

    CommitteeFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.bodies = new BodyNames(lexicons);
        this.titles = new MeetingTitles(lexicons, bodies);
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
                .or(() -> invited(text, head)).or(() -> titles.meetingOfThatDay(text, head, date))
                .or(() -> ownMinutes(text));
        return named.map(n -> new Found(n, true)).or(() -> actingBody(text).map(n -> new Found(n, false)));
    }

    /**
     * The body a minutes title names, else a title line's. "Minutes - Full Council - 5th May
     * 2020" above "Minutes of a meeting of Bracebridge Heath Parish Council": where the title
     * names only the council, the title line names which of its bodies met.
     */
    private Optional<Stated<String>> titled(DocumentText text, Span title, Span head, DateMention date) {
        Optional<Stated<String>> meeting = titles.meetingOf(text, title);
        Optional<Stated<String>> line = titleLine(text, head, date);
        if (meeting.isPresent() && line.isPresent() && isCouncil(meeting.get().value()) && !isCouncil(line.get().value())
                && !line.get().value().toLowerCase(Locale.ROOT).contains(meeting.get().value().toLowerCase(Locale.ROOT))) {
            return line;
        }
        return meeting.or(() -> line);
    }

    private boolean isCouncil(String body) {
        return councils.in(body).filter(body::equalsIgnoreCase).isPresent();
    }

    private Optional<Stated<String>> labelled(DocumentText text, Span head) {
        Matcher m = LABELLED.matcher(text.text()).region(head.start(), head.end());
        while (m.find()) {
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            Optional<Stated<String>> body = bodies.body(text, m.start(g), m.end(g));
            if (body.isPresent()) {
                return body;
            }
        }
        return Optional.empty();
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
                Optional<Stated<String>> onLine = bodies.body(text, line.start(), d.span().start());
                if (onLine.isPresent()) {
                    return onLine;
                }
            }
            // "Cabinet Committee on Performance Improvement" above "Minutes of the Meeting held on ...".
            Line previous = previousContent(lines, line.index());
            if (previous != null && !previous.trimmed().toLowerCase(Locale.ROOT).contains("held")) {
                List<DateMention> dated = dates.find(text, previous.trimmedSpan());
                int aboveEnd = dated.isEmpty() ? previous.trimmedSpan().end() : dated.get(0).span().start();
                Optional<Stated<String>> above = bodies.body(text, previous.trimmedSpan().start(), aboveEnd);
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
            Optional<Stated<String>> body = bodies.body(text, of.start(1), of.end(1));
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
            Optional<Stated<String>> body = bodies.body(text, m.start(1), m.end(1));
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
                return bodies.body(text, met.start(1), met.end(1));
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> invited(DocumentText text, Span head) {
        Matcher invited = INVITED.matcher(text.text()).region(head.start(), head.end());
        return invited.find() ? bodies.body(text, invited.start(1), invited.end(1)) : Optional.empty();
    }

    /** "The Minutes of the Cabinet meeting held on 30 March 2021 were approved": the body approves its own minutes. */
    private Optional<Stated<String>> ownMinutes(DocumentText text) {
        Matcher m = MINUTES_OF_BODY.matcher(text.text());
        while (m.find()) {
            String line = text.lineAt(m.start()).text();
            Optional<Stated<String>> body = bodies.body(text, m.start(1), m.end(1));
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

    private static Line previousContent(List<Line> lines, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i);
            }
        }
        return null;
    }
}
