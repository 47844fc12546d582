package org.councilgraph.extract.fact;

import java.time.LocalDate;
import java.time.LocalTime;

import org.councilgraph.extract.text.Span;

/** The minutes announce the next meeting: its date, time when stated, and venue when stated. */
public record NextMeeting(LocalDate date, LocalTime time, String venue, Span evidence) {
}
