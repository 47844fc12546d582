package org.councilgraph.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

class DateRecogniserTest {

    private final DateRecogniser dates = new DateRecogniser();

    private List<DateMention> find(String s) {
        return dates.find(DocumentText.of(s));
    }

    @Test
    void readsAWeekdayDateAndTimeWithCommas() {
        var d = find("Minutes of the Meeting held on Wednesday, 6th December, 2017 at 10.00 am in Cabinet Room").get(0);
        assertEquals(LocalDate.of(2017, 12, 6), d.date().orElseThrow());
        assertEquals(LocalTime.of(10, 0), d.time());
        assertFalse(d.contradictsWeekday());
    }

    @Test
    void readsOrdinalsSplitFromTheirNumber() {
        assertEquals(LocalDate.of(2014, 1, 15), find("Monthly Meeting Wednesday 15 th January 2014").get(0).date().orElseThrow());
        assertEquals(LocalDate.of(2020, 6, 24), find("held on Wednesday 24 th . June 2020").get(0).date().orElseThrow());
        assertEquals(LocalDate.of(2017, 9, 20), find("HELD ON WEDNESDAY 20 th SEPTEMBER 2017 AT 7PM").get(0).date().orElseThrow());
    }

    @Test
    void takesTheYearFromContextAndTheWeekday() {
        var d = find("On Monday 1 st December, In the Chair").get(0);
        assertNull(d.year());
        assertEquals(LocalDate.of(2008, 12, 1), d.dateIn(2009).orElseThrow());
        var plain = find("Minutes for Children and Lifelong Learning Scrutiny Panel 21st September").get(0);
        assertEquals(LocalDate.of(2023, 9, 21), plain.dateIn(2023).orElseThrow());
    }

    @Test
    void sharesAYearAcrossAPairOfDates() {
        var ds = find("held on 30 May and 6 June 2013 were approved");
        assertEquals(List.of(LocalDate.of(2013, 5, 30), LocalDate.of(2013, 6, 6)),
                ds.stream().map(d -> d.date().orElseThrow()).toList());
    }

    @Test
    void readsNumericUsAndAbbreviatedDates() {
        assertEquals(LocalDate.of(2023, 2, 7), find("575. Minutes 07/02/2023").get(0).date().orElseThrow());
        assertEquals(LocalDate.of(2022, 6, 21), find("Full Council 21/6/2022 - Proposed").get(0).date().orElseThrow());
        assertEquals(LocalDate.of(2008, 10, 13), find("Monday, October 13, 2008").get(0).date().orElseThrow());
        var d = find("28 Oct 2025 - 14:00 to 16:21").get(0);
        assertEquals(LocalDate.of(2025, 10, 28), d.date().orElseThrow());
        assertEquals(LocalTime.of(14, 0), d.time());
    }

    @Test
    void readsTimesInTheirCommonForms() {
        assertEquals(LocalTime.of(13, 30), DateRecogniser.time("1.30pm").orElseThrow());
        assertEquals(LocalTime.of(14, 0), DateRecogniser.time("2.00 p.m.").orElseThrow());
        assertEquals(LocalTime.of(19, 0), DateRecogniser.time("19:00").orElseThrow());
        assertEquals(LocalTime.of(19, 0), DateRecogniser.time("7PM").orElseThrow());
        assertEquals(LocalTime.NOON, DateRecogniser.time("12 noon").orElseThrow());
    }

    @Test
    void flagsAWeekdayThatContradictsTheDate() {
        assertTrue(find("Date of next meeting Tuesday 28th July 2019.").get(0).contradictsWeekday());
    }
}
