package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Picks the sub-items among the numbered headings outside the main scheme: "6.1" under "6", "(A)"
 * under "C/152", and short capitalised headings numbered otherwise. Lettered lines that only list
 * things inside an item are not sub-items: a list introduced by a colon ("under the following
 * headings:" then "(a) Disclosable Pecuniary Interests"), entries with no minute text between
 * them, and letters under a sub-item of their own.
 */
final class SubItems {

    private static final int MAX_SUB_WORDS = 14;
    private static final PersonNameParser NAMES = new PersonNameParser();

    List<Heading> find(DocumentText text, List<Heading> candidates, List<Heading> main) {
        List<Heading> out = new ArrayList<>();
        if (main.isEmpty()) {
            return out;
        }
        int firstMain = main.get(0).span().start();
        Map<String, Integer> shapeCounts = new LinkedHashMap<>();
        Map<String, Integer> numberCounts = new LinkedHashMap<>();
        for (Heading h : candidates) {
            if (!main.contains(h)) {
                shapeCounts.merge(h.number().shape(), 1, Integer::sum);
                numberCounts.merge(h.number().printed(), 1, Integer::sum);
            }
        }
        for (Heading h : candidates) {
            if (main.contains(h) || h.span().start() < firstMain) {
                continue;
            }
            if (h.title().split("\\s+").length > MAX_SUB_WORDS || namesATitledPerson(h.title())) {
                // "i. Councillor Barkley": an entry of a list of people, not a part of the item.
                continue;
            }
            if (!h.number().isSubNumber() && numberCounts.get(h.number().printed()) >= 2) {
                // "184", "184", "178 (b)": a column of minute numbers in a flattened table, not parts.
                continue;
            }
            boolean titleCase = HeadingText.isTitleCase(h.title()) || HeadingText.isAllCaps(h.title());
            boolean extendsMain = main.stream().anyMatch(m -> extendsNumber(h.number(), m.number()))
                    || fitsBetween(h, main);
            boolean repeatedShape = shapeCounts.getOrDefault(h.number().shape(), 0) >= 2;
            if (extendsMain && titleCase || h.number().isSubNumber() || repeatedShape && titleCase) {
                out.add(h);
            }
        }
        return withoutLists(text, out, main);
    }

    private static boolean namesATitledPerson(String title) {
        List<Word> words = Words.of(title);
        return NAMES.parse(words, 0, words.size(), null, PersonNameParser.Context.PROSE)
                .filter(m -> m.name().honorifics().size() + (m.name().roleTitle() == null ? 0 : 1) > 0)
                .isPresent();
    }

    /** The sub-items without the lettered runs that list things inside an item. */
    private static List<Heading> withoutLists(DocumentText text, List<Heading> subs, List<Heading> main) {
        List<Heading> all = new ArrayList<>(main);
        all.addAll(subs);
        all.sort((a, b) -> a.span().compareTo(b.span()));
        List<Heading> out = new ArrayList<>(subs);
        int k = 0;
        while (k < all.size()) {
            Heading h = all.get(k);
            if (!h.number().isSubNumber()) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < all.size() && all.get(end + 1).number().shape().equals(h.number().shape())) {
                end++;
            }
            List<Heading> run = all.subList(k, end + 1);
            Heading before = k > 0 ? all.get(k - 1) : null;
            boolean underSubItem = before != null && !main.contains(before) && !before.number().isSubNumber();
            if (underSubItem || introducedByColon(text, h, before) || run.size() >= 2 && noTextBetween(text, run)) {
                out.removeAll(run);
            }
            k = end + 1;
        }
        return out;
    }

    /** "... under the following headings:" just before "(a)": the letters list, they do not head. */
    private static boolean introducedByColon(DocumentText text, Heading first, Heading before) {
        List<Line> lines = text.lines();
        for (int i = first.line() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            if (l.isBlank() || Lexicons.standard().boilerplate().contains(l.trimmed())) {
                // "Additional documents:" is the page's furniture, not the list's lead-in.
                continue;
            }
            if (before != null && before.span().end() > l.start()) {
                return false;
            }
            String t = l.trimmed();
            return t.endsWith(":") || t.endsWith(":-");
        }
        return false;
    }

    private static boolean noTextBetween(DocumentText text, List<Heading> run) {
        for (int i = 0; i + 1 < run.size(); i++) {
            int from = run.get(i).span().end();
            int to = run.get(i + 1).span().start();
            if (to > from && !text.quote(new Span(from, to)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "576. a)" between items 575 and 577: a part of an item whose own heading was not printed. */
    private static boolean fitsBetween(Heading h, List<Heading> main) {
        List<Integer> order = h.number().order();
        if (order.size() < 2) {
            return false;
        }
        Heading before = null;
        Heading after = null;
        for (Heading m : main) {
            if (m.span().start() < h.span().start()) {
                before = m;
            } else if (after == null) {
                after = m;
            }
        }
        return before != null && after != null && !before.number().order().isEmpty() && !after.number().order().isEmpty()
                && before.number().order().get(0) < order.get(0) && order.get(0) < after.number().order().get(0);
    }

    static boolean extendsNumber(ItemNumber sub, ItemNumber parent) {
        return sub.order().size() > parent.order().size()
                && sub.order().subList(0, parent.order().size()).equals(parent.order());
    }
}
