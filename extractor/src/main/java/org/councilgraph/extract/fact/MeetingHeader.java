package org.councilgraph.extract.fact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** What the document says about the meeting itself: who held it, when and where. */
public record MeetingHeader(Stated<String> council, Stated<String> committee, Stated<CalendarDate> date,
        Stated<LocalTime> time, Stated<String> venue) {

    public static final MeetingHeader EMPTY = new MeetingHeader(null, null, null, null, null);

    /** The meeting's date, when it is stated with its year. */
    public Optional<LocalDate> meetingDate() {
        return Optional.ofNullable(date).flatMap(d -> d.value().full());
    }

    public MeetingHeader withCouncil(Stated<String> c) {
        return new MeetingHeader(c, committee, date, time, venue);
    }

    public MeetingHeader withCommittee(Stated<String> c) {
        return new MeetingHeader(council, c, date, time, venue);
    }

    public MeetingHeader withDate(Stated<CalendarDate> d, Stated<LocalTime> t) {
        return new MeetingHeader(council, committee, d, t, venue);
    }

    public MeetingHeader withVenue(Stated<String> v) {
        return new MeetingHeader(council, committee, date, time, v);
    }
}
