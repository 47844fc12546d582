package org.councilgraph.extract.fact;

import java.time.LocalDate;

import org.councilgraph.extract.text.Span;

/**
 * The meeting approved the minutes of an earlier meeting held on {@code date}.
 *
 * @param resolution where the resolution that approved them stands, or null when the approval is
 *        not a recorded resolution
 */
public record MinutesConfirmation(LocalDate date, Span evidence, Span resolution) {
}
