package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Cuts meeting pages flattened to text into item rows: table rows ending in {@code |}, or lines
 * that run a heading, its agenda text and "Minutes:" together. The heading is the start of the
 * row before its description.
 */
final class RowSegmenter {

    private static final Pattern LABEL = Pattern.compile("\\b(?:Minutes|Decision):");
    private static final Pattern SEPARATOR_LINE = Pattern.compile("^[\\s|:-]*$");
    private static final Pattern LOST_HEADING = Pattern.compile("^To\\s+\\p{Ll}");
    private static final Pattern MINUTES_TOPIC = Pattern.compile("(?i)\\bminutes?\\b.{0,120}\\b(?:confirmed|approved|agreed|signed|accepted|correct record|taken as read)");
    private static final Pattern ADDITIONAL = Pattern.compile("(?i)Additional documents:?");
    private static final Pattern STOP = Pattern.compile("\\.\\s+(?=[\\p{Lu}\\d‘“(])");
    private static final Set<String> SMALL = Set.of("of", "and", "the", "for", "to", "in", "on", "at", "a", "an", "by",
            "with", "from", "under", "&", "or");

    /** A row: its whole span and where its heading ends. */
    record Row(Span span, String title, Span heading) {
    }

    static boolean isPipeTable(DocumentText text) {
        int rows = 0;
        for (Line l : text.lines()) {
            String t = l.trimmed();
            if (t.endsWith("|") && t.length() > 3 && !SEPARATOR_LINE.matcher(t).matches()) {
                rows++;
            }
        }
        return rows >= 2 && LABEL.matcher(text.text()).find();
    }

    static boolean isMinutesRows(DocumentText text) {
        int inline = 0;
        for (Line l : text.lines()) {
            Matcher m = LABEL.matcher(l.text());
            if (m.find() && !l.text().substring(0, m.start()).isBlank()) {
                inline++;
            }
        }
        return inline >= 2;
    }

    List<Row> pipeRows(DocumentText text) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        for (Line l : text.lines()) {
            String t = l.trimmed();
            if (SEPARATOR_LINE.matcher(t).matches()) {
                if (start >= 0 && t.contains("|")) {
                    spans.add(new Span(start, l.start()));
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = l.trimmedSpan().start();
            }
            if (t.endsWith("|")) {
                int bar = l.text().lastIndexOf('|');
                spans.add(new Span(start, l.start() + bar));
                start = -1;
            }
        }
        if (start >= 0) {
            spans.add(new Span(start, text.length()));
        }
        List<Row> rows = new ArrayList<>();
        for (Span s : spans) {
            for (Span part : splitAtInlineRows(text, text.trim(s))) {
                row(text, text.trim(part)).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /**
     * A table row that lost its closing bar holds the next row too; a later line that runs a
     * heading into "Minutes:" starts a row of its own.
     */
    private static List<Span> splitAtInlineRows(DocumentText text, Span row) {
        List<Span> out = new ArrayList<>();
        int start = row.start();
        for (Line l : text.lines()) {
            if (l.start() <= row.start() || l.start() >= row.end()) {
                continue;
            }
            Matcher m = LABEL.matcher(l.text());
            if (m.find() && m.start() > 0) {
                String prefix = l.text().substring(0, m.start());
                int length = titleLength(prefix);
                String title = HeadingText.clean(prefix.substring(0, length));
                if (!title.isEmpty() && HeadingText.isHeading(title) && !LOST_HEADING.matcher(title).find()
                        && !Lexicons.standard().boilerplate().contains(title) && (HeadingText.isTitleCase(title) || HeadingText.isAllCaps(title))) {
                    out.add(new Span(start, l.start()));
                    start = l.start();
                }
            }
        }
        out.add(new Span(start, row.end()));
        return out;
    }

    List<Row> minutesRows(DocumentText text) {
        List<Line> lines = text.lines();
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Matcher m = LABEL.matcher(l.text());
            if (m.find() && !l.text().substring(0, m.start()).isBlank()) {
                int startLine = i;
                for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                    String t = lines.get(k).trimmed();
                    if (t.isEmpty() || (!starts.isEmpty() && k <= starts.get(starts.size() - 1))) {
                        break;
                    }
                    if (HeadingText.isHeading(t) && HeadingText.isTitleCase(t) && t.split("\\s+").length <= 12) {
                        startLine = k;
                        break;
                    }
                }
                if (starts.isEmpty() || startLine > starts.get(starts.size() - 1)) {
                    starts.add(startLine);
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < starts.size(); r++) {
            int from = lines.get(starts.get(r)).start();
            int to = r + 1 < starts.size() ? lines.get(starts.get(r + 1)).start() : text.length();
            row(text, text.trim(new Span(from, to))).ifPresent(rows::add);
        }
        return rows;
    }

    private java.util.Optional<Row> row(DocumentText text, Span span) {
        if (span.length() == 0) {
            return java.util.Optional.empty();
        }
        String content = text.quote(span);
        Matcher label = LABEL.matcher(content);
        if (!label.find()) {
            return java.util.Optional.empty();
        }
        String prefix = ADDITIONAL.matcher(content.substring(0, label.start())).replaceAll(" ");
        String minutes = content.substring(label.end());
        int titleLength = titleLength(prefix);
        String title = HeadingText.clean(prefix.substring(0, titleLength));
        Span heading;
        if (title.isEmpty()) {
            if (!MINUTES_TOPIC.matcher(minutes).find()) {
                return java.util.Optional.empty();
            }
            // The heading "Minutes" merges into its "Minutes:" label when the page is flattened.
            title = "Minutes";
            heading = new Span(span.start() + label.start(), span.start() + label.end() - 1);
        } else if (LOST_HEADING.matcher(title).find() || !HeadingText.isHeading(title)
                || Lexicons.standard().boilerplate().contains(title)) {
            return java.util.Optional.empty();
        } else {
            heading = text.trim(new Span(span.start(), span.start() + titleLength));
        }
        return java.util.Optional.of(new Row(span, title, heading));
    }

    /** How much of a row's text before "Minutes:" is the heading rather than agenda text. */
    static int titleLength(String prefix) {
        String p = prefix.stripTrailing();
        int newline = p.indexOf('\n');
        if (newline > 0) {
            String first = p.substring(0, newline).strip();
            if (HeadingText.isHeading(first) && HeadingText.isTitleCase(first)) {
                return newline;
            }
        }
        int capitals = HeadingFinder.capitalRunLength(p);
        if (capitals > 0) {
            return capitals;
        }
        Matcher stop = STOP.matcher(p);
        if (stop.find() && p.substring(0, stop.start()).split("\\s+").length <= 20) {
            return stop.start();
        }
        Matcher furniture = Pattern.compile("(?i)\\s*(?:pdf icon\\s*)?\\bPDF\\s+\\d").matcher(p);
        if (furniture.find()) {
            return furniture.start();
        }
        String[] words = p.split("\\s+");
        int pos = 0;
        for (int k = 0; k < words.length; k++) {
            int at = p.indexOf(words[k], pos);
            if (k >= 1 && k + 1 < words.length && startsDescription(words[k], words[k + 1])) {
                return at;
            }
            pos = at + words[k].length();
        }
        return p.length();
    }

    private static boolean startsDescription(String word, String next) {
        if (word.isEmpty() || next.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        String n = next.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(next.codePointAt(0)) && !SMALL.contains(n) && !word.endsWith(":");
    }
}
