package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Headings without numbers, found where ItemSegmenter looks for them: before the first numbered
 * item (here the whole snippet). The gold item lists say which lines are headings.
 */
class UnnumberedHeadingsTest {

    private final UnnumberedHeadings headings = new UnnumberedHeadings();

    private List<String> titles(String snippet) {
        DocumentText text = DocumentText.of(snippet);
        return headings.find(text, new Span(0, text.length())).stream().map(Heading::title).toList();
    }

    @Test
    void takesNoRoleCellOfAMemberGridForAHeading() {
        // Constructed: an attendance table flattened one cell to a line.
        assertEquals(List.of("Planning Applications"), titles("""
                Present:
                Councillor R Amos
                Chair
                Present
                Councillor S Bird
                Committee Member
                Apologies

                Planning Applications
                The committee considered two applications.
                """));
    }

    @Test
    void findsAHeadingInCapitalsStandingAloneAfterTheAttendance() {
        // corpus/d001.txt
        assertEquals(List.of("PUBLIC PARTICIPATION SESSION"), titles("""
                Minutes of a meeting of Bracebridge Heath Parish Council held remotely using Zoom on 5th May 2020 at 19:30
                Present: Cllrs C Barr, C Broad, C Callan, L Hauton, J Kilcoyne, S Manders, V Marden, J Moran, D Parr, A Smith, K Trought and A Walker.
                District Cllrs Burley and Cawrey were present
                Clerk to Council, Mrs S Knowles and Assistant Clerk to Council, Mrs R Fraser were present
                No members of public were present

                PUBLIC PARTICIPATION SESSION
                Report from Lincolnshire County Councillor Cawrey – Cllr Cawrey reported on the COVID-19 community support grant and the funding provided through County Councillors;
                """));
    }

    @Test
    void findsAHeadingInTitleCaseAfterAListOfPosts() {
        // corpus/d016.txt: the posts in attendance are one long line, not a heading
        assertEquals(List.of("Commencement of the Meeting"), titles("""
                IN ATTENDANCE: Lisburn & Castlereagh City Council

                Chief Executive Director of Corporate Services Director of Development and Planning Director of Leisure and Community Services Head of Environmental Health Head of Central Support Services Head of Marketing and Communication (Miss A Goddard) Transition Manager IT Officer Committee Secretary Attendance Clerk

                Commencement of the Meeting

                At the commencement of the meeting, The Right Worshipful the Mayor, Councillor R T Beckett, having welcomed those present to the meeting, thanked Members for their attendance.
                """));
    }

    @Test
    void findsHeadingsFollowedByTheirMinuteOrAnAgendaInstruction() {
        // corpus/d014.txt: "Public Question Time" then its minute, "Declarations of Interest" then "To receive any declarations ..."
        DocumentText text = Fixtures.document(Fixtures.CORPUS.resolve("d014.txt")).text();
        assertEquals(List.of("Public Question Time", "Declarations of Interest"),
                headings.find(text, new Span(0, text.length())).stream().map(Heading::title).toList());
    }

    @Test
    void findsAHeadingAtTheTopOfAPageWhenAnAgendaInstructionFollowsIt() {
        // corpus/d010.txt: no attendance labels come before it
        assertEquals(List.of("Apologies and Changes in Membership (if any)"), titles("""
                Apologies and Changes in Membership (if any)
                To note any changes in membership of the Panel made in accordance with Council Procedure Rule 4.3.
                It was noted that following receipt of the temporary resignation of Councillor Professor Margetts, from the Panel,
                """));
    }

    @Test
    void findsAHeadingAfterTheItemsTableHeader() {
        // corpus/d035.txt
        assertEquals(List.of("PRESENTATIONS"), titles("""
                Items
                No. Item

                PRESENTATIONS

                The Chairman presented a 25 year Long Service Award to Dawn Graham who reached this milestone on the same day as the meeting.
                """));
    }

    @Test
    void findsAHeadingBetweenTheAttendanceAndTheFirstNumberedItem() {
        // corpus/d021.txt
        assertEquals(List.of("Vote of Sympathy"), titles("""
                In attendance:
                P Beubry, Castlecomer Area Engineer,
                P O’Neill, Director of Services
                T Lauhoff, Thomastown Area Engineer
                N Byrne, Castlecomer Area Office
                B Tyrrell, Meetings Administrator
                A M Walsh, Meetings Administrator
                K Hanley, Meetings Administrator
                Vote of Sympathy
                A vote of sympathy was passed by the members in respect of the tragic death of
                6 year old Jake Brennan, Kilkenny and the sad and untimely death of Mary
                """));
    }

    @Test
    void takesNoAttendanceLabelOrLineOfNamesForAHeading() {
        // corpus/d048.txt: the gold lists no item before "1. MINUTES OF THE BUDGET MEETING"
        assertEquals(List.of(), titles("""
                - Councillor O’Grady,
                - Councillor Queenan.
                OFFICIALS IN ATTENDANCE:
                - Mr H. Kearns, County Manager
                - Mr T. Kilfeather, Director of Services
                - Ms D. Clarke, Director of Services
                - Ms M. Leydon, Head of Finance
                - Ms P. R. Gallagher, Acting Director of Services
                - Mr T. Brennan, Senior Engineer
                - Mr S. O’Toole. Senior Executive Engineer
                - Mr J. Murphy, Senior Executive Officer
                - Mr F. MacNabb, Meetings Administrator
                - Ms M. McGovern, Clerical Officer
                APOLOGIES:
                - Councillor David Cawley
                CATHAOIRLEACH
                - The Cathaoirleach, Councillor V. Cawley presided.
                """));
    }

    @Test
    void takesNoNameWithItsPostInAColumnForAHeading() {
        // corpus/d039.txt
        assertEquals(List.of(), titles("""
                Minutes from the Sesswick Community Council meeting held at 6.30pm on Monday 20th March 2017 at Marchwiel Village Hall



                Cllr John Hurst                         Chair

                Cllr S. Heather Rowland           Vice- Chair

                Cllr John Pritchard                   County Councillor

                Cllr Christine Stead

                Cllr Patricia Jones

                Cllr Elizabeth Griffiths

                Cllr Raymond Jones

                PCSO Lynne Maurice               North Wales Police

                Ian Griffiths                             Clerk/ responsible financial officer

                No members of the public
                """));
    }

    @Test
    void takesNoNamesWithTheirInitialsForAHeading() {
        // corpus/d041.txt
        assertEquals(List.of(), titles("""
                An extraordinary meeting of the Community Council took place on Monday 30th June 2021 at 7.30pm in Groesffordd Village Hall.


                Mr Charles de Winton CdeW Jason Palmer JP

                Kate Coton Wright KCW Mr Ray Powell RP

                Ms Jackie Williams JW


                In attendance:

                Ms Sue Dale SD (Clerk)
                """));
    }
}
