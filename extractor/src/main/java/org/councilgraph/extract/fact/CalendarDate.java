package org.councilgraph.extract.fact;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;

/**
 * A date as a document states it: a full date, or a day and month whose year neither the
 * document nor the metadata given for it says. A yearless date stays yearless rather than take
 * a year from the clock, so the same document always gives the same graph.
 *
 * @param day the month and day
 * @param year the year, or null when it is not known
 */
public record CalendarDate(MonthDay day, Integer year) {

    public CalendarDate {
        Objects.requireNonNull(day, "day");
        if (year != null && !day.isValidYear(year)) {
            throw new IllegalArgumentException(day + " does not exist in " + year);
        }
    }

    public static CalendarDate of(LocalDate date) {
        return new CalendarDate(MonthDay.from(date), date.getYear());
    }

    public static CalendarDate withoutYear(MonthDay day) {
        return new CalendarDate(day, null);
    }

    public boolean hasYear() {
        return year != null;
    }

    /** The full date, when the year is known. */
    public Optional<LocalDate> full() {
        return year == null ? Optional.empty() : Optional.of(day.atYear(year));
    }

    /** ISO 8601: {@code 2023-08-17}, or {@code --08-17} (XML Schema's gMonthDay) without a year. */
    @Override
    public String toString() {
        return year == null ? day.toString() : day.atYear(year).toString();
    }
}
