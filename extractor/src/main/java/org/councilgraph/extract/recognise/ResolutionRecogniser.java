package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Reads the decisions a meeting recorded. Marked decisions (RESOLVED, AGREED, DECISION,
 * RECOMMENDED) run from their marker to the end of their paragraph and are split into their
 * lettered or numbered parts; plainly worded decisions ("It was agreed that ...", "The minutes
 * ... were approved", "X was elected Chairman") are read sentence by sentence.
 */
final class ResolutionRecogniser implements Recogniser {

    private final Lexicons lexicons;


    ResolutionRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.plain = new PlainDecisions(lexicons);
        List<String> markers = lexicons.decisionWords().keysTagged("marker");
        String manner = "(?i:" + Lexicon.alternation(lexicons.decisionWords().keysTagged("manner")) + ")";
        String upper = String.join("|", markers.stream().map(w -> w.toUpperCase(Locale.ROOT)).toList());
        List<String> alone = lexicons.decisionWords().keysTagged("alone");
        String title = titleCase(markers.stream().filter(alone::contains).toList());
        String labelOnly = titleCase(markers.stream().filter(w -> !alone.contains(w)).toList());
        // "RESOLVED", "Resolved:" / "Resolved that" / "Resolved unanimously that", "Decided:", "it was resolved (unanimously) that".
        this.marker = Pattern.compile("\\b(?:(" + upper + ")\\b|(" + title + ")\\b(?=(?:\\s+" + manner + ")?\\s*(?:[:–—-]|that\\b|to\\b|\\(|\\n|$)"
                + "|\\.\\s+\\p{Lu}|\\s+on the (?:proposal|motion)\\b)|(" + labelOnly + ")\\b(?=(?:\\s+" + manner + ")?\\s*(?:[:–—-]|that\\b|to\\b))|(resolved)\\b(?=(?:\\s+" + manner + ")?\\s*(?::|that\\b|to\\b|at this point))"
                + "|(agreed|decided)(?=\\s*:))");
        this.closes = Pattern.compile("^(?:\\s+" + manner + ")?(?:\\s+and\\s+\\p{Lu}{3,})?\\s*(?:[.;]|$)");
        this.closesAfter = Pattern.compile("(?i)(?:\\band|,|\\bwas|\\bwere|\\bbeen)(?:\\s+" + manner + ")?\\s*$");
        this.afterMarker = Pattern.compile("^(?:\\s+(" + manner + ")\\b)?(?:\\s*\\(([^)]{1,80})\\))?(?:\\s+(" + manner
                + ")\\b)?[\\s:;,.–—-]*(?:\\s*T\\s?H\\s?A\\s?T\\b)?");
        List<String> labels = new ArrayList<>();
        for (String key : lexicons.boilerplate().keys()) {
            if (key.endsWith(":") && key.length() > 1) {
                labels.add("(?-i:" + Pattern.quote(key.substring(0, 1).toUpperCase(Locale.ROOT)) + ")"
                        + Lexicon.alternation(List.of(key.substring(1, key.length() - 1))) + ":");
            }
        }
        this.furnitureLabel = Pattern.compile("(?i)(?<=\\s)(?:" + String.join("|", labels) + ")");
        this.nextMarker = Pattern.compile("\\n[ \\t]*(?:\\(?(?:\\d{1,2}|[a-z])[.)][ \\t]*)?(?:" + upper + "|Resolved|Agreed)\\b");
    }

    /**
     * A decision marker: group 1 in capitals, group 2 a label word that may end its line ("Resolved"),
     * group 3 one that may not ("Decided:"), group 4 "it was resolved that", group 5 "The Committee agreed:-".
     */
    private final Pattern marker;
    /** After a marker in capitals, the end of its sentence: "... AGREED.", "... AGREED and SIGNED.", "... CARRIED unanimously." */
    private final Pattern closes;
    /** Before such a marker, in its sentence, what makes it close the sentence: "... and", "... was", "..., ". */
    private final Pattern closesAfter;
    private static String titleCase(List<String> words) {
        return String.join("|", words.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList());
    }

    /** What may stand between a marker and its decision: a manner ("unanimously"), an outcome in brackets, "that". */
    private final Pattern afterMarker;
    /** A marker at a line start: the next decision, where the one before ends. */
    private final Pattern nextMarker;
    /** A furniture label ending in a colon, capitalised, in running text: "Supporting documents:". */
    private final Pattern furnitureLabel;
    private static final String LABEL = "(?:\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|\\d{1,2}[.)]|\\(\\d{1,2}\\)|[A-H]\\.)";
    /** A part label: at a line start before any word ("a)         the proposals be piloted"), in running text before "That" or a capital. */
    private static final Pattern PART = Pattern.compile(
            "(?m)(?:^[ \\t]*(?=" + LABEL + "\\s+\\p{L})|(?<=[;:.]|\\band)\\s+(?=" + LABEL + "\\s+(?:[Tt]hat\\b|\\p{Lu})))(" + LABEL + ")\\s+");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t]*\\n|\\s(?:Minutes|Decision):|\\|");
    /** "Resolved. The Minutes ... be signed as a correct record.": a marker with a full stop marks one sentence. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.](?=\\s|$)|\\n");
    private static final int MAX_TEXT = 1500;

    private final PlainDecisions plain;

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return new ArrayList<>(resolutions(analysis));
    }

    /** The decisions recorded in {@code minutes}: marked ones first, then plainly worded ones. */
    List<Resolution> resolutions(DocumentAnalysis minutes) {
        DocumentText text = minutes.text();
        List<Resolution> out = new ArrayList<>();
        List<Span> regions = new ArrayList<>();
        regions.add(minutes.header());
        for (ItemSegment item : minutes.items()) {
            regions.add(item.minutes());
        }
        List<Span> marked = new ArrayList<>();
        for (Span region : regions) {
            Matcher m = marker.matcher(text.text()).region(region.start(), region.end());
            int skipUntil = -1;
            while (m.find()) {
                if (m.start() < skipUntil) {
                    continue;
                }
                Span extent = marked(text, m, region, out, minutes);
                if (extent != null) {
                    marked.add(extent);
                    skipUntil = extent.end();
                }
            }
        }
        for (Span whole : minutes.sentences()) {
            Span sentence = afterMinutesLabel(minutes, whole);
            if (marked.stream().anyMatch(s -> s.overlaps(sentence)) || inDescription(minutes, sentence)) {
                continue;
            }
            for (PlainDecisions.Decision d : plain.find(text, sentence)) {
                int item = minutes.itemPositionAt(d.span().start());
                String plainText = text.flat(d.span());
                boolean repeatsMarked = out.stream().anyMatch(r -> r.itemPosition() == item && !"plain".equals(r.marker())
                        && overlap(r.text(), plainText) >= 0.4);
                if (!repeatsMarked) {
                    out.add(new Resolution(item, plainText, d.span(), d.label(), "plain", null));
                }
            }
        }
        return out;
    }

    /** Reads one marked decision; returns the span it covers, or null when the marker marks nothing. */
    private Span marked(DocumentText text, Matcher m, Span region, List<Resolution> out, DocumentAnalysis minutes) {
        String marker = java.util.stream.IntStream.rangeClosed(1, 5).mapToObj(m::group).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        Span closed = closing(text, m, minutes, out);
        if (closed != null) {
            return closed;
        }
        int after = m.end();
        Matcher a = afterMarker.matcher(text.text()).region(after, region.end());
        String outcome = null;
        if (a.lookingAt()) {
            outcome = a.group(2) != null ? a.group(2) : a.group(1) != null ? a.group(1) : a.group(3);
            after = a.end();
        }
        if (marker.equalsIgnoreCase("DECISION")) {
            Matcher next = this.marker.matcher(text.text()).region(after, Math.min(region.end(), after + 40));
            if (next.find()) {
                return null;
            }
        }
        int end = extentEnd(text, after, region.end());
        if (text.text().startsWith(".", m.end())) {
            Matcher stop = SENTENCE_END.matcher(text.text()).region(Math.min(after, end), end);
            if (stop.find()) {
                end = stop.end();
            }
        }
        Span body = text.trim(new Span(after, Math.max(after, end)));
        if (body.length() < 3) {
            return null;
        }
        String quoted = text.quote(body);
        if (quoted.toLowerCase(Locale.ROOT).matches("(?s)(?:none|there were none|nil|noted|n/a)\\.?")) {
            return null;
        }
        Span whole = new Span(m.start(), body.end());
        int item = minutes.itemPositionAt(m.start());
        List<Span> parts = parts(text, body);
        if (parts.size() <= 1) {
            out.add(new Resolution(item, clean(text, body), unquoted(text, body), null, marker.toUpperCase(Locale.ROOT), outcome));
        } else {
            Matcher label = PART.matcher(text.text());
            for (Span part : parts) {
                String partLabel = label.region(part.start(), part.end()).lookingAt() ? label.group(1) : null;
                Span partText = partLabel == null ? part : text.trim(new Span(label.end(), part.end()));
                out.add(new Resolution(item, clean(text, partText), unquoted(text, partText), partLabel,
                        marker.toUpperCase(Locale.ROOT), outcome));
            }
        }
        return whole;
    }

    /**
     * A marker in capitals that closes its sentence records the vote on it: "The minutes were
     * PROPOSED by Cllr Ronson, SECONDED by Cllr Howard, AGREED and SIGNED." is the decision; when the
     * sentence only puts a motion to the vote ("The motion was put to the vote and AGREED."), the
     * decision is the motion, the paragraph before it that starts "that ...". Returns the span read,
     * or null when the marker does not close its sentence.
     */
    private Span closing(DocumentText text, Matcher m, DocumentAnalysis minutes, List<Resolution> out) {
        if (m.group(1) == null) {
            return null;
        }
        Span sentence = minutes.sentences().stream().filter(s -> s.start() <= m.start() && m.start() < s.end()).findFirst().orElse(null);
        if (sentence == null) {
            return null;
        }
        int start = sentence.start();
        int blank = text.text().lastIndexOf("\n\n", m.start() - 2);
        if (blank >= start) {
            start = blank + 2;
        }
        String before = text.text().substring(start, m.start());
        Matcher c = closes.matcher(text.text()).region(m.end(), text.text().length());
        int end;
        if (c.lookingAt() && closesAfter.matcher(before).find() && lexicons.decisionWords().contains(m.group(1), "closing")) {
            end = c.end();
        } else if (SUBJECT_BEFORE.matcher(before).find() && !IT_BEFORE.matcher(before).find()
                && !text.text().substring(m.end()).stripLeading().startsWith(":")) {
            // "The Council Monthly Meeting on Monday 10th May 2010 were RESOLVED to be accepted and approved.": the
            // subject before the marker is part of the decision.
            end = sentence.end();
        } else {
            return null;
        }
        Span decision = text.trim(new Span(start, end));
        int item = minutes.itemPositionAt(m.start());
        if (MOTION_PUT.matcher(before).find()) {
            Span motion = paragraphBefore(text, start);
            if (motion == null || !MOTION_TEXT.matcher(text.quote(motion)).lookingAt() || minutes.itemPositionAt(motion.start()) != item) {
                return null;
            }
            decision = motion;
        }
        out.add(new Resolution(item, clean(text, decision), decision, null, m.group(1).toUpperCase(Locale.ROOT), null));
        return new Span(decision.start(), Math.max(decision.end(), end));
    }

    /** "The minutes ... were RESOLVED to": a subject of at least two words, then the passive before the marker. */
    private static final Pattern SUBJECT_BEFORE = Pattern.compile("(?i)\\S+\\s+\\S+.*\\b(?:was|were)\\s*$");
    /** "It was RESOLVED that": the marker's decision follows it. */
    private static final Pattern IT_BEFORE = Pattern.compile("(?i)\\bit\\s+(?:\\w+\\s+)?(?:was|were)\\s*$");

    /** "The motion was put to the vote and": a sentence that only records a vote on a motion stated before it. */
    private static final Pattern MOTION_PUT = Pattern.compile("(?i)^\\s*(?:the |this |that )?(?:motion|proposal|amendment|recommendations?)\\b");
    /** The text of a motion: "that items 19, 20 be taken immediately after item 5." */
    private static final Pattern MOTION_TEXT = Pattern.compile("(?i)\\s*[\"“]?that\\b");

    /** The paragraph ending before {@code pos}, past blank lines, or null at the start of the text. */
    private static Span paragraphBefore(DocumentText text, int pos) {
        String t = text.text();
        int end = pos;
        while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        int start = t.lastIndexOf("\n\n", end - 2);
        Span p = text.trim(new Span(start < 0 ? 0 : start + 2, end));
        return p.length() > 0 ? p : null;
    }

    /** Where a marked decision ends: the end of its paragraph, past any blank lines before its parts. */
    private int extentEnd(DocumentText text, int from, int regionEnd) {
        String rest = text.text().substring(from, regionEnd);
        int lead = 0;
        while (lead < rest.length() && Character.isWhitespace(rest.charAt(lead))) {
            lead++;
        }
        int pos = lead;
        while (true) {
            Matcher stop = PARAGRAPH_END.matcher(rest).region(pos, rest.length());
            if (!stop.find()) {
                pos = rest.length();
                break;
            }
            String following = rest.substring(stop.end()).stripLeading();
            if (stop.group().contains("\n") && PART.matcher(following).lookingAt()
                    || stop.group().contains("\n") && following.startsWith("\u201c")) {
                pos = stop.end();
                continue;
            }
            pos = stop.start();
            break;
        }
        Matcher next = nextMarker.matcher(rest).region(lead, pos);
        if (next.find()) {
            pos = next.start();
        }
        pos = furnitureStart(rest, lead, pos);
        if (pos - lead > MAX_TEXT) {
            int stopAt = rest.indexOf(". ", lead + 200);
            pos = stopAt > 0 && stopAt < pos ? stopAt + 1 : Math.min(pos, lead + MAX_TEXT);
        }
        return from + pos;
    }

    /**
     * Where page furniture starts inside {@code rest[from, to)}, else {@code to}: a line that is
     * furniture ("Share this item"), or a furniture label run into the decision's paragraph
     * ("... signed by the Chair as a correct record. Supporting documents: Minutes ...").
     */
    private int furnitureStart(String rest, int from, int to) {
        Matcher label = furnitureLabel.matcher(rest).region(from, to);
        int end = label.find() ? label.start() : to;
        int lineStart = rest.indexOf('\n', from);
        while (lineStart >= 0 && lineStart < end) {
            int lineEnd = rest.indexOf('\n', lineStart + 1);
            String line = rest.substring(lineStart + 1, lineEnd < 0 || lineEnd > end ? end : lineEnd).strip();
            if (!line.isEmpty() && lexicons.boilerplate().contains(line)) {
                return lineStart;
            }
            lineStart = lineEnd;
        }
        return end;
    }

    /** The parts of a decision: "a) That ...; b) That ...", "1. That ... 2. That ...". */
    private List<Span> parts(DocumentText text, Span body) {
        List<Integer> starts = new ArrayList<>();
        Matcher p = PART.matcher(text.text()).region(body.start(), body.end());
        while (p.find()) {
            starts.add(p.start(1));
        }
        List<Span> out = new ArrayList<>();
        if (starts.size() < 2) {
            return List.of(body);
        }
        String lead = text.quote(new Span(body.start(), starts.get(0))).strip();
        // "that:" before the parts only leads into them; a longer lead-in ending in a colon ("to allocate ... the places
        // on, and membership of: (1) The main committees ...") reads as one with the first part.
        boolean leadIn = lead.replaceAll("[\\s–—-]+$", "").endsWith(":");
        if (leadIn && lead.split("\\s+").length > 2) {
            starts.set(0, body.start());
        } else if (lead.length() > 3 && !leadIn) {
            out.add(text.trim(new Span(body.start(), starts.get(0))));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : body.end();
            out.add(text.trim(new Span(starts.get(i), end)));
        }
        out.removeIf(s -> s.length() == 0);
        return out;
    }

    /** Shared content words over all content words: how far two decisions say the same. */
    double overlap(String a, String b) {
        java.util.Set<String> x = contentWords(a);
        java.util.Set<String> y = contentWords(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        java.util.Set<String> both = new java.util.HashSet<>(x);
        both.retainAll(y);
        java.util.Set<String> all = new java.util.HashSet<>(x);
        all.addAll(y);
        return (double) both.size() / all.size();
    }

    private java.util.Set<String> contentWords(String s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (w.length() > 3 && !lexicons.functionWords().contains(w)) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static String clean(DocumentText text, Span span) {
        String s = text.flat(span);
        s = s.replaceAll("^[\\s“”\"‘]+|[\\s“”\"’]+$", "");
        return s.replaceAll("[;,]?\\s*(?:and)?$", "").strip();
    }

    private static Span unquoted(DocumentText text, Span span) {
        return span;
    }

    /** "Decision: Approved as a correct record.": a sentence run on from a "Decision:" or "Minutes:" label starts after it. */
    private static Span afterMinutesLabel(DocumentAnalysis minutes, Span sentence) {
        return minutes.itemAt(sentence.start())
                .filter(i -> sentence.start() < i.minutes().start() && i.minutes().start() < sentence.end())
                .map(i -> minutes.text().trim(new Span(i.minutes().start(), sentence.end())))
                .orElse(sentence);
    }

    /** The agenda text before a "Minutes:" label describes what was proposed, not what was decided. */
    private static boolean inDescription(DocumentAnalysis minutes, Span sentence) {
        return minutes.itemAt(sentence.start()).map(i -> !i.minutes().equals(i.body()) && sentence.start() < i.minutes().start())
                .orElse(false);
    }
}
