package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.read.DocumentMetadata;
import org.junit.jupiter.api.Test;

class MeetingHeaderRecogniserTest {

    private final MeetingHeaderRecogniser recogniser = new MeetingHeaderRecogniser(Lexicons.standard());

    private MeetingHeader header(String text) {
        return recogniser.recognise(Fixtures.segmented(text));
    }

    @Test
    void readsBodyDateTimeAndVenueFromAMinutesTitle() {
        MeetingHeader h = header("""
                Lancashire County Council

                Cabinet Committee on Performance Improvement
                Minutes of the Meeting held on Wednesday, 6th December, 2017 at 10.00 am in Cabinet Room 'B' - The Diamond Jubilee Room, County Hall, Preston
                Present:
                County Councillor Geoff Driver CBE (Chair)
                """);
        assertEquals(CalendarDate.of(LocalDate.of(2017, 12, 6)), h.date().value());
        assertEquals(LocalTime.of(10, 0), h.time().value());
        assertEquals("Cabinet Room 'B' - The Diamond Jubilee Room, County Hall, Preston", h.venue().value());
        assertEquals("Lancashire County Council", h.council().value());
    }

    @Test
    void takesAYearlessTitleDateFromTheYearsTheMinutesMention() {
        MeetingHeader h = header("""
                Minutes for Children and Lifelong Learning Scrutiny Panel 21st September

                9:05 am, Friday, 17th November 2023 - 6 months ago

                Present:
                Councillor Silvester (in the Chair)

                SPCLL.22 MINUTES

                RESOLVED – That the minutes of the meeting held on 20th July 2023 be agreed as a correct record.
                """);
        assertEquals(CalendarDate.of(LocalDate.of(2023, 9, 21)), h.date().value());
        assertEquals("Children and Lifelong Learning Scrutiny Panel", h.committee().value());
    }

    @Test
    void readsAModernGovVenueLineAndIgnoresDatesOfEarlierMeetings() {
        MeetingHeader h = header("""
                Venue: Council Chamber, Shirehall, Abbey Foregate, Shrewsbury, SY2 6ND. View directions
                Contact: Ashley Kendrick Democratic Services Officer
                To confirm the minutes of the meeting held on 20 November 2024. Decision: RESOLVED: That the minutes be confirmed.
                """);
        assertEquals("Council Chamber, Shirehall, Abbey Foregate, Shrewsbury, SY2 6ND", h.venue().value());
        assertNull(h.date());
    }

    @Test
    void readsARemoteVenueAndAWeekdayThatContradictsTheDate() {
        MeetingHeader h = header("Minutes of an extraordinary Council Meeting held via electronic media on Wednesday 14th July 2020 at 7.30pm.\n"
                + "Present: Mrs Margaret Price, Mr Alan James.");
        assertEquals("via electronic media", h.venue().value());
        assertEquals(CalendarDate.of(LocalDate.of(2020, 7, 14)), h.date().value());
    }

    @Test
    void readsTheBodyFromAnIssuePage() {
        MeetingHeader h = header("""
                Issue - meetings

                Declarations of Interest

                Meeting: 09/01/2018 - Planning Applications Sub-Committee (3) (Item 2)

                Declarations of Interest
                """);
        assertEquals("Planning Applications Sub-Committee (3)", h.committee().value());
        assertEquals(CalendarDate.of(LocalDate.of(2018, 1, 9)), h.date().value());
    }

    @Test
    void letsGivenMetadataWin() {
        var document = Fixtures.snippet("Minutes of the Parish Council meeting held on 7 March 2023");
        var given = new org.councilgraph.extract.read.SourceDocument(document.name(), document.origin(), document.sha256(),
                document.mediaType(), document.text(),
                new DocumentMetadata("Little Totham Parish Council", "Parish Council", LocalDate.of(2023, 3, 8), null));
        MeetingHeader h = recogniser.recognise(Fixtures.analysed(given, org.councilgraph.extract.nlp.NameFinder.NONE));
        assertEquals(CalendarDate.of(LocalDate.of(2023, 3, 8)), h.date().value());
        assertNull(h.date().span());
        assertEquals("Little Totham Parish Council", h.council().value());
    }

    @Test
    void theDatesOfMinutesBeingApprovedOrDiscussedAreNotTheMeetingsDate() {
        MeetingHeader h = header("""
                To approve as a correct record the minutes of:
                (a) The Special Council meeting held on the 25 July 2019;
                33.1 The minutes of the Special meeting held on the 25th July 2019 were approved and signed by the Mayor as a correct record;
                33.3 Councillor Mac Cafferty referred to the minutes of the Extraordinary meeting held on the 3rd October and noted that the Members were listed.
                """);
        assertNull(h.date());
    }

    @Test
    void aMinutesTitleWithOrdinaryWordsStillGivesTheDate() {
        MeetingHeader h = header("""
                Minutes of the Community Council virtual Meeting held via ZOOM on Tuesday, 19th July 2022.

                1          Present
                """);
        assertEquals(CalendarDate.of(LocalDate.of(2022, 7, 19)), h.date().value());
    }
}
