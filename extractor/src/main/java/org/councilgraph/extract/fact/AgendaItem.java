package org.councilgraph.extract.fact;

import org.councilgraph.extract.text.Span;

/**
 * An agenda item as printed.
 *
 * @param position 1-based order among the document's items
 * @param number the number as printed, or null
 * @param heading the heading as printed
 * @param evidence where the number and heading stand
 * @param minutes the minute text under the item, or null when the item is only referred to
 * @param referencedOnly true when the document only refers to the item ("Item 7 – ...")
 */
public record AgendaItem(int position, String number, String heading, Span evidence, Span minutes,
        boolean referencedOnly) implements Fact {
}
