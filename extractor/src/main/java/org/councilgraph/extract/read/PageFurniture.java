package org.councilgraph.extract.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the running headers, footers and page numbers of a paged document: lines near the top
 * or the bottom of a page that recur there on at least half the pages (and on two at least),
 * either word for word or with numbers that step with the page ("Page 2 of 9", "Page 3 of 9"),
 * perhaps starting again from 1 where a file joins several documents; then the running header of
 * each part of such a file ({@link RunningHeaders}). Text in the body of a page is never touched,
 * nor is anything of a document of one page.
 */
final class PageFurniture {

    /** How many non-blank lines at the top and at the bottom of a page may be furniture. */
    static final int ZONE = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private PageFurniture() {
    }

    /** The pages, each a list of lines, without their furniture. */
    static List<List<String>> remove(List<List<String>> pages) {
        if (pages.size() < 2) {
            return pages;
        }
        Map<String, Set<Integer>> top = recurring(pages, true);
        Map<String, Set<Integer>> bottom = recurring(pages, false);
        List<List<String>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            Set<Integer> furniture = new HashSet<>();
            furniture.addAll(furniture(page, p, top, true));
            furniture.addAll(furniture(page, p, bottom, false));
            List<String> kept = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                if (!furniture.contains(i)) {
                    kept.add(page.get(i));
                }
            }
            out.add(kept);
        }
        return RunningHeaders.remove(out);
    }

    /** The indexes of the lines in the top (or bottom) zone of page {@code p} whose shape is furniture on that page. */
    private static List<Integer> furniture(List<String> page, int p, Map<String, Set<Integer>> recurring, boolean top) {
        List<Integer> out = new ArrayList<>();
        for (int i : zone(page, top)) {
            if (recurring.getOrDefault(shape(page.get(i)), Set.of()).contains(p)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * The shapes of lines that recur in the top (or bottom) zone of enough pages to be furniture,
     * each with the pages where it is: the same words and numbers each time ("Item 153b / 28 Mar
     * 18"), or a number that steps with the page ("Page 2 of 9", a bare "7"), on the pages where
     * it does. Headings that happen to open several pages ("(Item 4)", "(Item 9)") have the same
     * shape but neither.
     */
    private static Map<String, Set<Integer>> recurring(List<List<String>> pages, boolean top) {
        Map<String, List<Occurrence>> byShape = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            Set<String> seen = new HashSet<>();
            for (int i : zone(page, top)) {
                String shape = shape(page.get(i));
                if (seen.add(shape)) {
                    byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(new Occurrence(p, page.get(i)));
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Map<String, Set<Integer>> recurring = new HashMap<>();
        byShape.forEach((shape, occurrences) -> {
            Set<Integer> on = new HashSet<>();
            if (same(occurrences)) {
                occurrences.forEach(o -> on.add(o.page()));
            } else {
                on.addAll(numberedPages(occurrences));
            }
            if (on.size() >= needed) {
                recurring.put(shape, on);
            }
        });
        return recurring;
    }

    private record Occurrence(int page, String line) {
        List<Long> numbers() {
            List<Long> numbers = new ArrayList<>();
            Matcher m = DIGITS.matcher(line);
            while (m.find()) {
                numbers.add(m.group().length() > 12 ? -1L : Long.parseLong(m.group()));
            }
            return numbers;
        }
    }

    private static boolean same(List<Occurrence> occurrences) {
        String first = SPACES.matcher(occurrences.get(0).line().strip()).replaceAll(" ");
        return occurrences.stream().allMatch(o -> SPACES.matcher(o.line().strip()).replaceAll(" ").equals(first));
    }

    /**
     * The pages where one of the numbers of the line numbers the page: it steps with the page
     * from one occurrence to the next, or starts again from 1 where a file joins documents
     * numbered each from 1 ("1", "2", "1", "2", "3"). An occurrence that neither continues nor
     * starts such a run (a page's number read twice on a short page) is not counted, and the number
     * must step more often than it starts again; the number that numbers most pages wins.
     */
    private static Set<Integer> numberedPages(List<Occurrence> occurrences) {
        int count = occurrences.get(0).numbers().size();
        Set<Integer> best = Set.of();
        for (int k = 0; k < count; k++) {
            Set<Integer> numbered = new HashSet<>();
            int steps = 0;
            int restarts = 0;
            for (int i = 1; i < occurrences.size(); i++) {
                Occurrence before = occurrences.get(i - 1);
                Occurrence after = occurrences.get(i);
                if (after.numbers().get(k) - before.numbers().get(k) == after.page() - before.page()) {
                    steps++;
                    numbered.add(before.page());
                    numbered.add(after.page());
                } else if (after.numbers().get(k) == 1 && i + 1 < occurrences.size()
                        && occurrences.get(i + 1).numbers().get(k) - 1 == occurrences.get(i + 1).page() - after.page()) {
                    restarts++;
                }
            }
            if (steps > restarts && numbered.size() > best.size()) {
                best = numbered;
            }
        }
        return best;
    }

    /** The indexes of the first (or last) {@link #ZONE} non-blank lines of a page. */
    static List<Integer> zone(List<String> page, boolean top) {
        List<Integer> zone = new ArrayList<>(ZONE);
        for (int k = 0; k < page.size() && zone.size() < ZONE; k++) {
            int i = top ? k : page.size() - 1 - k;
            if (!page.get(i).isBlank()) {
                zone.add(i);
            }
        }
        return zone;
    }

    /** A line with its digits blanked, its spacing and case evened. */
    static String shape(String line) {
        String s = DIGITS.matcher(line.strip()).replaceAll("#");
        return SPACES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
