package org.councilgraph.extract.segment;

/** The layout families councilgraph tells apart; each decides how items are found. */
public enum Layout {
    /** A meeting page flattened to text: one table row per item, cells ending in {@code |}. */
    PIPE_TABLE,
    /** Rows flattened to lines: "Heading ... Minutes: text", without table cells. */
    MINUTES_ROWS,
    /** A document export with {@code <AI1>} ... {@code </AI1>} item markers. */
    ITEM_MARKERS,
    /** Numbered items: the number on its own line or run into the heading. */
    NUMBERED,
    /** A page about one item ("Meeting: 09/01/2018 - Committee (Item 2)"). */
    ISSUE_PAGE,
    /** A decision record (decision maker, decision, reasons) without items. */
    DECISION_RECORD,
    /** Headings without numbers, or no headings at all. */
    UNNUMBERED
}
