package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * The segmentation stage: detects the layout family and cuts a document into its header and
 * its agenda items.
 */
public final class ItemSegmenter {

    private static final Pattern MINUTES_LABEL = Pattern.compile("(?m)(?:^\\s*|\\s)(Minutes|Decision):");
    private static final Pattern MARKERS = Pattern.compile("<AI\\d+>");
    private static final Pattern CLOSING_MARKER = Pattern.compile("</AI\\d+>");
    private static final Pattern DECISION_RECORD = Pattern.compile("(?m)^\\s*(?:Decision Maker|Decided at meeting|Date of decision):");

    private final HeadingFinder numbered = new HeadingFinder();
    private final RunInHeadings runIn = new RunInHeadings();
    private final HeaderFurniture furniture = new HeaderFurniture();
    private final SubItems subItems = new SubItems();
    private final UnnumberedHeadings unnumbered = new UnnumberedHeadings();
    private final RowSegmenter rows = new RowSegmenter();

    public Segmentation segment(DocumentText text) {
        if (RowSegmenter.isPipeTable(text)) {
            List<RowSegmenter.Row> found = rows.pipeRows(text);
            if (!found.isEmpty()) {
                return fromRows(text, Layout.PIPE_TABLE, found);
            }
        }
        List<Heading> found = new ArrayList<>(numbered.find(text));
        List<Heading> runInFound = runIn.find(text, found);
        // A long line's own opening heading is read again with the run-in headings after it as its bounds.
        found.removeIf(h -> runInFound.stream().anyMatch(r -> r.span().start() == h.span().start()));
        found.addAll(runInFound);
        found.sort(Comparator.comparing(Heading::span));
        List<Heading> candidates = furniture.withoutFurniture(text, found.stream().filter(h -> h.number() != null).toList());
        List<Heading> main = mainScheme(candidates);
        if (main.size() < 2 && RowSegmenter.isMinutesRows(text)) {
            List<RowSegmenter.Row> rowsFound = rows.minutesRows(text);
            if (rowsFound.size() >= 2) {
                return fromRows(text, Layout.MINUTES_ROWS, rowsFound);
            }
        }
        List<Heading> all = new ArrayList<>(withoutRepeats(main));
        all.addAll(subItems.find(text, candidates, main));
        Span before = new Span(0, main.isEmpty() ? text.length() : main.get(0).span().start());
        all.addAll(unnumbered.find(text, before));
        found.stream().filter(h -> h.number() == null && before.contains(h.span())).forEach(all::add);
        all.sort(Comparator.comparing(Heading::span));
        return new Segmentation(layout(text, main), headerBefore(text, all), segments(text, all));
    }

    private static Layout layout(DocumentText text, List<Heading> main) {
        if (MARKERS.matcher(text.text()).find()) {
            return Layout.ITEM_MARKERS;
        }
        if (text.text().contains("(Item ") && text.text().contains("Meeting:")) {
            return Layout.ISSUE_PAGE;
        }
        if (DECISION_RECORD.matcher(text.text()).find()) {
            return Layout.DECISION_RECORD;
        }
        return main.isEmpty() ? Layout.UNNUMBERED : Layout.NUMBERED;
    }

    /**
     * The numbering scheme of the document's items: the number shape with the most headings in
     * rising order, or the shallower scheme its numbers extend ("1.", "2." over "1.1", "1.2").
     * Bracketed letters are never the main scheme; they number parts.
     */
    static List<Heading> mainScheme(List<Heading> candidates) {
        Map<String, List<Heading>> byShape = new LinkedHashMap<>();
        for (Heading h : candidates) {
            if (!h.number().isSubNumber()) {
                byShape.computeIfAbsent(h.number().series(), k -> new ArrayList<>()).add(h);
            }
        }
        List<List<Heading>> schemes = byShape.values().stream().map(ItemSegmenter::rising).toList();
        List<Heading> best = List.of();
        boolean digitsNumber = schemes.stream().anyMatch(r -> r.size() >= 2 && hasDigits(r));
        for (List<Heading> rising : schemes) {
            if (rising.size() > best.size() && (hasDigits(rising) || !digitsNumber)) {
                // Letters and roman numerals number the items only where no numbers do; beside numbers they number parts.
                best = rising;
            }
        }
        for (boolean shallower = true; shallower; ) {
            shallower = false;
            for (List<Heading> scheme : schemes) {
                if (scheme.size() >= 2 && numbersParts(scheme, best)) {
                    best = scheme;
                    shallower = true;
                    break;
                }
            }
        }
        return best;
    }

    private static boolean hasDigits(List<Heading> scheme) {
        return scheme.get(0).number().printed().chars().anyMatch(Character::isDigit);
    }

    /** True when most of {@code children} extend the number of a heading of {@code parents} before them. */
    private static boolean numbersParts(List<Heading> parents, List<Heading> children) {
        if (children.isEmpty() || parents.get(0).number().order().size() >= children.get(0).number().order().size()) {
            return false;
        }
        long extending = children.stream().filter(c -> parents.stream()
                .anyMatch(p -> p.span().start() < c.span().start() && SubItems.extendsNumber(c.number(), p.number()))).count();
        return extending * 2 >= children.size();
    }

    /** The main headings without those that repeat the number before them: "C141/2015 CONGRATULATIONS Continued". */
    private static List<Heading> withoutRepeats(List<Heading> main) {
        List<Heading> out = new ArrayList<>();
        for (Heading h : main) {
            if (out.isEmpty() || h.number().compareOrder(out.get(out.size() - 1).number()) != 0) {
                out.add(h);
            }
        }
        return out;
    }

    private static List<Heading> rising(List<Heading> group) {
        List<Heading> kept = new ArrayList<>();
        for (Heading h : group) {
            if (kept.isEmpty() || h.number().compareOrder(kept.get(kept.size() - 1).number()) >= 0) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static Span headerBefore(DocumentText text, List<Heading> headings) {
        return new Span(0, headings.isEmpty() ? text.length() : headings.get(0).span().start());
    }

    private static List<ItemSegment> segments(DocumentText text, List<Heading> headings) {
        List<ItemSegment> out = new ArrayList<>();
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            int bodyEnd = k + 1 < headings.size() ? headings.get(k + 1).span().start() : text.length();
            Matcher marker = CLOSING_MARKER.matcher(text.text()).region(h.span().end(), Math.max(h.span().end(), bodyEnd));
            if (marker.find()) {
                // "</AI4>" closes the item in document exports: what follows is the next item's furniture.
                bodyEnd = marker.start();
            }
            Span body = text.trim(new Span(h.span().end(), Math.max(h.span().end(), bodyEnd)));
            out.add(new ItemSegment(k + 1, h.number() == null ? null : h.number().printed().replaceAll("\\s+", " "), h.title(), h.span(),
                    body, minutesPart(text, body)));
        }
        return out;
    }

    private static Segmentation fromRows(DocumentText text, Layout layout, List<RowSegmenter.Row> found) {
        List<ItemSegment> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            RowSegmenter.Row r = found.get(k);
            int end = k + 1 < found.size() ? found.get(k + 1).span().start() : text.length();
            Span body = text.trim(new Span(r.heading().end(), Math.max(r.heading().end(), end)));
            out.add(new ItemSegment(k + 1, null, r.title(), r.heading(), body, minutesPart(text, body)));
        }
        Span header = new Span(0, found.get(0).span().start());
        return new Segmentation(layout, header, out);
    }

    /** The text after the first "Minutes:" label in a body, or the body when there is none. */
    static Span minutesPart(DocumentText text, Span body) {
        Matcher m = MINUTES_LABEL.matcher(text.text()).region(body.start(), body.end());
        int decision = -1;
        while (m.find()) {
            if (m.group(1).equals("Minutes")) {
                return text.trim(new Span(m.end(), body.end()));
            }
            if (decision < 0) {
                decision = m.end();
            }
        }
        return decision >= 0 ? text.trim(new Span(decision, body.end())) : body;
    }
}
