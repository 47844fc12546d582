package org.councilgraph.extract.text;

import java.util.List;
import java.util.function.ToIntFunction;

/** Look-ups in a list of text pieces sorted by where they start (lines, sentences). */
public final class SortedStarts {

    private SortedStarts() {
    }

    /**
     * The index of the last item starting at or before {@code offset}, or 0 when none does or the
     * list is empty: a binary search, since documents can hold many thousands of lines.
     */
    public static <T> int lastAtOrBefore(List<T> items, ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = items.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (start.applyAsInt(items.get(mid)) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }
}
