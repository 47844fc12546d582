package org.councilgraph.extract.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Optional;

import org.councilgraph.extract.text.Span;

/**
 * A calendar date written in the text ("4th September 2024", "Wednesday, 6th December, 2017",
 * "21st September", "07/02/2023"), possibly without its year, with the time written right after
 * it when there is one.
 */
public record DateMention(Span span, int day, Month month, Integer year, DayOfWeek weekday, LocalTime time) {

    public boolean hasYear() {
        return year != null;
    }

    /** The date when the year is written. */
    public Optional<LocalDate> date() {
        return year == null ? Optional.empty() : valid(year);
    }

    /**
     * The date with a missing year filled in: the year written, else the year whose weekday
     * agrees with the one written, nearest to {@code contextYear}, else {@code contextYear}.
     */
    public Optional<LocalDate> dateIn(int contextYear) {
        if (year != null) {
            return valid(year);
        }
        if (weekday != null) {
            for (int d = 0; d <= 6; d++) {
                for (int y : new int[] {contextYear - d, contextYear + d}) {
                    Optional<LocalDate> candidate = valid(y);
                    if (candidate.isPresent() && candidate.get().getDayOfWeek() == weekday) {
                        return candidate;
                    }
                }
            }
        }
        return valid(contextYear);
    }

    /** The latest date with this day and month that is not after {@code reference}. */
    public Optional<LocalDate> onOrBefore(LocalDate reference) {
        if (year != null) {
            return valid(year);
        }
        Optional<LocalDate> same = valid(reference.getYear());
        return same.isPresent() && !same.get().isAfter(reference) ? same : valid(reference.getYear() - 1);
    }

    /** The earliest date with this day and month that is not before {@code reference}. */
    public Optional<LocalDate> onOrAfter(LocalDate reference) {
        if (year != null) {
            return valid(year);
        }
        Optional<LocalDate> same = valid(reference.getYear());
        return same.isPresent() && !same.get().isBefore(reference) ? same : valid(reference.getYear() + 1);
    }

    /** The day and month, when some year has them (not for "31 April"). */
    public Optional<java.time.MonthDay> monthDay() {
        return day >= 1 && day <= month.maxLength() ? Optional.of(java.time.MonthDay.of(month, day)) : Optional.empty();
    }

    /** True when a weekday is written and the full date falls on another day. */
    public boolean contradictsWeekday() {
        return weekday != null && date().map(d -> d.getDayOfWeek() != weekday).orElse(false);
    }

    private Optional<LocalDate> valid(int y) {
        if (day < 1 || day > month.length(java.time.Year.isLeap(y))) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(y, month, day));
    }
}
