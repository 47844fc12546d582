package org.councilgraph.extract.segment;

import org.councilgraph.extract.text.Span;

/**
 * One agenda item of a document: its number and heading as printed, and the text minuted under
 * it.
 *
 * @param position 1-based order in the document
 * @param number the number as printed, or null when the item is unnumbered
 * @param title the heading, tidied of download links
 * @param heading where the number and heading stand
 * @param body the text from the end of the heading to the next item
 * @param minutes the part of the body that records what happened: after a "Minutes:" or
 *        "Decision:" label when the layout has one, otherwise the whole body
 */
public record ItemSegment(int position, String number, String title, Span heading, Span body, Span minutes) {

    /** The heading and the body together. */
    public Span whole() {
        return heading.union(body);
    }
}
