package org.councilgraph.extract.fact;

import java.time.LocalTime;

import org.councilgraph.extract.text.Span;

/** The minutes announce the next meeting: its date, time when stated, and venue when stated. */
public record NextMeeting(CalendarDate date, LocalTime time, String venue, Span evidence) implements Fact {
}
