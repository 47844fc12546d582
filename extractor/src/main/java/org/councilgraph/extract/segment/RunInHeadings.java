package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds numbered headings run into the middle of the long lines of flattened PDF text: "... T
 * Wilcox 23 APOLOGIES FOR ABSENCE Councillors ...", "... were intimated. 2 Order of Business The
 * Clerk advised ...", "... and B Sweeny. C/67/20 APOLOGIES Apologies were received ...".
 *
 * <p>A number in running text is a heading only when it continues the document's own series:
 * another heading of the same shape is the number just before or just after it ("C/67/20" after
 * "C/66/20", "24" after "23"). Where the heading ends is judged from its case and shape: a run of
 * capitals ends at the first word in lower case; a capitalised heading ends at a label colon, a
 * full stop, a dash, or where a sentence begins ("... of Interest No declarations were ...").
 */
final class RunInHeadings {

    /** Lines longer than this hold running text rather than one heading or list entry. */
    static final int LONG_LINE = 300;
    private static final int MAX_WORDS = 15;
    private static final int MAX_STEP = 3;
    private static final Pattern NUMBER = Pattern.compile(
            "(" + ItemNumber.PATTERN + ")(?:\\s*[.:)]|\\s+[–-])?\\s+(?=[\\p{Lu}‘“\"'])");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern LABEL_CUT = Pattern.compile("\\s+(?:Minutes|Decision|Additional documents):");
    private static final Pattern COLON_CUT = Pattern.compile("\\s*:\\s+(?=\\S)");
    private static final Pattern PART_CUT = Pattern.compile("\\s+(?:\\(?[a-z]\\)|\\(\\d{1,2}\\))\\s+(?=\\p{Lu})");
    private static final Pattern DASH_CUT = Pattern.compile("\\s+[–—-]\\s+");
    private static final Pattern STOP_CUT = Pattern.compile("(?<=[\\p{Ll}\\p{Lu}\\d)’']{2})\\s?\\.\\s+(?=[\\p{Lu}\\d‘“(])");
    private static final Pattern MARKER = Pattern.compile("RESOLVED|AGREED|DECISION|RECOMMENDED");
    /** Function words that begin a sentence when capitalised inside a heading: "... Sympathy The Members ...". */
    private static final Set<String> STARTERS = Set.of("article", "determiner", "pronoun");

    private final DateRecogniser dates = new DateRecogniser();

    /** A number in running text followed by something that may be a heading. */
    private record Candidate(ItemNumber number, int numberStart, int titleStart, int titleEnd, int line) {

        Heading heading(DocumentText text) {
            String title = text.text().substring(titleStart, titleEnd);
            return new Heading(number, HeadingText.clean(title), text.trim(new Span(numberStart, titleEnd)), line);
        }
    }

    /**
     * The headings run into the long lines of {@code text} that continue the series of another
     * heading: one of {@code known} (found at line starts) or another run-in heading.
     */
    List<Heading> find(DocumentText text, List<Heading> known) {
        List<Candidate> candidates = new ArrayList<>();
        for (Line line : text.lines()) {
            if (line.text().length() > LONG_LINE) {
                candidates.addAll(inLine(text, line));
            }
        }
        List<Heading> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (continuesSeries(c, candidates, known)) {
                out.add(c.heading(text));
            }
        }
        return out;
    }

    private List<Candidate> inLine(DocumentText text, Line line) {
        String s = line.text();
        List<Span> dateSpans = dates.find(DocumentText.of(s)).stream().map(DateMention::span).toList();
        List<int[]> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            boolean wordStart = i == 0 || Character.isWhitespace(s.charAt(i - 1));
            if (!wordStart || Character.isWhitespace(s.charAt(i))) {
                continue;
            }
            m.region(i, s.length());
            if (m.lookingAt() && !inDate(dateSpans, i, m.end(1))) {
                if (!numbers.isEmpty() && numbers.get(numbers.size() - 1)[1] > i) {
                    // "SDCC 1.2.2.1": the number is "1.2.2.1", not a prefix and a number spaced apart.
                    numbers.remove(numbers.size() - 1);
                }
                numbers.add(new int[] {i, m.end(1), m.end()});
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            int[] n = numbers.get(k);
            ItemNumber number = ItemNumber.of(s.substring(n[0], n[1]));
            if (number.looksLikeDate() || number.isSubNumber() || cited(previousWord(s, n[0]))) {
                continue;
            }
            int limit = s.length();
            for (int j = k + 1; j < numbers.size(); j++) {
                if (numbers.get(j)[0] >= n[2]) {
                    limit = numbers.get(j)[0];
                    break;
                }
            }
            String rest = s.substring(n[2], limit);
            int length = titleLength(rest);
            String title = rest.substring(0, Math.max(0, length));
            boolean afterWord = LOWER_WORD.matcher(previousWord(s, n[0])).matches();
            boolean marked = n[2] > n[1] && !s.substring(n[1], n[2]).isBlank() || number.printed().endsWith(".");
            // After a word in lower case a count may stand ("... received 5 Objections ..."): only a number marked as a
            // heading's ("8.25 pm 1685. Minutes.") or a heading in capitals ("a true record 1360 MATTERS ARISING") stands out.
            if (length > 0 && HeadingFinder.acceptable(title) && (!afterWord || marked || HeadingText.isAllCaps(title))) {
                out.add(new Candidate(number, line.start() + n[0], line.start() + n[2], line.start() + n[2] + length, line.index()));
            }
        }
        return out;
    }

    /** The word before {@code at}, with its punctuation. */
    private static String previousWord(String s, int at) {
        String before = s.substring(0, at).stripTrailing();
        if (before.isEmpty()) {
            return "";
        }
        return before.substring(before.lastIndexOf(' ') + 1);
    }

    /** "item 5", "No. 28", "of 1": a number after these is cited or counted, not a heading. */
    private static boolean cited(String previous) {
        String word = bare(previous);
        if (word.isEmpty()) {
            return false;
        }
        return Lexicons.standard().itemReferences().contains(word)
                || Character.isLowerCase(word.codePointAt(0)) && Lexicons.standard().functionWords().contains(word);
    }

    private static boolean inDate(List<Span> dateSpans, int start, int end) {
        return dateSpans.stream().anyMatch(d -> d.overlaps(new Span(start, end)));
    }

    private static boolean continuesSeries(Candidate c, List<Candidate> candidates, List<Heading> known) {
        for (Candidate other : candidates) {
            if (other != c && linked(c.number(), c.numberStart(), other.number(), other.numberStart())) {
                return true;
            }
        }
        for (Heading h : known) {
            if (h.number() != null && linked(c.number(), c.numberStart(), h.number(), h.span().start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean linked(ItemNumber a, int aStart, ItemNumber b, int bStart) {
        if (aStart == bStart || !a.shape().equals(b.shape())) {
            return false;
        }
        return aStart > bStart ? follows(a, b) : follows(b, a);
    }

    /**
     * True when {@code next} is the next number of the series after {@code previous}: one part
     * rises by a little, and the parts after it stay or start again ("C/67/20" after "C/66/20",
     * "2.1" after "1.2").
     */
    static boolean follows(ItemNumber next, ItemNumber previous) {
        List<Integer> n = next.order();
        List<Integer> p = previous.order();
        if (n.size() != p.size()) {
            return false;
        }
        for (int i = 0; i < n.size(); i++) {
            int step = n.get(i) - p.get(i);
            if (step != 0) {
                if (step < 1 || step > MAX_STEP) {
                    return false;
                }
                for (int j = i + 1; j < n.size(); j++) {
                    if (!n.get(j).equals(p.get(j)) && n.get(j) > 1) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The length of the heading at the start of {@code rest}, or 0 when it has none. */
    static int titleLength(String rest) {
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD.matcher(rest);
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        if (words.isEmpty()) {
            return 0;
        }
        String first = rest.substring(words.get(0)[0], words.get(0)[1]);
        int end = HeadingText.isAllCaps(first) && first.chars().filter(Character::isLetter).count() >= 2
                ? capitalsEnd(rest, words) : mixedEnd(rest, words);
        if (end <= 0) {
            return 0;
        }
        String title = rest.substring(0, end).replaceAll("[\\s:;,.–—-]+$", "");
        return title.split("\\s+").length > MAX_WORDS ? 0 : title.length();
    }

    /** "APOLOGIES FOR ABSENCE Councillors ...": the heading is the run of words in capitals. */
    private static int capitalsEnd(String rest, List<int[]> words) {
        int end = 0;
        for (int k = 0; k < words.size(); k++) {
            String word = rest.substring(words.get(k)[0], words.get(k)[1]);
            if (word.chars().anyMatch(Character::isLowerCase) || k > 0 && MARKER.matcher(word.replaceAll("[^A-Z]", "")).matches()) {
                break;
            }
            end = words.get(k)[1];
            if (word.endsWith(":")) {
                break;
            }
        }
        return end;
    }

    /** "Order of Business The Clerk advised ...": the heading ends at a separator or where a sentence starts. */
    private static int mixedEnd(String rest, List<int[]> words) {
        int cut = rest.length();
        for (Pattern p : List.of(LABEL_CUT, COLON_CUT, PART_CUT, DASH_CUT, STOP_CUT)) {
            Matcher m = p.matcher(rest);
            if (m.find() && m.start() > 0) {
                cut = Math.min(cut, m.start());
            }
        }
        for (int k = 1; k < words.size() && words.get(k)[0] < cut; k++) {
            String word = bare(rest.substring(words.get(k)[0], words.get(k)[1]));
            if (word.isEmpty()) {
                continue;
            }
            if (MARKER.matcher(word).matches()) {
                // "Exclusion of the Press and Public RESOLVED that ..."
                return words.get(k)[0];
            }
            boolean capital = Character.isUpperCase(word.codePointAt(0));
            if (capital && Lexicons.standard().functionWords().containsAny(word, STARTERS)) {
                return words.get(k)[0];
            }
            if (!capital && Character.isLetter(word.codePointAt(0)) && !Lexicons.standard().functionWords().contains(word)
                    && !participle(rest, words, k)) {
                int j = k - 1;
                while (j > 0 && isLowerFunctionWord(bare(rest.substring(words.get(j)[0], words.get(j)[1])))) {
                    j--;
                }
                return j > 0 ? words.get(j)[0] : cut;
            }
        }
        return cut;
    }

    /** "held on", "referred to": a participle with its preposition stays in a heading. */
    private static boolean participle(String rest, List<int[]> words, int k) {
        String word = bare(rest.substring(words.get(k)[0], words.get(k)[1]));
        if (!word.endsWith("ed") && !word.equals("held")) {
            return false;
        }
        String next = k + 1 < words.size() ? bare(rest.substring(words.get(k + 1)[0], words.get(k + 1)[1])) : "";
        return Lexicons.standard().functionWords().contains(next, "preposition");
    }

    private static boolean isLowerFunctionWord(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0)) && Lexicons.standard().functionWords().contains(word);
    }

    private static String bare(String word) {
        return word.replaceAll("^[^\\p{L}\\p{N}&]+|[^\\p{L}\\p{N}&’']+$", "");
    }
}
