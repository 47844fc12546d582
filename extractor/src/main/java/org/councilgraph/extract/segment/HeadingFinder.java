package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds numbered item headings: a number alone on its line followed by the heading ("369." then
 * "Apologies and Welcome"), a number run into its heading ("SPCLL.20 APOLOGIES FOR ABSENCE",
 * "573. Apologies for Absence: There were no absentees"), and the item named by an issue page
 * ("Meeting: 09/01/2018 - Committee (Item 2)").
 */
final class HeadingFinder {

    private static final Pattern MARKER = Pattern.compile("</?AI\\d+>");
    private static final Pattern NUMBER_ONLY = Pattern.compile(
            "^\\s*(?:(?i:(?:headed\\s+)?(?:agenda\\s+)?(?:item|minute|min\\.?)\\s+(?:no\\.?\\s*)?))?(" + ItemNumber.PATTERN + ")\\s*[.:]?\\s*$");
    private static final Pattern RUN_IN = Pattern.compile(
            "^\\s*(?:(?i:(?:agenda\\s+)?(?:item|minute|min\\.?)\\s+(?:no\\.?\\s*)?))?(" + ItemNumber.PATTERN + ")(?:(?:\\s*[.:)]|\\s+[–-])?\\s+(?=[\\p{Lu}\\d‘“\"'(])|(?<=\\d)(?=\\p{Lu}{2}))(.+)$");
    /** A table row whose first cells are the number and the heading: "| 2. | Declarations of interest | ... |". */
    private static final Pattern PIPE_ROW = Pattern.compile(
            "^\\s*\\|\\s*(" + ItemNumber.PATTERN + ")\\s*\\|\\s*([^|]*[^|\\s])\\s*\\|");
    private static final Pattern LIST_MARKED = Pattern.compile("(\\d{1,4}\\.)\\s+(?=\\p{Lu})");
    private static final Pattern ISSUE_MEETING = Pattern.compile("^\\s*Meeting:\\s*.+\\(Item\\s+([^)]+)\\)\\s*$");
    private static final int LONG_LINE = 400;
    private static final Pattern INLINE_LABEL = Pattern.compile("(?<=[.:;]\\s{1,3})(\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){1,5}):\\s+(?=\\p{Lu}\\p{Ll})");
    private static final Pattern LABEL_CUT = Pattern.compile("\\s+(?:Minutes|Decision|Additional documents):");
    /** A heading that is an attendance label with its list run in after a separator. */
    private static final Pattern LABEL_THEN_LIST = Pattern.compile("(\\p{L}[\\p{L} ]{1,40}?)\\s*(?::-|:|[–—]|-(?=\\s))\\s*(?=\\S)");
    private static final Pattern COLON_CUT = Pattern.compile(":\\s+(?=\\S)");
    private static final Pattern PART_CUT = Pattern.compile("\\s+(?:\\(?[a-z]\\)|\\(\\d{1,2}\\))\\s+(?=\\p{Lu})");
    private static final Pattern DASH_CUT = Pattern.compile("\\s+[–—-]\\s+");
    private static final Pattern STOP_CUT = Pattern.compile("(?<=[\\p{Ll}\\p{Lu}\\d)’']{2})\\.\\s+(?=[\\p{Lu}\\d‘“(])");

    private static final org.councilgraph.extract.date.DateRecogniser DATES = new org.councilgraph.extract.date.DateRecogniser();

    List<Heading> find(DocumentText text) {
        List<Heading> out = new ArrayList<>();
        List<Heading> dateShaped = new ArrayList<>();
        List<Line> lines = text.lines();
        String issueNumber = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String content = MARKER.matcher(line.text()).replaceAll(" ".repeat(5)).replace('\t', ' ');
            Matcher issue = ISSUE_MEETING.matcher(content);
            if (issue.matches()) {
                issueNumber = issue.group(1).strip();
                issueHeading(text, i, issue).ifPresent(out::add);
                continue;
            }
            if (issueNumber != null) {
                // An issue page is about one item; other numbered lines are paragraphs or table rows.
                Matcher same = RUN_IN.matcher(content);
                if (!same.matches() || !same.group(1).equals(issueNumber)) {
                    continue;
                }
            }
            Matcher row = PIPE_ROW.matcher(content);
            if (row.find()) {
                ItemNumber number = ItemNumber.of(row.group(1));
                String title = row.group(2);
                if (!number.looksLikeDate() && acceptable(title)) {
                    out.add(new Heading(number, HeadingText.clean(title),
                            new Span(line.start() + row.start(1), line.start() + row.end(2)), i));
                }
                continue;
            }
            Matcher only = NUMBER_ONLY.matcher(content);
            if (only.matches()) {
                numberLine(text, i, only).ifPresent(h -> (h.number().looksLikeDate() ? dateShaped : out).add(h));
                continue;
            }
            if (content.length() > LONG_LINE) {
                inline(text, line, i, out);
            }
            Matcher runIn = RUN_IN.matcher(content);
            if (runIn.matches() && !referenceInText(content, runIn)) {
                ItemNumber number = ItemNumber.of(runIn.group(1));
                String rest = runIn.group(2);
                Matcher inner = LIST_MARKED.matcher(rest);
                if (inner.lookingAt() && !ItemNumber.of(inner.group(1)).looksLikeDate()) {
                    // "1. 4. Meeting Minutes": a list's own marker printed before the item's number.
                    number = ItemNumber.of(inner.group(1));
                    rest = rest.substring(inner.end());
                }
                int length = runInTitleLength(rest);
                String title = rest.substring(0, length);
                if (acceptable(title) && lettersOutsideDates(content.strip()) >= 3) {
                    int titleStart = line.start() + runIn.end(2) - rest.length();
                    Span span = text.trim(new Span(line.start() + runIn.start(1), titleStart + length));
                    (number.looksLikeDate() ? dateShaped : out).add(new Heading(number, HeadingText.clean(title), span, i));
                }
            }
        }
        out.addAll(numberedSeries(dateShaped));
        out.sort(java.util.Comparator.comparingInt(Heading::line));
        return out;
    }

    /**
     * The date-shaped numbers ("19.03.01", "19.03.02") that number a series of items: numbers
     * that share every part but the last, whose last parts count up by one. Dates heading a
     * line ("25.08.2015 Site visit") do not count up that way.
     */
    static List<Heading> numberedSeries(List<Heading> dateShaped) {
        java.util.Map<List<Integer>, List<Heading>> byStem = new java.util.LinkedHashMap<>();
        for (Heading h : dateShaped) {
            List<Integer> order = h.number().order();
            byStem.computeIfAbsent(order.subList(0, order.size() - 1), k -> new ArrayList<>()).add(h);
        }
        List<Heading> out = new ArrayList<>();
        for (List<Heading> series : byStem.values()) {
            long steps = 0;
            for (int k = 1; k < series.size(); k++) {
                List<Integer> a = series.get(k - 1).number().order();
                List<Integer> b = series.get(k).number().order();
                if (b.get(b.size() - 1) == a.get(a.size() - 1) + 1) {
                    steps++;
                }
            }
            if (series.size() >= 2 && steps * 2 >= series.size() - 1) {
                out.addAll(series);
            }
        }
        return out;
    }

    /**
     * "Agenda item 8 ‘Register of Interests’ as a member whose ...": an item named in a sentence.
     * "Agenda item" heads an item only with its number marked off ("Agenda Item 1: Apologies").
     */
    private static boolean referenceInText(String content, Matcher runIn) {
        String lead = content.substring(0, runIn.start(1)).strip().toLowerCase(Locale.ROOT);
        return lead.startsWith("agenda") && !AFTER_NUMBER_MARK.matcher(content).region(runIn.end(1), content.length()).lookingAt();
    }

    private static final Pattern AFTER_NUMBER_MARK = Pattern.compile("\\s*[.:)–-]");

    /** Unnumbered headings inside the long lines of flattened PDF text: "... A.S.O. VOTES OF SYMPATHY: Votes ...". */
    private static void inline(DocumentText text, Line line, int index, List<Heading> out) {
        Matcher label = INLINE_LABEL.matcher(line.text());
        while (label.find()) {
            String title = label.group(1);
            if (!Lexicons.standard().attendanceLabels().contains(title) && title.split("\\s+").length >= 2 && acceptable(title)
                    && !Lexicons.standard().boilerplate().contains(HeadingText.clean(title))) {
                out.add(new Heading(null, HeadingText.clean(title),
                        new Span(line.start() + label.start(1), line.start() + label.end(1)), index));
            }
        }
    }

    private Optional<Heading> numberLine(DocumentText text, int i, Matcher only) {
        ItemNumber number = ItemNumber.of(only.group(1));
        List<Line> lines = text.lines();
        for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
            Line next = lines.get(k);
            String content = MARKER.matcher(next.text()).replaceAll("").strip();
            if (content.isEmpty()) {
                continue;
            }
            String title = LABEL_CUT.split(content, 2)[0];
            if (!acceptable(title) || NUMBER_ONLY.matcher(content).matches()) {
                return java.util.Optional.empty();
            }
            Line numberLine = lines.get(i);
            Span numberSpan = numberLine.trimmedSpan();
            Span titleSpan = next.trimmedSpan();
            return java.util.Optional.of(new Heading(number, HeadingText.clean(title),
                    new Span(numberSpan.start(), titleSpan.end()), i));
        }
        return java.util.Optional.empty();
    }

    private Optional<Heading> issueHeading(DocumentText text, int i, Matcher issue) {
        List<Line> lines = text.lines();
        ItemNumber number = ItemNumber.of(issue.group(1).strip());
        for (int k = i + 1; k < Math.min(lines.size(), i + 4); k++) {
            String content = lines.get(k).trimmed();
            if (!content.isEmpty()) {
                if (content.startsWith(number.printed() + " ")) {
                    // The item line repeats the number: it is a heading of its own.
                    break;
                }
                if (acceptable(content)) {
                    return java.util.Optional.of(new Heading(number, HeadingText.clean(content),
                            lines.get(i).trimmedSpan().union(lines.get(k).trimmedSpan()), i));
                }
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /** The length of the heading at the start of a line whose heading runs on into the minute text. */
    static int runInTitleLength(String rest) {
        Matcher label = LABEL_THEN_LIST.matcher(rest);
        if (label.lookingAt() && Lexicons.standard().attendanceLabels().contains(label.group(1))) {
            // "23.191 Apologies :- Cllrs Ellis, Halgarth": the heading is the label, the list its body.
            return label.group(1).length();
        }
        String t = LABEL_CUT.split(rest, 2)[0];
        Matcher colon = COLON_CUT.matcher(t);
        if (colon.find() && colon.start() > 2) {
            t = t.substring(0, colon.start());
        }
        Matcher part = PART_CUT.matcher(t);
        if (part.find() && part.start() > 2) {
            t = t.substring(0, part.start());
        }
        t = cutAtSentence(t, DASH_CUT);
        t = cutAtSentence(t, STOP_CUT);
        t = cutCapitalRun(t);
        return t.stripTrailing().length();
    }

    /** How many letters the text has outside the dates written in it. */
    static int lettersOutsideDates(String s) {
        StringBuilder rest = new StringBuilder(s);
        for (var d : DATES.find(DocumentText.of(s))) {
            for (int i = d.span().start(); i < d.span().end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return rest.toString().replaceAll("[^\\p{L}]", "").length();
    }

    private static String cutAtSentence(String t, Pattern separator) {
        Matcher m = separator.matcher(t);
        List<int[]> cuts = new ArrayList<>();
        while (m.find()) {
            cuts.add(new int[] {m.start(), m.end()});
        }
        for (int k = 0; k < cuts.size(); k++) {
            int to = k + 1 < cuts.size() ? cuts.get(k + 1)[0] : t.length();
            String part = t.substring(cuts.get(k)[1], to);
            if (startsSentence(part) || k + 1 < cuts.size() && startsSentence(t.substring(cuts.get(k)[1]))
                    && HeadingText.isSentence(part)) {
                return t.substring(0, cuts.get(k)[0]);
            }
        }
        return t;
    }

    /** "DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be ..." */
    private static String cutCapitalRun(String t) {
        int n = capitalRunLength(t);
        return n > 0 ? t.substring(0, n) : t;
    }

    /**
     * The length of a heading in capitals at the start of {@code t} that runs on into ordinary
     * text (a sentence, or a RESOLVED marker), or 0 when there is none.
     */
    static int capitalRunLength(String t) {
        String[] words = t.strip().split("\\s+");
        if (words.length < 3 || !HeadingText.isAllCaps(words[0]) || !HeadingText.isAllCaps(words[1])) {
            return 0;
        }
        int pos = t.indexOf(words[0]);
        int end = 0;
        for (String w : words) {
            int at = t.indexOf(w, pos);
            boolean marker = w.replaceAll("[^A-Za-z]", "").matches("RESOLVED|AGREED|DECISION|RECOMMENDED");
            if (w.chars().anyMatch(Character::isLowerCase) || marker && end > 0) {
                String rest = t.substring(at);
                return marker || !HeadingText.isTitleCase(rest) || startsSentence(rest) ? end : 0;
            }
            pos = at + w.length();
            end = pos;
        }
        return 0;
    }

    /** True when the text starts a sentence: a capitalised word then mostly lower-case words. */
    static boolean startsSentence(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < 3 || words[0].isEmpty() || !Character.isUpperCase(words[0].codePointAt(0))) {
            return false;
        }
        int lower = 0;
        int n = Math.min(words.length, 6);
        for (int k = 1; k < n; k++) {
            if (!words[k].isEmpty() && Character.isLowerCase(words[k].codePointAt(0))) {
                lower++;
            }
        }
        String head = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, 12)));
        return HeadingText.isSentence(head) || lower * 2 >= n - 1 && lower >= 3;
    }

    /**
     * True when a numbered line's text can be its heading. Page furniture words ("Attendance",
     * "Declarations of Interests") are headings when numbered: furniture carries no item number.
     */
    static boolean acceptable(String title) {
        String clean = HeadingText.clean(title);
        if (!HeadingText.isHeading(clean)) {
            return false;
        }
        long letters = clean.chars().filter(Character::isLetter).count();
        long visible = clean.chars().filter(c -> !Character.isWhitespace(c)).count();
        if (letters * 3 < visible) {
            return false;
        }
        String lower = clean.toLowerCase(Locale.ROOT);
        if (lower.endsWith(";") || lower.endsWith(",")) {
            return false;
        }
        return lettersOutsideDates(clean) >= 3;
    }

}
