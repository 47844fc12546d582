package org.councilgraph.extract.segment;

import org.councilgraph.extract.text.Span;

/**
 * A line (or part of one) that may head an agenda item.
 *
 * @param number the printed number, or null for an unnumbered heading
 * @param title the heading text, tidied
 * @param span where the number and heading stand
 * @param line the index of the line the heading starts on
 */
record Heading(ItemNumber number, String title, Span span, int line) {
}
