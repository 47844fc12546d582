package org.councilgraph.extract.read;

import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where each page of a paged document (a PDF) starts in its text, so a fact can name the page
 * it was read from. Documents without pages (plain text, web pages, Word files) have none.
 *
 * @param starts the offset in the text of the first character of page 1, 2, ...: ascending,
 *        the first 0
 */
public record Pages(List<Integer> starts) {

    /** No pages: the document is not paged. */
    public static final Pages NONE = new Pages(List.of());

    public Pages {
        starts = List.copyOf(starts);
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            if (i == 0 ? start != 0 : start < starts.get(i - 1)) {
                throw new IllegalArgumentException("page starts must begin at 0 and ascend: " + starts);
            }
        }
    }

    /** How many pages the document has (0 when it is not paged). */
    public int count() {
        return starts.size();
    }

    /** The page (from 1) that holds the character at {@code offset}, or none when the document is not paged. */
    public OptionalInt pageAt(int offset) {
        if (starts.isEmpty()) {
            return OptionalInt.empty();
        }
        int found = Collections.binarySearch(starts, offset);
        // Several pages may start at one offset (empty pages): the character belongs to the last of them.
        if (found >= 0) {
            while (found + 1 < starts.size() && starts.get(found + 1) == offset) {
                found++;
            }
            return OptionalInt.of(found + 1);
        }
        return OptionalInt.of(-found - 1);
    }

    /**
     * The pages of the text from {@code start}, {@code length} characters long, numbered as in
     * the whole text: the pages before it start at its first character, so the page it starts on
     * keeps its number.
     */
    public Pages from(int start, int length) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int page : starts) {
            if (page - start < length) {
                out.add(Math.max(0, page - start));
            }
        }
        return new Pages(out);
    }
}
