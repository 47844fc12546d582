package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void takesTheCommitteeTheMinutesTitleNamesRatherThanTheCouncilHeadingAboveIt() {
        // corpus/d053.txt
        MeetingHeader h = header("""
                19

                ANGUS COUNCIL

                MINUTE of MEETING of the INFRASTRUCTURE SERVICES COMMITTEE held in the Town and County Hall, Forfar on Tuesday 20 January 2009 at 4.00 pm.

                Present: Councillors DAVID MAY, DAVID FAIRWEATHER, GLENNIS MIDDLETON, ALEX KING, IAN MACKINTOSH, JIM MILLAR, PETER MURPHY, ROBERT MYLES, HELEN OSWALD, RALPH PALMER, MARK SALMOND, ROBERT SPINK, DONALD MORRISON and JOHN WHYTE.
                """);
        assertEquals("INFRASTRUCTURE SERVICES COMMITTEE", h.committee().value());
        assertEquals("ANGUS COUNCIL", h.council().value());
        assertEquals("the Town and County Hall, Forfar", h.venue().value());
        assertEquals(CalendarDate.of(LocalDate.of(2009, 1, 20)), h.date().value());
    }

    @Test
    void keepsTheKindOfMeetingWithTheBodyAndTakesTheCouncilsOwnName() {
        // corpus/d062.txt: a one-paragraph PDF
        MeetingHeader h = header("CARLOW COUNTY COUNCIL Minutes of the January Monthly Meeting of Carlow County Council, held in The Council "
                + "Chamber, County Offices, Athy Road, Carlow, on Monday 11th January 2016 at 1.30 p.m. -------------------------------------"
                + "Present: Councillor C. Murphy, Cathaoirleach Councillor A. Ahern (Nee Long), Councillor F. Browne Councillor J. Cassin");
        assertEquals("January Monthly Meeting of Carlow County Council", h.committee().value());
        assertEquals("Carlow County Council", h.council().value());
        assertEquals("The Council Chamber, County Offices, Athy Road, Carlow", h.venue().value());
    }

    @Test
    void aCouncilsNameHoldsNoWordsOfTheTitleAndAVenueNoLabelOfTheList() {
        // corpus/d048.txt: the council was "of January Ordinary Meeting of Sligo County Council", the venue ran on to "MEMBERS"
        MeetingHeader h = header("""
                Minutes 2013
                Minutes of January Ordinary Meeting of Sligo County Council held on Monday 14th January, 2013 at 11.30am in The Council Chamber, County Hall, Riverside, Sligo
                MEMBERS PRESENT:
                - Councillor Baker,
                """);
        assertEquals("Sligo County Council", h.council().value());
        assertEquals("January Ordinary Meeting of Sligo County Council", h.committee().value());
        assertEquals("The Council Chamber, County Hall, Riverside, Sligo", h.venue().value());
    }

    @Test
    void aSentenceIsNoCouncilsName() {
        // corpus/d047.txt: the council was "A. That Council"
        MeetingHeader h = header("""
                19 Arrangements for in-person Council and Committee Meetings PDF 378 KB
                The report was put to a vote and agreed.
                A. That Council agreed the retention of the meeting arrangements as described in this report for a further period of 6 months
                B. That Council agreed the amendment to the constitution of the Council procedure rules as listed within Appendix A
                """);
        assertNull(h.council());
        assertFalse(h.committeeNamed(), "\"That Council agreed\" tells the kind of body only");
    }

    @Test
    void theWordsOfASentenceAreNoVenue() {
        // corpus/d044.txt: the venue was "order", of "if in order"; corpus/d105.txt: "the end of this month"
        assertNull(header("""
                Issue - meetings

                Minutes of the meeting held on xxxxxxxxxx 2008 and if in order, to be approved as a correct record.
                """).venue());
        assertNull(header("""
                The minutes of the meeting held on Thursday 4th January 2018 were proposed by Cllr. Val Kelsey and seconded by Cllr. David Childs.
                a)         Yoxwood – the Steering Committee AGM will be held at the end of this month.
                """).venue());
    }

    @Test
    void readsAFlattenedTitleUpToTheItemNumberAfterIt() {
        // corpus/d070.txt
        MeetingHeader h = header("17 June 2020 MINUTES OF ANNUAL GENERAL MEETING OF DONEGAL COUNTY COUNCIL HELD ON 17TH JUNE, 2020 IN THE AURA "
                + "LEISURE CENTRE, LETTERKENNY C/66/20 MEMBERS PRESENT Cllrs. Rena Donaghey, Cathaoirleach, L Blaney, K Bradley,");
        assertEquals("ANNUAL GENERAL MEETING OF DONEGAL COUNTY COUNCIL", h.committee().value());
        assertEquals("THE AURA LEISURE CENTRE, LETTERKENNY", h.venue().value());
        assertEquals(CalendarDate.of(LocalDate.of(2020, 6, 17)), h.date().value());
    }

    @Test
    void readsTheBodyOfAtAMeetingOfTitles() {
        // corpus/d082.txt, corpus/d113.txt
        MeetingHeader dock = header("Minutes 060717.Pdf At a Meeting of Pembroke Dock Town Council held at the Pater Hall, Pembroke Dock on "
                + "Thursday 6th July 2017 PRESENT: Councillors J McNaughton, G Goff, J Beynon");
        assertEquals("Pembroke Dock Town Council", dock.committee().value());
        assertEquals("the Pater Hall, Pembroke Dock", dock.venue().value());
        MeetingHeader coventry = header("Coventry City Council Minutes of the Meeting of Council held at 2.15 pm on Tuesday, 3 September 2019 "
                + "Present: Members: Councillor L Bigham (Chair) Councillor F Abbott");
        assertEquals("Council", coventry.committee().value());
        assertEquals("Coventry City Council", coventry.council().value());
    }

    @Test
    void readsTheVenueWrittenAfterTheDate() {
        // corpus/d106.txt, corpus/d151.txt
        assertEquals("the Council Chamber", header("""
                CYNGOR DINAS TYDDEWI ST DAVIDS CITY COUNCIL
                Minutes of the Monthly Meeting of the Council on Monday 7th June 2010 in the Council Chamber at 7.00pm
                Present: CT Taylor Deputy Mayor, JW Braby, DJO Chant
                """).venue().value());
        assertEquals("Invercarron Resource Centre", header("STONEHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to "
                + "9:30pm, 13th August 2019 Invercarron Resource Centre,\n1. Chairperson’s Welcome, RC").venue().value());
    }

    @Test
    void readsTheVenueOnTheLineUnderTheDate() {
        // corpus/d107.txt, corpus/d134.txt
        assertEquals("Jubilee Room, Civic Centre, Southend-on-Sea", header("""
                Meeting documents
                Development Control Committee
                Wednesday, 8th July, 2015 2.00 pm
                Jubilee Room, Civic Centre, Southend-on-Sea
                Attendance Details
                """).venue().value());
        assertEquals("Microsoft Teams", header("""
                Page 1357.
                Minute General Meeting of the Council Tuesday, 8 December 2020, 10:30.
                Microsoft Teams.
                Present Councillors J Harvey Johnston, Stephen G Clackson, Alexander G Cowie.
                """).venue().value());
    }

    @Test
    void readsVenueLabelsOtherThanVenue() {
        // corpus/d075.txt, corpus/d144.txt
        MeetingHeader fermanagh = header("""
                Minutes of a Meeting of: Policy & Resources Committee
                Date and Time: Wednesday 11 July 2018 at 7.01 pm
                Location: Council Chamber, The Townhall, Enniskillen
                Chairman: Councillor Sean Donnelly
                """);
        assertEquals("Policy & Resources Committee", fermanagh.committee().value());
        assertEquals("Council Chamber, The Townhall, Enniskillen", fermanagh.venue().value());
        MeetingHeader stockton = header("""
                Stockton-on-Tees Borough Council
                Big plans, bright future
                Council Minutes
                Date:
                Wednesday, 5th September, 2007
                Time:
                07.05 p.m.
                Place:
                Council Chamber, Town Hall, High Street, Stockton on Tees
                """);
        assertEquals("Council Chamber, Town Hall, High Street, Stockton on Tees", stockton.venue().value());
        assertEquals("Council", stockton.committee().value());
        assertEquals("Stockton-on-Tees Borough Council", stockton.council().value());
    }

    @Test
    void aMeetingInAPlaceNamesTheVenueNotTheBody() {
        // corpus/d102.txt: the committee was "meeting in County Buildings, Wellington Square, , on"
        MeetingHeader h = header("Minutes of meeting in County Buildings, Wellington Square, , on 27th June 2013 at 10.00 a.m.\n"
                + "Present: Councillors Helen Moonie (Provost), John Allan, Andy Campbell.");
        assertNull(h.committee());
        assertEquals("County Buildings, Wellington Square", h.venue().value());
    }

    @Test
    void readsADateWithItsOrdinalRunIntoTheMonth() {
        // corpus/d081.txt
        MeetingHeader h = header("""
                DUNCHIDEOCK PARISH COUNCIL
                Minutes from the extraordinary meeting on Tuesday 21stFebruary 2018 in the Village Hall, Dunchideock
                Present:- Cllrs P Goodchild, A Connett, J Goodey, and E Ellis
                """);
        assertEquals(CalendarDate.of(LocalDate.of(2018, 2, 21)), h.date().value());
        assertEquals("the Village Hall, Dunchideock", h.venue().value());
    }

    @Test
    void findsTheTitleThatAnAddressReadAsAnItemHeadingLeftOutOfTheHeader() {
        // corpus/d069.txt: "5 Halletts Way" is read as item 5
        MeetingHeader h = header("""
                Parish Council Minutes May 2021
                Clerk to the Council:
                Mr John Vanderwolfe FILCM Chartered MCIPD, MCMI
                5 Halletts Way
                EX13 5NB
                 01297 34444
                Minutes of the Council Meeting held on Zoom on Wednesday 5th May 2021
                Present: Cllr’s Dr A Nolan (Chairman), T Greenshields, S Bartlett, Dr A Nolan, R Churchill and J Baker
                In Attendance: The Clerk (Mr J Vanderwolfe)
                340 Election of Chairman
                Cllr Dr A Nolan was proposed as chairman for the ensuing year.
                """);
        assertEquals(CalendarDate.of(LocalDate.of(2021, 5, 5)), h.date().value());
        assertEquals("Zoom", h.venue().value());
    }

    @Test
    void aTitleNamingOnlyTheCouncilLeavesTheBodyToTheTitleLine() {
        // corpus/d001.txt
        MeetingHeader h = header("""
                Minutes - Full Council - 5th May 2020
                Minutes of a meeting of Bracebridge Heath Parish Council held remotely using Zoom on 5th May 2020 at 19:30
                Present: Cllrs C Barr, C Broad, C Callan, L Hauton.
                """);
        assertEquals("Full Council", h.committee().value());
        assertEquals("Bracebridge Heath Parish Council", h.council().value());
        assertEquals("remotely using Zoom", h.venue().value());
    }

    @Test
    void readsTheMeetingOfADecisionRecordFromItsFieldAtTheFoot() {
        // corpus/d149.txt
        MeetingHeader h = header("""
                Decision details
                Design Supplementary Planning Document
                Decision Maker: Cabinet
                Decision status: Recommendations Approved
                Report on the outcome of public consultation and approval to adopt a Design Supplementary Planning Document for Tamworth.
                           That Cabinet
                  1.  Approved the adoption of the Design Supplementary Planning Document
                Report author: Sushil Birdi
                Publication date: 14/06/2019
                Date of decision: 13/06/2019
                Decided at meeting: 13/06/2019 - Cabinet
                """);
        assertEquals("Cabinet", h.committee().value());
        assertEquals(CalendarDate.of(LocalDate.of(2019, 6, 13)), h.date().value());
    }

    @Test
    void aDateBeforeMeetingHeldIsTheMeetingsNotAnEarlierMeetingsInTheBody() {
        // corpus/d121.txt: the date was 10 May, of "the minutes of the Council meeting held on 10 May required amendment"
        MeetingHeader h = header("Minutes COUNCIL 5 July 2018 Meeting held at Council Chamber - Civic Centre, High Street, Uxbridge Councillor "
                + "John Morgan (Mayor) Councillor David Yarrow (Deputy Mayor) MEMBERS PRESENT: Councillors: Shehryar Ahmad-Wallana Janet Duncan "
                + "Councillor Burrows said that the minutes of the Council meeting held on 10 May required amendment.");
        assertEquals(CalendarDate.of(LocalDate.of(2018, 7, 5)), h.date().value());
        assertEquals("COUNCIL", h.committee().value());
        assertEquals("Council Chamber - Civic Centre, High Street, Uxbridge", h.venue().value());
    }

    @Test
    void aCouncilsNameStaysOnItsLine() {
        // corpus/d086.txt: the council was "Burns NEWRY, MOURNE & DOWN DISTRICT COUNCIL"
        MeetingHeader h = header("""
                Members spoke unanimously in support of the motion stating the evidence and research was well ... S Burns
                NEWRY, MOURNE & DOWN DISTRICT COUNCIL
                NMD/C/
                Minutes of Council Meeting held on Monday 6 November 2017 at 6pm in the Mourne Room, Downshire Civic Centre, Downpatrick
                """);
        assertEquals("NEWRY, MOURNE & DOWN DISTRICT COUNCIL", h.council().value());
        assertEquals("the Mourne Room, Downshire Civic Centre, Downpatrick", h.venue().value());
    }
}
