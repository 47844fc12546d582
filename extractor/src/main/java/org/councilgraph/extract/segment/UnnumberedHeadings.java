package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonListParser;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds headings without numbers: short capitalised lines standing alone before the text they
 * head ("Public Question Time", "PUBLIC PARTICIPATION SESSION", "Commencement of the Meeting"),
 * and any heading-like line followed by an agenda instruction ("To receive ...", "To note ...").
 */
final class UnnumberedHeadings {

    private static final Pattern AGENDA_INSTRUCTION = Pattern.compile(
            "^To\\s+(?:receive|note|consider|approve|confirm|agree|answer|sign|elect|appoint|discuss|declare|"
                    + "present|review|report|determine|adopt|authorise|invite|update|endorse)\\b");
    private static final Pattern MARKER_LINE = Pattern.compile(
            "(?i)^(?:no\\.?\\s+item|items|item no\\.?\\s+item under discussion|venue:.*|contact:.*)$");
    /** An attendance label and how those it lists took part: "Present via MS Teams", "Attending remotely". */
    private static final Pattern TAKING_PART = Pattern.compile(
            "(?i)^(.{3,40}?)\\s+(?:via|by|remotely|virtually|online|in person|in the (?:chamber|room)|on (?:zoom|teams|ms teams))\\b.*$|^(.{3,40}?)\\s*\\(.*$");
    private static final Pattern LABEL_WITH_VALUE = Pattern.compile(":\\s*\\S");
    private static final int MAX_WORDS = 12;
    /** A number alone ("19/1/CNL") numbers the heading after it; it is not a heading itself. */
    private static final Pattern ITEM_NUMBER = Pattern.compile(ItemNumber.PATTERN + "\\s*[.:]?");

    private final PersonListParser people = new PersonListParser();
    private final DateRecogniser dates = new DateRecogniser();

    /** Headings in the lines that lie inside {@code region}. */
    List<Heading> find(DocumentText text, Span region) {
        List<Heading> out = new ArrayList<>();
        List<Line> lines = text.lines();
        int firstMarker = firstMarker(text, region);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.start() < region.start() || line.end() > region.end()) {
                continue;
            }
            String t = line.trimmed();
            if (t.isEmpty()) {
                continue;
            }
            int next = nextContent(lines, i, region);
            if (next < 0) {
                continue;
            }
            String following = lines.get(next).trimmed();
            if (Lexicons.standard().attendanceLabels().contains(following.replaceAll("\\.$", ""), "label-only")
                    && Lexicons.standard().attendanceSection(following.replaceAll("\\.$", "")).filter(s -> !s.equals("chair")).isPresent()) {
                // "Committee Member ⏎ Present": a member grid's role cell above its status cell, not a heading over a label.
                continue;
            }
            boolean instruction = AGENDA_INSTRUCTION.matcher(following).find();
            if (!instruction && (i < firstMarker || !standsAlone(lines, i))) {
                continue;
            }
            if (isHeadingLine(text, line, instruction) && !isHeadingLine(text, lines.get(next), false)
                    && !partOfLabel(t, i > 0 ? lines.get(i - 1).trimmed() : "", following)) {
                out.add(new Heading(null, HeadingText.clean(t), line.trimmedSpan(), i));
            }
        }
        return out;
    }

    private boolean isHeadingLine(DocumentText text, Line line, boolean instruction) {
        String t = line.trimmed();
        String clean = HeadingText.clean(t);
        if (clean.isEmpty() || clean.split("\\s+").length > MAX_WORDS || !HeadingText.isHeading(clean)
                || Lexicons.standard().boilerplate().contains(clean) || Lexicons.standard().boilerplate().contains(t)
                || Lexicons.standard().attendanceLabels().contains(clean)
                || MARKER_LINE.matcher(t).matches() || LABEL_WITH_VALUE.matcher(t).find() || ITEM_NUMBER.matcher(t).matches()) {
            return false;
        }
        if (!instruction && !(HeadingText.isTitleCase(clean) || HeadingText.isAllCaps(clean))) {
            return false;
        }
        if (t.endsWith(".") && !t.endsWith("..")) {
            return false;
        }
        if (!dates.find(text, line.span()).isEmpty()) {
            return false;
        }
        var listed = people.parse(text, line.trimmedSpan(), null, PersonListParser.Mode.BLOCK).people();
        return listed.isEmpty();
    }

    /**
     * True for a line that is an attendance label or a piece of one: a label broken over two lines
     * ("Also in" over "Attendance:", "APOLOGIES" over "FOR ABSENCE"), a label with how the people
     * took part ("Present via MS Teams").
     */
    private static boolean partOfLabel(String line, String before, String after) {
        var labels = Lexicons.standard().attendanceLabels();
        String clean = HeadingText.clean(line).replaceAll("[:;.]+$", "");
        String next = after.replaceAll("[:;].*$", "").strip();
        if (labels.contains(clean + " " + next) || !before.isEmpty() && labels.contains(before.replaceAll("[:;.]+$", "") + " " + clean)) {
            return true;
        }
        Matcher manner = TAKING_PART.matcher(clean);
        String label = manner.lookingAt() ? (manner.group(1) != null ? manner.group(1) : manner.group(2)) : null;
        return label != null && labels.contains(label, "label-only");
    }

    private static boolean standsAlone(List<Line> lines, int i) {
        if (i == 0) {
            return true;
        }
        String before = lines.get(i - 1).trimmed();
        if (before.isEmpty() || before.endsWith(".") || before.endsWith(":") || before.endsWith("|") || before.endsWith(";")) {
            return true;
        }
        String[] words = before.split("\\s+");
        String last = words[words.length - 1];
        return Character.isUpperCase(last.codePointAt(0)) || Character.isDigit(last.codePointAt(0));
    }

    private static int nextContent(List<Line> lines, int i, Span region) {
        for (int k = i + 1; k < lines.size() && lines.get(k).start() < region.end(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    /** The index of the first line that shows the meeting record has begun (labels, venue, lists). */
    private int firstMarker(DocumentText text, Span region) {
        List<Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.start() < region.start()) {
                continue;
            }
            if (line.start() >= region.end()) {
                break;
            }
            String t = line.trimmed();
            if (MARKER_LINE.matcher(t).matches()) {
                return i + 1;
            }
            int colon = t.indexOf(':');
            String label = colon > 0 ? t.substring(0, colon) : t;
            if (Lexicons.standard().attendanceLabels().contains(label)) {
                return i + 1;
            }
        }
        return lines.size();
    }
}
