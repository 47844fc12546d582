package org.councilgraph.extract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

class ContextYearTest {

    private static DateMention first(String text) {
        return new DateRecogniser().find(DocumentText.of(text)).get(0);
    }

    @Test
    void isTheYearTheTextMentionsMost() {
        DocumentText text = DocumentText.of("Budget 2023/24. Meeting held on 4 March 2024. Minutes of 5 February 2024 approved.");
        assertEquals(new ContextYear(2024, ContextYear.Source.TEXT), ContextYear.of(text, DocumentMetadata.NONE));
    }

    @Test
    void isTheYearOfTheMeetingDateTheUserGaveBeforeAnyInTheText() {
        DocumentText text = DocumentText.of("Budget 2023/24 and 2023/25 considered on 21st September.");
        DocumentMetadata given = new DocumentMetadata(null, null, LocalDate.of(2022, 9, 21), null);
        assertEquals(new ContextYear(2022, ContextYear.Source.METADATA), ContextYear.of(text, given));
    }

    @Test
    void isUnknownWhenNothingStatesAYear() {
        DocumentText text = DocumentText.of("Minutes for Planning Committee 21st September\nPresent: Councillor Harwood");
        ContextYear year = ContextYear.of(text, DocumentMetadata.NONE);
        assertFalse(year.isKnown());
        assertEquals(Optional.of(CalendarDate.withoutYear(MonthDay.of(9, 21))), year.complete(first(text.text())));
    }

    @Test
    void completesAYearlessDateByTheWeekdayWrittenNearestTheContextYear() {
        // Wednesday 21st September: 2022 is the nearest year to 2023 in which it falls on a Wednesday.
        ContextYear year = new ContextYear(2023, ContextYear.Source.TEXT);
        assertEquals(Optional.of(CalendarDate.of(LocalDate.of(2022, 9, 21))), year.complete(first("Wednesday 21st September")));
    }

    @Test
    void keepsTheYearWrittenWhateverTheContext() {
        ContextYear year = new ContextYear(2023, ContextYear.Source.TEXT);
        assertEquals(Optional.of(CalendarDate.of(LocalDate.of(2019, 7, 25))), year.complete(first("25th July 2019")));
    }
}
