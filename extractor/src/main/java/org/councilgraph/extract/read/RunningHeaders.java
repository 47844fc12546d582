package org.councilgraph.extract.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the running header of one part of a paged document: the lines that open a page word for
 * word as they opened the page before it. A file that joins several documents (an agenda pack
 * carrying the minutes of two meetings) has a header per part ("AUDIT COMMITTEE / 24 SEPTEMBER
 * 2009" on two pages, the joint session's title on the next three), too few pages each to be the
 * whole file's furniture. The copy on a part's first page stays, because there the header is the
 * part's title and the only place it is said; only its repeats on the pages that follow go. The
 * header is compared line by line from the top of the page, so a page keeps every line from the
 * first that differs (a new part's title under the same date). Runs after the whole document's
 * furniture has gone, so the header is what is left at the top of each page.
 */
final class RunningHeaders {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private RunningHeaders() {
    }

    /** The pages, each a list of lines, without the repeats of their parts' running headers. */
    static List<List<String>> remove(List<List<String>> pages) {
        List<List<String>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = pages.get(p);
            if (p == 0) {
                out.add(page);
                continue;
            }
            List<String> before = pages.get(p - 1);
            List<Integer> top = PageFurniture.zone(page, true);
            List<Integer> topBefore = PageFurniture.zone(before, true);
            Set<Integer> repeated = new HashSet<>();
            for (int k = 0; k < Math.min(top.size(), topBefore.size())
                    && even(page.get(top.get(k))).equals(even(before.get(topBefore.get(k)))); k++) {
                repeated.add(top.get(k));
            }
            List<String> kept = new ArrayList<>(page.size());
            for (int i = 0; i < page.size(); i++) {
                if (!repeated.contains(i)) {
                    kept.add(page.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static String even(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ");
    }
}
