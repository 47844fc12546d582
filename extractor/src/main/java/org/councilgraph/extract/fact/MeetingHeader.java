package org.councilgraph.extract.fact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What the document says about the meeting itself: who held it, when and where.
 *
 * @param committeeNamed true when the committee is named ("Planning Committee South"), false
 *        when only its kind is known ("the Committee resolved"), which does not tell one of the
 *        council's committees from another
 */
public record MeetingHeader(Stated<String> council, Stated<String> committee, Stated<CalendarDate> date,
        Stated<LocalTime> time, Stated<String> venue, boolean committeeNamed) {

    public static final MeetingHeader EMPTY = new MeetingHeader(null, null, null, null, null, false);

    /** The meeting's date, when it is stated with its year. */
    public Optional<LocalDate> meetingDate() {
        return Optional.ofNullable(date).flatMap(d -> d.value().full());
    }

    public MeetingHeader withCouncil(Stated<String> c) {
        return new MeetingHeader(c, committee, date, time, venue, committeeNamed);
    }

    /** This header with a named committee. */
    public MeetingHeader withCommittee(Stated<String> c) {
        return withCommittee(c, c != null);
    }

    /** This header with committee {@code c}, {@code named} or known only by its kind. */
    public MeetingHeader withCommittee(Stated<String> c, boolean named) {
        return new MeetingHeader(council, c, date, time, venue, c != null && named);
    }

    public MeetingHeader withDate(Stated<CalendarDate> d, Stated<LocalTime> t) {
        return new MeetingHeader(council, committee, d, t, venue, committeeNamed);
    }

    public MeetingHeader withVenue(Stated<String> v) {
        return new MeetingHeader(council, committee, date, time, v, committeeNamed);
    }
}
