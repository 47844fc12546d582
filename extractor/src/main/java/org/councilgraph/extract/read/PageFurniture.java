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
 * either word for word or with numbers that step with the page ("Page 2 of 9", "Page 3 of 9"). Text in the body of a page is never touched, nor is anything of a
 * document of one page.
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
        Set<String> top = recurring(pages, true);
        Set<String> bottom = recurring(pages, false);
        List<List<String>> out = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            Set<Integer> furniture = new HashSet<>();
            for (int i : zone(page, true)) {
                if (top.contains(shape(page.get(i)))) {
                    furniture.add(i);
                }
            }
            for (int i : zone(page, false)) {
                if (bottom.contains(shape(page.get(i)))) {
                    furniture.add(i);
                }
            }
            List<String> kept = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                if (!furniture.contains(i)) {
                    kept.add(page.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    /**
     * The shapes of lines that recur in the top (or bottom) zone of enough pages to be furniture:
     * the same words and numbers each time ("Item 153b / 28 Mar 18"), or numbers that step with
     * the page ("Page 2 of 9", a bare "7"). Headings that happen to open several pages
     * ("(Item 4)", "(Item 9)") have the same shape but neither.
     */
    private static Set<String> recurring(List<List<String>> pages, boolean top) {
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
        Set<String> recurring = new HashSet<>();
        byShape.forEach((shape, occurrences) -> {
            if (occurrences.size() >= needed && (same(occurrences) || stepsWithThePage(occurrences))) {
                recurring.add(shape);
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

    /** True when one of the numbers of the line, minus the page's index, is the same on every page. */
    private static boolean stepsWithThePage(List<Occurrence> occurrences) {
        int count = occurrences.get(0).numbers().size();
        for (int k = 0; k < count; k++) {
            Set<Long> offsets = new HashSet<>();
            for (Occurrence o : occurrences) {
                offsets.add(o.numbers().get(k) - o.page());
            }
            if (offsets.size() == 1) {
                return true;
            }
        }
        return false;
    }

    /** The indexes of the first (or last) {@link #ZONE} non-blank lines of a page. */
    private static List<Integer> zone(List<String> page, boolean top) {
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
