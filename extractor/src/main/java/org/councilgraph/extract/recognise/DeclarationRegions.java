package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * The parts of a document that hold declarations of interest: the item under a declarations
 * heading (with the rows of its table that the segmenter took for items of their own), the text
 * after "The following declarations of interest were made ..." when the heading was lost, and a
 * declarations label inside a run-in block ("Apology • ... Declarations of Interest • Councillor
 * ... – Item 14.1.").
 */
final class DeclarationRegions {

    /**
     * A region, and whether it is open: cut out of running text with no sure end, so that its
     * records are read only until the first list of names that is not one.
     */
    record Region(Span span, boolean open) {
    }

    private static final Pattern TITLE = Pattern.compile(
            "(?i)\\b(?:declarations?|disclosures?)\\b(?:[\\s\\p{L}’',&-]{0,60}?)\\binterests?\\b|\\binterests?\\s+declared\\b");
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:declarations?|disclosures?)\\s+of\\s+(?:[\\p{L}’'-]+\\s+){0,6}?interests?\\b[^\\n.:]{0,200}?(?:[.:]|-(?=\\s*\\n)|(?=\\s*[•●·]))"
                    + "|\\bthe following (?:interests?|declarations?) (?:was|were) (?:declared|made|received|disclosed)[^\\n.:]{0,80}[.:-]?"
                    // A heading in capitals run in with its list: "24 DECLARATIONS OF INTEREST Councillors J Beynon, ...".
                    + "|(?-i:\\b(?:DECLARATIONS?|DISCLOSURES?) OF (?:[A-Z’'-]+ ){0,4}?INTERESTS?\\b(?=\\s+\\p{Lu}))");
    /** "There were no declarations of interest", "None.", "No interests were declared": nothing to read. */
    private static final Pattern NONE = Pattern.compile(
            "(?i)^[\\s\\p{Punct}–—]*(?:none|nil|no\\b|there (?:were|was) no\\b|not applicable|n/a\\b)|\\b(?:were|was) no (?:declarations?|interests?)\\b");
    /** A label that opens an attendance list: "Also in attendance at the above meeting were:", "Present:". */
    private static final Pattern LABEL_END = Pattern.compile("^(?:\\s*[:–—-]|\\s*$|\\s+(?:were|at)\\b)");
    private static final Pattern SUB_ITEM = Pattern.compile("\\(?[a-z]{1,3}[.)]");
    private static final Pattern PARAGRAPH_END = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    /** How far after an open region's label its first record must start. */
    private static final int OPEN_LEAD = 40;

    private final NameLists lists;
    private final Lexicons lexicons;
    private final InterestWords words;

    DeclarationRegions(Lexicons lexicons, NameLists lists, InterestWords words) {
        this.lexicons = lexicons;
        this.lists = lists;
        this.words = words;
    }

    List<Region> find(DocumentAnalysis minutes) {
        DocumentText text = minutes.text();
        List<Region> out = new ArrayList<>();
        List<ItemSegment> items = minutes.items();
        for (int i = 0; i < items.size(); i++) {
            ItemSegment item = items.get(i);
            Matcher t = TITLE.matcher(item.title());
            if (!t.find() || NONE.matcher(item.title()).find()) {
                continue;
            }
            String heading = text.quote(item.heading());
            int titleAt = Math.max(0, heading.indexOf(item.title()));
            int start = item.heading().start() + titleAt + t.end();
            int end = item.whole().end();
            while (i + 1 < items.size() && partOfTable(minutes, items.get(i + 1))) {
                end = items.get(++i).whole().end();
            }
            add(minutes, out, new Region(new Span(Math.min(start, end), end), false));
        }
        Matcher p = PHRASE.matcher(text.text());
        while (p.find()) {
            int at = p.end();
            if (out.stream().anyMatch(r -> r.span().contains(at) || r.span().start() == at)) {
                continue;
            }
            var item = minutes.itemAt(at);
            if (item.isPresent()) {
                add(minutes, out, new Region(new Span(at, item.get().whole().end()), false));
                continue;
            }
            int end = minutes.header().end();
            if (at >= end) {
                continue;
            }
            // A label run in with its list ends with its paragraph; one that ends its line introduces what follows.
            Matcher para = PARAGRAPH_END.matcher(text.text()).region(at, end);
            boolean endsLine = text.text().substring(at, text.lineAt(at).end()).isBlank();
            if (!endsLine && para.find()) {
                end = para.start();
            }
            String lead = text.text().substring(at, Math.min(end, at + OPEN_LEAD));
            if (lead.matches("(?s)[\\s•●·:–—-]*\\p{Lu}.*")) {
                add(minutes, out, new Region(new Span(at, end), true));
            }
        }
        return out;
    }

    /** Adds a region unless it says there was nothing to declare, cut where an attendance list begins. */
    private void add(DocumentAnalysis minutes, List<Region> out, Region region) {
        DocumentText text = minutes.text();
        String q = text.quote(region.span());
        if (NONE.matcher(q.substring(0, Math.min(q.length(), 80))).find()) {
            return;
        }
        int end = region.span().end();
        for (Line line : text.lines()) {
            if (line.start() > region.span().start() && line.start() < end && opensAttendance(line.trimmed())) {
                end = line.start();
                break;
            }
        }
        out.add(new Region(new Span(region.span().start(), end), region.open()));
    }

    private boolean opensAttendance(String line) {
        String[] w = line.split("\\s+");
        for (int n = Math.min(4, w.length); n >= 1; n--) {
            String label = String.join(" ", java.util.Arrays.copyOf(w, n)).replaceAll("[:–—-]+$", "");
            int at = line.indexOf(w[n - 1]) + w[n - 1].length();
            if (lexicons.attendanceSection(label).isPresent()
                    && (w[n - 1].matches(".*[:–—-]$") || LABEL_END.matcher(line.substring(at)).find())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A part of a declarations table that the segmenter read as an item of its own: a row headed
     * by a name ("184 ⏎ C Bell", "(a) Councillors Assenheim, Borton ... - 15/00858/BC4"), the
     * column labels ("Councillor Interest"), or a lettered sub-item.
     */
    private boolean partOfTable(DocumentAnalysis minutes, ItemSegment item) {
        if (item.title().isBlank()) {
            return false;
        }
        if (words.isColumnLabels(item.title()) || SUB_ITEM.matcher(item.number() == null ? "" : item.number()).matches()) {
            return true;
        }
        String heading = minutes.text().quote(item.heading());
        int titleAt = heading.indexOf(item.title());
        if (titleAt < 0) {
            return false;
        }
        int from = item.heading().start() + titleAt;
        List<ListedPerson> found = lists.after(minutes, from, item.heading().end());
        String first = item.title().split("\\s+")[0];
        int lead = lexicons.honorifics().contains(first) ? first.length() + 1 : 0;
        return !found.isEmpty() && found.get(0).name().span().start() <= from + lead;
    }
}
