package org.councilgraph.extract.fact;

import org.councilgraph.extract.text.Span;

/**
 * The meeting approved the minutes of an earlier meeting held on {@code date} (yearless when the
 * document gives no year).
 *
 * @param resolution where the resolution that approved them stands, or null when the approval is
 *        not a recorded resolution
 */
public record MinutesConfirmation(CalendarDate date, Span evidence, Span resolution) implements Fact {
}
