package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Headings and sentences told apart on lines of real minutes; the gold item titles say what a heading is. */
class HeadingTextTest {

    @Test
    void cleansTheDownloadLinkModernGovAppendsToAHeading() {
        // corpus/d050.txt
        assertEquals("Confirmation of Minutes", HeadingText.clean("Confirmation of Minutes pdf icon PDF 217 KB"));
        // corpus/d028.txt
        assertEquals("MINUTES OF THE MEETING OF CARE SERVICES PDS COMMITTEE MEETING HELD ON 3rd September 2013",
                HeadingText.clean("MINUTES OF THE MEETING OF CARE SERVICES PDS COMMITTEE MEETING HELD ON 3rd September 2013 pdf icon PDF 212 KB"));
        // corpus/d025.txt
        assertEquals("Application No DOV/22/01320 - Land North of Chapel Lane, Ripple",
                HeadingText.clean("Application No DOV/22/01320 - Land North of Chapel Lane, Ripple PDF 173 KB"));
    }

    @Test
    void cleansAContinuedMarkerAndATrailingDash() {
        // corpus/d016.txt: the heading repeated on the next page
        assertEquals("Prayers", HeadingText.clean("Prayers (Cont’d)"));
        // corpus/d027.txt
        assertEquals("MINUTES", HeadingText.clean("MINUTES –  "));
    }

    @Test
    void cleansRunsOfSpacesInsideAHeading() {
        // corpus/d009.txt, a committee listed under item 3 with its date in a column
        assertEquals("Berwickshire Area Partnership 1 June 2023",
                HeadingText.clean("Berwickshire Area Partnership                             1 June 2023"));
    }

    @Test
    void takesAgendaTitlesForHeadings() {
        // sample 000, corpus/d020.txt, corpus/d005.txt, corpus/d044.txt, corpus/d050.txt: titles the gold lists as items
        assertTrue(HeadingText.isHeading("Question Time"));
        assertTrue(HeadingText.isHeading("VOTES OF SYMPATHY"));
        assertTrue(HeadingText.isHeading("To invite Councillors to declare an interest in matters on the Agenda"));
        assertTrue(HeadingText.isHeading("Minutes of the meeting held on 18 February 2010 and if in order, to be approved as a correct record."));
        assertTrue(HeadingText.isHeading("Councillor M. Baker: Estate Agent Sales Board"));
    }

    @Test
    void doesNotTakeADecisionForAHeading() {
        // corpus/d005.txt
        assertFalse(HeadingText.isHeading("RESOLVED that the Minutes of the Parish Council meeting held on 7th March 2023 be approved and"));
        // corpus/d004.txt
        assertFalse(HeadingText.isHeading("That the minutes of the meeting held on 20 November 2024 be confirmed as a correct record."));
    }

    @Test
    void doesNotTakeAReportOfWhatHappenedForAHeading() {
        // corpus/d023.txt
        assertFalse(HeadingText.isHeading("Apologies for absence were received from Councillors J Jones and S Rutland-Barsby."));
        // corpus/d006.txt
        assertFalse(HeadingText.isHeading("Andy Vigrass was unanimously elected as Chairman"));
    }

    @Test
    void doesNotTakeALineWithATimeForAHeading() {
        // samples/004: the page's publication line
        assertFalse(HeadingText.isHeading("9:05 am, Friday, 17th November 2023 - 6 months ago"));
        // corpus/d051.txt
        assertFalse(HeadingText.isHeading("Council Offices, Holt Road, Cromer at 9.30 am when there were present:"));
    }

    @Test
    void doesNotTakeALineStartingInLowerCaseOrCutAfterHeldForAHeading() {
        // corpus/d037.txt: the minute under the heading "2 Apologies"
        assertFalse(HeadingText.isHeading("were received from: Councillors Mr Gareth Evans & Mr Les Thomas."));
        // corpus/d006.txt: the first line of a title that runs on to the next line
        assertFalse(HeadingText.isHeading("Minutes of the Parish Council Meeting held on"));
    }

    @Test
    void readsLinesThatReportEventsAsSentences() {
        // corpus/d009.txt, corpus/d006.txt, corpus/d002.txt
        assertTrue(HeadingText.isSentence("The Convener congratulated the following:-"));
        assertTrue(HeadingText.isSentence("The minutes were approved and signed by the chairman."));
        assertTrue(HeadingText.isSentence("Councillor Hedgley declared an interest in item 6 as Ward Member."));
    }

    @Test
    void doesNotReadAnAgendaInstructionOrAParticipleAsASentence() {
        // corpus/d023.txt, corpus/d004.txt
        assertFalse(HeadingText.isSentence("To receive any announcements."));
        assertFalse(HeadingText.isSentence("To confirm the minutes of the meeting held on 20 November 2024."));
        // corpus/d040.txt: "held on" names the meeting, it does not report it
        assertFalse(HeadingText.isSentence("Minutes of the Special Meeting held on Wednesday 24 th . June 2020"));
    }

    @Test
    void measuresTitleCaseOverContentWords() {
        // corpus/d004.txt, corpus/d023.txt, corpus/d029.txt
        assertTrue(HeadingText.isTitleCase("Public Question Time"));
        assertTrue(HeadingText.isTitleCase("Chairman's Announcements"));
        assertTrue(HeadingText.isTitleCase("Member of Staff Brenda Heyne, Former Member of Staff, Sam McDowell and Honorary Alderman Jean Goad, MBE"));
        // corpus/d038.txt
        assertFalse(HeadingText.isTitleCase("Declaration of interest in items of business listed below"));
    }

    @Test
    void tellsHeadingsInCapitalsFromOthers() {
        // corpus/d048.txt: "17TH" is in capitals too
        assertTrue(HeadingText.isAllCaps("MINUTES OF THE BUDGET MEETING HELD ON 17TH DECEMBER 2012:"));
        // corpus/d046.txt
        assertFalse(HeadingText.isAllCaps("SCRUTINY OVERVIEW – Safeguarding Children and Young People During Election Days on School Premises"));
        // corpus/d016.txt: a page number has no letters
        assertFalse(HeadingText.isAllCaps("299"));
    }

    @Test
    void readsTheMonthMayInADateAsNoVerb() {
        // corpus/d008.txt and corpus/d145.txt
        assertTrue(HeadingText.isHeading("Council Financial Performance - Quarter 4, 2023/24 - Finance and Resources Committee of 8 May 2024"));
        assertTrue(HeadingText.isHeading("MINUTES OF THE PREVIOUS MEETINGS HELD ON 24th February 2020 and 11th May 2020"));
        assertTrue(HeadingText.isSentence("The Clerk said that members may attend."));
        assertFalse(HeadingText.isSentence("Minutes of the meeting held on 8 May 2024"));
    }
}
