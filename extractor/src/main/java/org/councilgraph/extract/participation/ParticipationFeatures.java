package org.councilgraph.extract.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.segment.HeadingText;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.SortedStarts;
import org.councilgraph.extract.text.Span;

/**
 * What the participation model knows about one place a person is named: the nearest attendance
 * label before it (with or without a colon, on the same line or above), the words around it, the
 * cue words of its sentence, its title and any post after it, the shape of its line, the region
 * of the document, and what the rules recorded. Features are named by general properties of
 * minutes, never by a document's wording.
 */
public final class ParticipationFeatures {

    /** How far back a label may stand from the names it heads. */
    private static final int LABEL_REACH = 1500;
    private static final int LABEL_LINES = 40;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern POST_AFTER = Pattern.compile("^\\s*[,(–-]\\s*([^,;()\\n]{2,60})");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** What may stand before a label at the start of its line: item numbers, brackets, white space. */
    private static final Pattern NUMBERING = Pattern.compile("[\\d().\\s/-]");
    private static final Pattern NOT_A_SEPARATOR = Pattern.compile("[^,;|•]");
    /** Stems of the words that say what a sentence records about the people in it. */
    private static final List<String> CUES = List.of("apolog", "present", "attend", "absen", "substitut", "deputis",
            "declar", "interest", "chair", "presid", "welcom", "elect", "propos", "second", "thank", "report", "resolv",
            "agree", "introduc", "explain", "join", "left", "arriv", "observ", "officer", "clerk", "minute", "member",
            "sympath", "death", "congratul", "public", "question", "speak", "spoke", "item");

    private final Lexicons lexicons;
    private final Pattern label;

    public ParticipationFeatures(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.label = Pattern.compile("(?i)(?<![\\p{L}])(" + Lexicon.alternation(lexicons.attendanceLabels().keys())
                + ")(?![\\p{L}])\\s*(:-|:|–|-)?");
    }

    /**
     * An attendance label in the text: where it stands, the section it opens, whether a colon
     * follows it, and whether it is strong (a label-only word, or any label with a colon) rather
     * than a word that may also be a prefix of names ("Councillors", "Members").
     */
    private record Label(int start, int end, String section, boolean colon, boolean strong) {
    }

    /** The labels of one document, found once: every place reads the nearest before it. */
    public final class OfDocument {
        private final DocumentAnalysis analysis;
        private final List<Label> labels = new ArrayList<>();
        /** The shape of each line, worked out once for all the names on it. */
        private final java.util.Map<Line, String> lineShapes = new java.util.HashMap<>();
        private final Sentences sentences;

        OfDocument(DocumentAnalysis analysis) {
            this.analysis = analysis;
            this.sentences = new Sentences(analysis);
            Matcher m = label.matcher(analysis.text().text());
            while (m.find()) {
                // A word that is also a prefix of names ("Councillors", "Members") is a label only with a colon.
                boolean colon = m.group(2) != null;
                boolean strong = colon || lexicons.attendanceLabels().contains(m.group(1), "label-only");
                labels.add(new Label(m.start(1), m.end(), lexicons.attendanceSection(m.group(1)).orElse("present"), colon, strong));
            }
        }

        /** The features of {@code mention}. */
        public String[] of(PersonMention mention) {
            return ParticipationFeatures.this.of(analysis, mention, labels, lineShapes, sentences);
        }
    }

    /** The features of the places of one document. */
    public OfDocument of(DocumentAnalysis analysis) {
        return new OfDocument(analysis);
    }

    /** The features of {@code mention} in {@code analysis}. */
    public String[] of(DocumentAnalysis analysis, PersonMention mention) {
        return of(analysis).of(mention);
    }

    private String[] of(DocumentAnalysis analysis, PersonMention mention, List<Label> labels, java.util.Map<Line, String> lineShapes,
            Sentences sentences) {
        DocumentText text = analysis.text();
        List<String> f = new ArrayList<>();
        f.add("bias");
        PersonName name = mention.name();
        Span span = mention.span();
        title(name, f);
        labelBefore(analysis, span, labels, f);
        context(text, span, f);
        sentence(analysis, span, f, sentences);
        line(text, span, f, lineShapes);
        region(analysis, span, f);
        f.add("rules=" + (mention.rulesStatus() == null ? "none" : mention.rulesStatus().name().toLowerCase(Locale.ROOT)));
        f.add("byrules=" + mention.byRules());
        if (mention.rulesPresided()) {
            f.add("rulespresided");
        }
        return f.toArray(String[]::new);
    }

    private void title(PersonName name, List<String> f) {
        String honorific = name.honorifics().isEmpty() ? "none"
                : lexicons.honorifics().value(name.honorifics().get(0)).map(Lexicon::key).orElse("other");
        f.add("title=" + honorific);
        String kind = name.roleTitle() == null ? "none" : lexicons.roleTitles().value(name.roleTitle()).orElse("other");
        f.add("titlekind=" + kind);
        f.add("given=" + (!name.givenNames().isEmpty() ? "name" : !name.initials().isEmpty() ? "initials" : "none"));
        f.add("postnominals=" + !name.postNominals().isEmpty());
        boolean caps = name.family().equals(name.family().toUpperCase(Locale.ROOT)) && name.family().length() > 1;
        f.add("capsfamily=" + caps);
    }

    /** The nearest attendance label before the name, its section, distance and form. */
    private void labelBefore(DocumentAnalysis analysis, Span span, List<Label> labels, List<String> f) {
        DocumentText text = analysis.text();
        Line here = text.lineAt(span.start());
        int floor = Math.max(0, Math.max(span.start() - LABEL_REACH, text.lines().get(Math.max(0, here.index() - LABEL_LINES)).start()));
        Optional<ItemSegment> item = analysis.itemAt(span.start());
        if (item.isPresent() && item.get().heading().start() > floor) {
            floor = item.get().heading().start();
        }
        int start = -1;
        int end = -1;
        String section = null;
        boolean colon = false;
        String weak = "none";
        for (int i = labels.size() - 1; i >= 0; i--) {
            Label l = labels.get(i);
            if (l.end() <= span.start() && l.start() >= floor && !l.strong() && weak.equals("none")) {
                weak = l.section();
            }
            if (l.end() <= span.start() && l.start() >= floor && l.strong()) {
                start = l.start();
                end = l.end();
                section = l.section();
                colon = l.colon();
                break;
            }
            if (l.start() < floor) {
                break;
            }
        }
        f.add("weaklab=" + weak);
        if (section == null) {
            f.add("lab=none");
            return;
        }
        f.add("lab=" + section);
        int lines = here.index() - text.lineAt(start).index();
        String distance = lines == 0 ? "0" : lines == 1 ? "1" : lines <= 3 ? "2-3" : lines <= 10 ? "4-10" : "11+";
        f.add("labdist=" + distance);
        f.add("lab=" + section + "&dist=" + distance);
        f.add("labcolon=" + colon);
        f.add("lab=" + section + "&colon=" + colon);
        Line labelLine = text.lineAt(start);
        boolean lineStart = NUMBERING.matcher(text.text().substring(labelLine.start(), start).strip()).replaceAll("").isEmpty();
        f.add("labatlinestart=" + lineStart);
        String between = text.text().substring(end, span.start());
        int verbs = 0;
        int stops = 0;
        for (Word w : Words.of(between)) {
            if (lexicons.isSentenceVerb(w.text()) && !w.isCapitalised()) {
                verbs++;
            }
            if (w.text().equals(".")) {
                stops++;
            }
        }
        f.add("verbbetween=" + (verbs > 0));
        f.add("lab=" + section + "&verb=" + (verbs > 0));
        f.add("stopsbetween=" + (stops == 0 ? "0" : stops <= 2 ? "1-2" : "3+"));
        f.add("lab=" + section + "&blank=" + between.contains("\n\n"));
    }

    /** The two words before the name (past its titles) and after it. */
    private void context(DocumentText text, Span span, List<String> f) {
        Line line = text.lineAt(span.start());
        int from = Math.max(line.start() - 120, 0);
        List<Word> before;
        int k;
        // Only the last words count: a long line is read from a space shortly before the name (words
        // never cross white space, so they are the same last words), further back while titles run on.
        for (int reach = 64; ; reach *= 4) {
            int start = span.start() - reach <= from ? from : afterSpace(text.text(), from, span.start() - reach);
            before = Words.of(text.text().substring(start, span.start()));
            k = before.size() - 1;
            while (k >= 0 && (lexicons.honorifics().contains(before.get(k).text()) || lexicons.roleTitles().contains(before.get(k).text())
                    || before.get(k).text().equals("."))) {
                k--;
            }
            if (start == from || k >= 1) {
                break;
            }
        }
        List<Word> after = Words.of(text.text().substring(span.end(), Math.min(text.length(), span.end() + 120)));
        f.add("w-1=" + shape(k >= 0 ? before.get(k).text() : "<s>"));
        f.add("w-2=" + shape(k >= 1 ? before.get(k - 1).text() : "<s>"));
        int j = 0;
        while (j < after.size() && lexicons.postNominals().contains(after.get(j).text())) {
            j++;
        }
        f.add("w+1=" + shape(j < after.size() ? after.get(j).text() : "</s>"));
        f.add("w+2=" + shape(j + 1 < after.size() ? after.get(j + 1).text() : "</s>"));
        String rest = text.text().substring(span.end(), Math.min(text.length(), span.end() + 80));
        Matcher bracket = POST_AFTER.matcher(rest);
        if (bracket.find()) {
            java.util.Set<String> tags = lexicons.postWords().tagsIn(bracket.group(1));
            f.add("post=" + (tags.contains("officer") ? "officer" : tags.contains("attendee") ? "attendee"
                    : tags.contains("member") ? "member" : lexicons.attendanceSection(bracket.group(1).strip()).map(s -> "label-" + s).orElse("none")));
        } else {
            f.add("post=none");
        }
    }

    /** Just after the last white space (as regular expressions mean it) in {@code from..at}, or {@code from}. */
    private static int afterSpace(String text, int from, int at) {
        for (int i = at; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                return i + 1;
            }
        }
        return from;
    }

    private static String shape(String word) {
        if (DIGITS.matcher(word).matches()) {
            return "#";
        }
        if (word.length() == 1 && !Character.isLetterOrDigit(word.charAt(0))) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0))) {
            return lower.length() <= 12 ? "C:" + lower : "C:long";
        }
        return lower.length() <= 14 ? lower : "long";
    }

    /** The cue words of the name's sentence, before and after the name. */
    private void sentence(DocumentAnalysis analysis, Span span, List<String> f, Sentences sentences) {
        Span sentence = sentences.at(span.start());
        SentenceCues cues = sentences.cues(sentence);
        if (cues.first() == null) {
            String before = analysis.text().text().substring(sentence.start(), span.start()).toLowerCase(Locale.ROOT);
            String after = analysis.text().text().substring(span.end(), Math.max(span.end(), sentence.end())).toLowerCase(Locale.ROOT);
            for (String cue : CUES) {
                if (before.contains(cue)) {
                    f.add("cue<" + cue);
                }
                if (after.contains(cue)) {
                    f.add("cue>" + cue);
                }
            }
        } else {
            // The cue is in the text before the name when its first place ends there, after it when its last place starts there.
            int here = span.start() - sentence.start();
            int next = span.end() - sentence.start();
            for (int c = 0; c < CUES.size(); c++) {
                if (cues.first()[c] >= 0 && cues.first()[c] + CUES.get(c).length() <= here) {
                    f.add("cue<" + CUES.get(c));
                }
                if (cues.last()[c] >= 0 && cues.last()[c] >= next && next < sentence.length()) {
                    f.add("cue>" + CUES.get(c));
                }
            }
        }
        int people = cues.people();
        f.add("sentpeople=" + (people <= 1 ? "1" : people <= 3 ? "2-3" : people <= 10 ? "4-10" : "11+"));
        int length = sentence.length();
        f.add("sentlen=" + (length < 80 ? "short" : length < 300 ? "mid" : length < 1200 ? "long" : "vlong"));
    }

    /**
     * The sentences of one document, to find the sentence of each name and its cues once per
     * sentence: a list of a thousand names on one line is one sentence.
     */
    private static final class Sentences {
        private final DocumentAnalysis analysis;
        /** The sentences follow one another without overlapping (as the analysis gives them). */
        private final boolean apart;
        private final java.util.Map<Span, SentenceCues> cues = new java.util.HashMap<>();

        Sentences(DocumentAnalysis analysis) {
            this.analysis = analysis;
            List<Span> all = analysis.sentences();
            boolean inOrder = true;
            for (int i = 1; i < all.size() && inOrder; i++) {
                inOrder = all.get(i - 1).end() <= all.get(i).start() && all.get(i - 1).start() <= all.get(i).start();
            }
            this.apart = inOrder;
        }

        /** The first sentence holding {@code offset}, else its line. */
        Span at(int offset) {
            List<Span> all = analysis.sentences();
            Optional<Span> found;
            if (apart) {
                // Only the last sentence starting at or before the offset can hold it.
                int low = SortedStarts.lastAtOrBefore(all, Span::start, offset);
                found = all.isEmpty() || !all.get(low).contains(offset) ? Optional.empty() : Optional.of(all.get(low));
            } else {
                found = all.stream().filter(s -> s.contains(offset)).findFirst();
            }
            return found.orElse(analysis.text().lineAt(offset).span());
        }

        SentenceCues cues(Span sentence) {
            return cues.computeIfAbsent(sentence, s -> SentenceCues.of(analysis, s));
        }
    }

    /**
     * Where each cue first and last stands in a sentence's lower-case text, and how many names the
     * sentence holds. {@code first} is null when lower-casing the sentence is not the same as
     * lower-casing each part of it (a Σ or a letter whose lower case is longer): then each name reads its parts.
     */
    private record SentenceCues(int[] first, int[] last, int people) {
        static SentenceCues of(DocumentAnalysis analysis, Span sentence) {
            int people = analysis.mentionsIn(sentence).size();
            String written = analysis.text().text().substring(sentence.start(), sentence.end());
            String lower = written.toLowerCase(Locale.ROOT);
            if (lower.length() != written.length() || written.indexOf('\u03A3') >= 0) {
                return new SentenceCues(null, null, people);
            }
            int[] first = new int[CUES.size()];
            int[] last = new int[CUES.size()];
            for (int c = 0; c < CUES.size(); c++) {
                first[c] = lower.indexOf(CUES.get(c));
                last[c] = lower.lastIndexOf(CUES.get(c));
            }
            return new SentenceCues(first, last, people);
        }
    }

    /** A line of names, a sentence, or something else. */
    private void line(DocumentText text, Span span, List<String> f, java.util.Map<Line, String> lineShapes) {
        Line line = text.lineAt(span.start());
        String t = line.trimmed();
        f.add("line=" + lineShapes.computeIfAbsent(line, l -> shapeOf(t)));
        f.add("linelen=" + (t.length() < 40 ? "short" : t.length() < 200 ? "mid" : "long"));
        f.add("linestart=" + (span.start() - line.start() <= 15 && t.indexOf(' ') > 0 ? "near" : "far"));
    }

    /** "list", "names", "prose" or "empty": what a line's words and separators make it. */
    private String shapeOf(String t) {
        int separators = NOT_A_SEPARATOR.matcher(t).replaceAll("").length();
        int lowerWords = 0;
        Matcher w = WORD.matcher(t);
        int words = 0;
        while (w.find()) {
            words++;
            if (Character.isLowerCase(w.group().charAt(0)) && !lexicons.functionWords().contains(w.group())) {
                lowerWords++;
            }
        }
        return words == 0 ? "empty" : lowerWords * 3 < words ? (separators >= 2 ? "list" : "names") : "prose";
    }

    /** Header or item, the kind of item, and how far into the document. */
    private void region(DocumentAnalysis analysis, Span span, List<String> f) {
        Optional<ItemSegment> item = analysis.itemAt(span.start());
        if (item.isEmpty()) {
            f.add("region=header");
        } else {
            String heading = HeadingText.clean(item.get().title());
            String kind = lexicons.attendanceSection(heading).orElse(null);
            String lower = heading.toLowerCase(Locale.ROOT);
            if (kind == null) {
                kind = lower.contains("apolog") ? "apologies" : lower.contains("declar") || lower.contains("interest") ? "declarations"
                        : lower.contains("present") || lower.contains("attend") ? "present" : lower.contains("minute") ? "minutes" : "other";
            }
            f.add("region=item");
            f.add("itemkind=" + kind);
            f.add("itemindex=" + (item.get().position() <= 2 ? "early" : "later"));
        }
        int length = Math.max(1, analysis.text().length());
        f.add("pos=" + Math.min(9, span.start() * 10 / length));
    }
}
