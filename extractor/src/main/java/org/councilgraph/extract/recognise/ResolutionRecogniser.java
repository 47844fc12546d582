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
    }

    private static final Pattern MARKER = Pattern.compile(
            "\\b(?:(RESOLVED|AGREED|RECOMMENDED|DECISION)\\b|(Resolved|Agreed|Recommended)\\b(?=\\s*(?:[:–—-]|that\\b|to\\b|\\(|\\n|$)|\\.\\s+\\p{Lu}|\\s+on the (?:proposal|motion)\\b)"
                    + "|(resolved)\\b(?=\\s*(?::|that\\b|to\\b|at this point)))");
    private static final Pattern AFTER_MARKER = Pattern.compile("^(?:\\s*\\(([^)]{1,80})\\))?[\\s:;,.–—-]*(?:\\s*T\\s?H\\s?A\\s?T\\b)?");
    private static final String LABEL = "(?:\\(?[a-z]\\)|\\(?[ivx]{1,4}\\)|\\d{1,2}[.)]|\\(\\d{1,2}\\)|[A-H]\\.)";
    /** A part label: at a line start before any word ("a)         the proposals be piloted"), in running text before "That" or a capital. */
    private static final Pattern PART = Pattern.compile(
            "(?m)(?:^[ \\t]*(?=" + LABEL + "\\s+\\p{L})|(?<=[;:.]|\\band)\\s+(?=" + LABEL + "\\s+(?:[Tt]hat\\b|\\p{Lu})))(" + LABEL + ")\\s+");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t]*\\n|\\s(?:Minutes|Decision):|\\|");
    private static final Pattern NEXT_MARKER = Pattern.compile(
            "\\n[ \\t]*(?:\\(?(?:\\d{1,2}|[a-z])[.)][ \\t]*)?(?:RESOLVED|AGREED|DECISION|RECOMMENDED|Resolved|Agreed)\\b");
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
            Matcher m = MARKER.matcher(text.text()).region(region.start(), region.end());
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
        for (Span sentence : minutes.sentences()) {
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
        String marker = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        int after = m.end();
        Matcher a = AFTER_MARKER.matcher(text.text()).region(after, region.end());
        String outcome = null;
        if (a.lookingAt()) {
            outcome = a.group(1);
            after = a.end();
        }
        if (marker.equalsIgnoreCase("DECISION")) {
            Matcher next = MARKER.matcher(text.text()).region(after, Math.min(region.end(), after + 40));
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

    /** Where a marked decision ends: the end of its paragraph, past any blank lines before its parts. */
    private static int extentEnd(DocumentText text, int from, int regionEnd) {
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
        Matcher next = NEXT_MARKER.matcher(rest).region(lead, pos);
        if (next.find()) {
            pos = next.start();
        }
        if (pos - lead > MAX_TEXT) {
            int stopAt = rest.indexOf(". ", lead + 200);
            pos = stopAt > 0 && stopAt < pos ? stopAt + 1 : Math.min(pos, lead + MAX_TEXT);
        }
        return from + pos;
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
        boolean leadIn = lead.endsWith(":");
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

    /** The agenda text before a "Minutes:" label describes what was proposed, not what was decided. */
    private static boolean inDescription(DocumentAnalysis minutes, Span sentence) {
        return minutes.itemAt(sentence.start()).map(i -> !i.minutes().equals(i.body()) && sentence.start() < i.minutes().start())
                .orElse(false);
    }
}
