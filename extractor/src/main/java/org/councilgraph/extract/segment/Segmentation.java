package org.councilgraph.extract.segment;

import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.text.Span;

/** A document cut into its header (before the first item) and its agenda items. */
public record Segmentation(Layout layout, Span header, List<ItemSegment> items) {

    public Segmentation {
        items = List.copyOf(items);
    }

    /** The item whose heading or body holds {@code offset}. */
    public Optional<ItemSegment> itemAt(int offset) {
        ItemSegment found = null;
        for (ItemSegment item : items) {
            if (item.heading().start() <= offset) {
                found = item;
            } else {
                break;
            }
        }
        return Optional.ofNullable(found).filter(i -> offset < i.body().end() || offset < i.heading().end());
    }
}
