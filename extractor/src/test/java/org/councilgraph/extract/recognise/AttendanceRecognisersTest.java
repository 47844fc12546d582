package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class AttendanceRecognisersTest {

    private final AttendanceListRecogniser lists = new AttendanceListRecogniser(Lexicons.standard());
    private final AttendanceSentenceRecogniser sentences = new AttendanceSentenceRecogniser(Lexicons.standard());

    private static List<String> names(List<Attendance> all, AttendanceStatus status) {
        return all.stream().filter(a -> a.status() == status).map(a -> a.person().written()).toList();
    }

    @Test
    void readsAPresentListWithChairCoOptedMemberAndOfficers() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present:
                Councillor Silvester (in the Chair)
                Councillors Astbury, Beasant, Boyd.

                Co-opted Member: Reverend Ian Robinson

                Officers in attendance:
                • Matt Clayton (Head of Service Early Help and Prevention)
                • Simon Jones (Assistant Director Law and Governance, Monitoring Officer)

                SPCLL.20 APOLOGIES FOR ABSENCE
                """));
        assertEquals(List.of("Councillor Silvester", "Councillor Astbury", "Councillor Beasant", "Councillor Boyd",
                "Reverend Ian Robinson"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Matt Clayton", "Simon Jones"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertTrue(f.attendance().get(0).presided());
        assertTrue(f.roles().stream().anyMatch(r -> r.person().family().equals("Robinson") && r.role().equals("Co-opted Member")));
    }

    // The next three are common forms of officers' lists that no corpus document prints this way;
    // the lines are written for the test in the shape the corpus's officer lists take.
    @Test
    void endsAListAtAParagraphThatIsASentenceOfItsOwn() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Councillor A Smith (Chair), Councillors B Jones, C Brown and D White.

                The Head of Planning (Jane Doe) and the Democratic Services Officer (John Roe) attended.

                1. Apologies for absence
                """));
        assertEquals(List.of("Councillor A Smith", "Councillor B Jones", "Councillor C Brown", "Councillor D White"),
                names(f.attendance(), AttendanceStatus.PRESENT));
        assertTrue(f.roles().stream().noneMatch(r -> r.person().family().equals("White")), f.roles().toString());
    }

    @Test
    void readsTheListASentenceAfterALabelFinishes() {
        // corpus/d037.txt: the heading "Apologies", then "were received from: ..." as its own paragraph.
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                1          Present

                Councillors, Mr Tim Owen (Chair), Mrs Sharon Barton, Mrs Pat Dobbie.

                2         Apologies

                were received from: Councillors Mr Gareth Evans & Mr Les Thomas.

                3         Welcome:
                """));
        assertEquals(List.of("Mr Gareth Evans", "Mr Les Thomas"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void readsOfficersAttendingAsNamePostPairsSeparatedByCommasAndDashes() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Councillor A Smith (Chair), Councillors B Jones and C Brown.
                Officers Attending: Jane Doe – Head of Planning, John Roe – Democratic Services Officer

                1. Apologies for absence
                """));
        assertEquals(List.of("Jane Doe", "John Roe"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertTrue(f.roles().stream().anyMatch(r -> r.person().family().equals("Roe") && r.role().equals("Democratic Services Officer")),
                f.roles().toString());
    }

    @Test
    void readsCouncilOfficersAsALabelNotAPost() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Councillor A Smith (Chair), Councillors B Jones and C Brown.
                Council Officers: Ms J Doe (Head of Planning) and Mr J Roe (Democratic Services Officer)

                1. Apologies for absence
                """));
        assertEquals(List.of("Ms J Doe", "Mr J Roe"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertTrue(f.roles().stream().noneMatch(r -> r.role().equals("Council Officers")), f.roles().toString());
    }

    @Test
    void readsAPostWithItsHolderInBracketsAndKeepsThePostWhenTheHolderPresides() {
        // The civic-head form of borough minutes; written for the test (no corpus document prints it).
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: The Mayor (Councillor A Smith) (in the Chair)
                The Deputy Mayor (Councillor B Jones)
                Councillors C Brown and D White

                1. Apologies for absence
                """));
        assertEquals(List.of("Councillor A Smith", "Councillor B Jones", "Councillor C Brown", "Councillor D White"),
                names(f.attendance(), AttendanceStatus.PRESENT));
        assertTrue(f.attendance().get(0).presided());
        assertTrue(f.roles().stream().anyMatch(r -> r.person().family().equals("Smith") && r.role().equals("Mayor")), f.roles().toString());
        assertTrue(f.roles().stream().anyMatch(r -> r.person().family().equals("Jones") && r.role().equals("Deputy Mayor")), f.roles().toString());
    }

    @Test
    void readsPresentWereAsTheFrameOfAnAttendanceSentence() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON 12 MARCH 2024

                Present were Councillors A Smith (Chair), B Jones, C Brown and D White.

                1. Apologies for absence
                """));
        assertEquals(List.of("Councillor A Smith", "Councillor B Jones", "Councillor C Brown", "Councillor D White"),
                names(f.attendance(), AttendanceStatus.PRESENT));
    }

    @Test
    void keepsCountyCouncillorsAsMembersWhenTheWholeListCarriesTheTitle() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present:

                County Councillor Geoff Driver CBE (Chair)
                County Councillors

                \tA Atkinson

                M Green

                <AI1>
                \t1.
                \tApologies for Absence
                """));
        assertEquals(3, names(f.attendance(), AttendanceStatus.PRESENT).size(), f.attendance().toString());
    }

    @Test
    void treatsAVisitingCountyCouncillorAndTheClerkAsAttendees() {
        Facts f = Recognised.by(lists, Fixtures.segmented(
                "Present: Mrs Margaret Price, Mr Alan James and County Councillor Rosemarie Harris.\nIn attendance: S.Dale (Clerk).\n"
                        + "1. Apologies for absence: Mr David Mantle, Mr Gene Taylor.\n2. Declaration of interest: None\n"));
        assertEquals(List.of("Mrs Margaret Price", "Mr Alan James"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("County Councillor Rosemarie Harris", "S.Dale"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertEquals(List.of("Mr David Mantle", "Mr Gene Taylor"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void splitsLabelsPrintedApartFromTheirLists() {
        Facts f = Recognised.by(lists, Fixtures.segmented(
                "MINUTES OF OCTOBER MONTHLY MEETING PRESENT: APOLOGIES: Cllr. D. Owens (Presiding), Cllrs. N. Bourke, M. Buckley and "
                        + "P. Rowland. Cllr. E. Fitzpatrick IN ATTENDANCE: Mr. P. Gallagher, County Manager, Mr. D. Kirrane, D.O.S."));
        assertEquals(List.of("Cllr. D. Owens", "Cllr N. Bourke", "Cllr M. Buckley", "Cllr P. Rowland"),
                names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Cllr. E. Fitzpatrick"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertEquals(List.of("Mr. P. Gallagher", "Mr. D. Kirrane"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
    }

    @Test
    void readsApologiesAndSubstitutionsWordedAsSentences() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                1 Apologies for Absence and Substitutions
                Apologies for absence were received from Councillor Daly, who was substituted by Councillor Packard, and Councillor John Fisher, who was substituted by Councillor Plummer.

                2 Appointment of Substitute Members
                It was noted that Councillor S B Blair had been appointed as a substitute member for Councillor S Hill.
                """));
        assertEquals(List.of("Councillor Daly", "Councillor John Fisher"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        List<Attendance> subs = f.attendance().stream().filter(a -> a.status() == AttendanceStatus.SUBSTITUTE).toList();
        assertEquals(List.of("Councillor Packard", "Councillor Plummer", "Councillor S B Blair"),
                subs.stream().map(a -> a.person().written()).toList());
        assertEquals("Councillor S Hill", subs.get(2).substituteFor().written());
    }

    @Test
    void readsAttendanceStatedInSentences() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                District Cllrs Burley and Cawrey were present
                Clerk to Council, Mrs S Knowles and Assistant Clerk to Council, Mrs R Fraser were present
                Cllrs Bell, Kendrick and Bailey sent their apologies.
                """));
        assertEquals(List.of("District Cllr Burley", "District Cllr Cawrey", "Mrs S Knowles", "Mrs R Fraser"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertEquals(List.of("Cllr Bell", "Cllr Kendrick", "Cllr Bailey"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void readsAPostBeforeItsHolderAndLeavesOutCountedMembersOfThePublic() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                The Clerk, Mrs J Smith, and two members of the public were also present.
                Mr K Jones (Locum Clerk) and 3 residents were in attendance.
                """));
        assertEquals(List.of("Mrs J Smith", "Mr K Jones"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertEquals(List.of("Clerk", "Locum Clerk"), f.attendance().stream().map(Attendance::role).toList());
    }

    @Test
    void readsAMemberWhoApologisedForAbsenceButNotOneWhoApologisedForADelay() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                Councillor E Grey apologised for absence.
                Councillor F Blue apologised for her absence from the last meeting.
                Councillor G Pink apologised for the late circulation of the papers.
                """));
        assertEquals(List.of("Councillor E Grey", "Councillor F Blue"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void readsEachRowOfAMemberGridWithTheStatusInItsLastCell() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of the meeting of the Scrutiny Committee held on 4 April 2023 at County Hall

                | Councillor A Green | Present |
                | Councillor B Brown | Present |
                | Councillor C White | Apologies |
                | Councillor D Black | Absent |

                1. Minutes
                The minutes were approved.
                """));
        assertEquals(List.of("Councillor A Green", "Councillor B Brown"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor C White"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertEquals(List.of("Councillor D Black"), names(f.attendance(), AttendanceStatus.ABSENT));
    }

    @Test
    void wardsGivenByMostOfAPresentListAreTheMembersSeatsNotVisitingWardMembers() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Councillor A Green (Chair), Councillor B Brown (Abbey Ward), Councillor C White (Castle Ward)

                1. Minutes
                The minutes were approved.
                """));
        assertEquals(List.of("Councillor A Green", "Councillor B Brown", "Councillor C White"), names(f.attendance(), AttendanceStatus.PRESENT));
    }

    @Test
    void aListOfTitledNamesKeepsEachTitleWithItsOwnHolder() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of the meeting of Oakley Parish Council held on 4 April 2023 at the Village Hall

                Present: Councillors A Green (Chair), B Brown and C White

                In attendance: County Councillor P Hall, District Councillor R Lee, PCSO T Moss and the Clerk, Mrs J Smith.

                1. Apologies
                None.
                """));
        List<Attendance> attending = f.attendance().stream().filter(a -> a.status() == AttendanceStatus.IN_ATTENDANCE).toList();
        assertEquals(List.of("County Councillor P Hall", "District Councillor R Lee", "PCSO T Moss", "Mrs J Smith"),
                attending.stream().map(a -> a.person().written()).toList());
        assertEquals(List.of("County Councillor", "District Councillor", "PCSO", "Clerk"), attending.stream().map(Attendance::role).toList());
    }

    @Test
    void membersAbsentIsNoPresentListAndApologiesReceivedAndAcceptedIsAnApologiesList() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of the meeting of Oakley Parish Council held on 4 April 2023 at the Village Hall

                Present: Councillors A Green (Chair), B Brown and C White
                Apologies received and accepted: Cllr E Grey, Cllr F Blue
                Members absent: Councillor G Pink

                1. Minutes
                The minutes were approved.
                """));
        assertEquals(List.of("Councillor A Green", "Councillor B Brown", "Councillor C White"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Cllr E Grey", "Cllr F Blue"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertEquals(List.of("Councillor G Pink"), names(f.attendance(), AttendanceStatus.ABSENT));
    }

    @Test
    void doesNotTakeAnApologyForFailingToDeclareForAnAbsence() {
        Facts f = Recognised.by(sentences, Fixtures.segmented(
                "Mr Christie offered his apologies to the County Council for failing to declare a personal interest in item 7 on the agenda for the previous meeting."));
        assertTrue(f.attendance().isEmpty(), f.attendance().toString());
    }

    @Test
    void findsWhoPresidedWhenTheListDoesNotSay() {
        var chair = new ChairStatements(Lexicons.standard()).statement(Fixtures.segmented("""
                Annual Meeting
                An Cathaoirleach Councillor Jimmy Cudden presided.
                1.0 Election of Cathaoirleach
                The outgoing Cathaoirleach declared Councillor Nick Killian elected Cathaoirleach. Councillor Killian then took the chair.
                """));
        assertEquals("Councillor Jimmy Cudden", chair.orElseThrow().person().written());
    }

    @Test
    void alsoPresentIsOneLabelForPeopleInAttendanceNotPresentNumberedAlso() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present:  Councillor J.C. Bird (Chairman); Councillors Mrs. C.L. Curtis, J. Drysdale and E. Williams


                Also present: Messrs. B. Fisher, Mr. A. Raybould and Mrs. A. Evans (Tenant Working Group).
                """));
        assertEquals(List.of("Bird", "Curtis", "Drysdale", "Williams"), f.attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.PRESENT).map(a -> a.person().family()).toList());
        assertEquals(3, names(f.attendance(), AttendanceStatus.IN_ATTENDANCE).size(), f.attendance().toString());
    }

    @Test
    void readsApologiesWhoseNamesRunOnPastBlankLinesAndAfterTheLastFrom() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                Apologies for absence from the meeting were received on behalf of Councillor

                R D Feldman, Mr E A Britten, Professor P H J H Gosden, Mr C Macpherson,

                Mrs S Knights, Mr P Gathercole and Mrs S Hutchinson.
                """));
        List<String> apologies = names(f.attendance(), AttendanceStatus.APOLOGIES);
        assertEquals(7, apologies.size(), apologies.toString());
        assertTrue(apologies.get(0).endsWith("R D Feldman") && apologies.contains("Mrs S Hutchinson"), apologies.toString());
    }

    @Test
    void readsTheNamesUnderAnApologiesHeadingEndingInAFullStop() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                An extraordinary meeting of the Community Council took place on Monday 30th June 2021.

                1 Apologies for absence.

                Mr Ian Matthews IM and Mr Gary Watkins GW the Community Council sends GW best wishes for a speedy recovery.

                2 Declarations of Interest.

                CdeW declared a prejudicial interest in item 3.
                """));
        List<String> apologies = names(f.attendance(), AttendanceStatus.APOLOGIES);
        assertEquals(2, apologies.size(), apologies.toString());
        assertTrue(apologies.get(0).startsWith("Mr Ian Matthews") && apologies.get(1).startsWith("Mr Gary Watkins"), apologies.toString());
    }

    @Test
    void theCivicHeadListedFirstChairsWhenNoChairIsNamed() {
        org.councilgraph.extract.analysis.DocumentAnalysis minutes = Fixtures.segmented("""
                PRESENT: The Right Worshipful the Mayor Councillor R T Beckett

                Deputy Mayor, Councillor A Redpath

                Councillors W J Dillon, D Drysdale and A G Ewart
                """);
        List<Attendance> all = Recognition.standard().recognise(minutes).attendance();
        assertEquals(List.of("Beckett"), all.stream().filter(Attendance::presided).map(a -> a.person().family()).toList());
        org.councilgraph.extract.analysis.DocumentAnalysis committee = Fixtures.segmented("""
                PRESENT: Councillor W J Dillon, the Mayor Councillor R T Beckett and Councillor D Drysdale
                """);
        assertTrue(Recognition.standard().recognise(committee).attendance().stream().noneMatch(Attendance::presided));
    }

    @Test
    void aSubstituteAppointedToReplaceThemReplacesThePersonNamedBefore() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                It was noted that following receipt of the temporary resignation of Councillor Professor Margetts, from the Panel, \
                the Service Director – Legal and Business Operations acting under delegated powers, had appointed Councillor Savage \
                to replace them for the purposes of this meeting.
                """));
        List<Attendance> subs = f.attendance().stream().filter(a -> a.status() == AttendanceStatus.SUBSTITUTE).toList();
        assertEquals(1, subs.size(), f.attendance().toString());
        assertEquals("Savage", subs.get(0).person().family());
        assertEquals("Margetts", subs.get(0).substituteFor().family());
    }

    @Test
    void readsTheLabelsOfTheLexiconsItWasMadeWith() {
        String minutes = "Present:\nCouncillors Astbury, Beasant and Boyd.\n\nAttendees:\nCouncillor Croft\n";
        var labels = org.councilgraph.extract.lexicon.Lexicon.parse("attendance-labels", List.of("Attendees = apologies"));
        var small = new AttendanceListRecogniser(org.councilgraph.extract.lexicon.Lexicons.standard().with(labels));
        assertEquals(List.of("Councillor Croft"), names(Recognised.by(small, Fixtures.segmented(minutes)).attendance(),
                AttendanceStatus.APOLOGIES));
        assertEquals(List.of(), names(Recognised.by(lists, Fixtures.segmented(minutes)).attendance(), AttendanceStatus.APOLOGIES));
    }
    @Test
    void readsTheListsOfAOneParagraphPdfWhoseLabelsHaveNoColons() {
        // corpus/d138.txt
        Facts f = Recognised.by(lists, Fixtures.segmented("NORTH LANARKSHIRE COUNCIL 5 October 2017 Motherwell, 5 October 2017 at pm. "
                + "A Meeting of the NORTH LANARKSHIRE COUNCIL PRESENT Councillor Jones, Provost; Councillor Castles, Depute Provost; "
                + "Councillors Anderson, D. Ashraf, Weir and Wilson. CHAIR Councillor Jones (Provost) presided. IN ATTENDANCE The Chief "
                + "Executive; Business Finance Manager; Expenditure Manager, and Democratic Services Manager. APOLOGIES Councillors "
                + "M. Coyle, Alan Valentine and Annette Valentine. PROVOST'S REMARKS The Provost's Remarks were as folows.\n"));
        assertEquals(List.of("Councillor Jones", "Councillor Castles", "Councillor Anderson", "Councillor D. Ashraf", "Councillor Weir",
                "Councillor Wilson"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor M. Coyle", "Councillor Alan Valentine", "Councillor Annette Valentine"),
                names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertTrue(f.attendance().stream().filter(Attendance::presided).allMatch(a -> a.person().family().equals("Jones")));
        assertEquals(List.of("Provost", "Depute Provost"), f.roles().stream().map(r -> r.role()).toList(), "the label CHAIR is no post");
    }

    @Test
    void alsoPresentAfterTheApologiesListsThoseAttending() {
        // corpus/d118.txt
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                MINUTES OF ORDINARY MEETING OF CORK CITY COUNCIL

                APOLOGIES Comhairleoir B. Bermingham.

                ALSO PRESENTMr. T. Lucey,City Manager.

                Mr. T. Keating, Meetings Administrator, Corporate & External Affairs.

                An tArd-Mhéara recited the opening prayer.
                """));
        assertEquals(List.of("Comhairleoir B. Bermingham"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertEquals(List.of("Mr. T. Lucey", "Mr. T. Keating"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertTrue(f.roles().stream().anyMatch(r -> r.role().equals("Meetings Administrator, Corporate & External Affairs")));
    }

    @Test
    void anInAttendanceListBeforeAnAlsoInAttendanceListIsTheMembers() {
        // corpus/d091.txt: the second label is broken over two lines
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of Monthly Meeting of the Council held on Monday 8 May 2006 at 7.00 pm in the
                Boardroom, District Council Offices, Monaghan Row, Newry.
                In the Chair:
                Councillor P McGinn
                In Attendance:
                Councillor C Burns
                Councillor W Burns
                Also in
                Attendance:
                Mr T McCall, Clerk & Chief Executive
                Mr E Curtis, Director of Administration
                Apologies:
                Councillor J Patterson
                M/140/2006:-
                CONDEMNATION
                """));
        assertEquals(List.of("Councillor P McGinn", "Councillor C Burns", "Councillor W Burns"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Mr T McCall", "Mr E Curtis"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertEquals(List.of("Councillor J Patterson"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void aGroupInBracketsAfterTheLabelSaysWhoseListItIs() {
        // corpus/d086.txt
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of Council Meeting held on Monday 6 November 2017 at 6pm in the Mourne Room, Downshire Civic Centre, Downpatrick

                In the Chair: Councillor R Mulgrew

                In attendance: (Councillors)

                Councillor T Andrews Councillor R BurgessCouncillor P Byrne Councillor D McAteer Councillor O McMahonCouncillor A McMurray

                (Officials)Mr L Hannaway, Chief ExecutiveMrs D Carville, Director of Corporate Services

                C/160/2017 APOLOGIES AND CHAIRPERSON’S REMARKS
                """));
        assertEquals(List.of("Councillor R Mulgrew", "Councillor T Andrews", "Councillor R Burgess", "Councillor P Byrne", "Councillor D McAteer",
                "Councillor O McMahon", "Councillor A McMurray"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Mr L Hannaway", "Mrs D Carville"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
    }

    @Test
    void readsApologiesReportedForNamesAndMembersRecordedAsNotPresent() {
        // corpus/d059.txt
        Facts reported = Recognised.by(sentences, Fixtures.segmented(
                "Minutes:\n\n            Apologies for inability to attend were reported for Councillors T. Brooks and McCusker.\n"));
        assertEquals(List.of("Councillor T. Brooks", "Councillor McCusker"), names(reported.attendance(), AttendanceStatus.APOLOGIES));
        // corpus/d071.txt
        Facts absent = Recognised.by(sentences, Fixtures.segmented("""
                Councillor Fisher offered apologies for Cllr Fethney
                Councillors Whitman, Bateman and E Collins were not present.
                Councillor Guest joined the meeting at 7.50pm.
                """));
        assertTrue(names(absent.attendance(), AttendanceStatus.ABSENT).containsAll(
                List.of("Councillor Whitman", "Councillor Bateman", "Councillor E Collins")), absent.attendance().toString());
    }

    @Test
    void readsApologiesAnnouncedBeforeTheirListAndSentWithAnAdverb() {
        // Constructed: no corpus document words its apologies this way, but both are common minute forms.
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                1. APOLOGIES FOR ABSENCE
                Apologies for absence were received from the following Members:
                Councillor Evans
                Councillor Roberts

                2. MINUTES
                Cllr Hughes also sent apologies due to illness.
                """));
        assertEquals(List.of("Councillor Evans", "Councillor Roberts", "Cllr Hughes"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void readsTheSubstituteBracketedAfterAnAbsentMember() {
        // corpus/d107.txt
        Facts f = Recognised.by(sentences, Fixtures.segmented("107 Apologies and substitutions.\n"
                + "Apologies for absence were received from Councillors Butler (Substitute: Cllr Salter), Byford (Substitute: Cllr Lamb) "
                + "and McGlone (Substitute: Cllr Waterworth).\n"));
        assertEquals(List.of("Councillor Butler", "Councillor Byford", "Councillor McGlone"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertEquals(List.of("Cllr Salter", "Cllr Lamb", "Cllr Waterworth"), names(f.attendance(), AttendanceStatus.SUBSTITUTE));
        assertEquals("Butler", f.attendance().stream().filter(a -> a.status() == AttendanceStatus.SUBSTITUTE).findFirst().orElseThrow()
                .substituteFor().family());
    }

    @Test
    void readsASubstituteListedWithTheMemberSatInFor() {
        // Constructed: the ModernGov "Substitutes:" form, with no instance in the corpus.
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Councillor Wilson (Chairman); Councillors Baker and Carter.

                Apologies for absence: Councillors Gibson and Harris.

                Substitutes: Councillor Irving for Councillor Gibson.

                12. MINUTES
                """));
        assertEquals(List.of("Councillor Wilson", "Councillor Baker", "Councillor Carter"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor Irving"), names(f.attendance(), AttendanceStatus.SUBSTITUTE));
        assertEquals(List.of("Councillor Gibson", "Councillor Harris"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void takesNoOneUntitledNameAtTheHeadOfAPageForAnAttendanceList() {
        // corpus/d114.txt: the site's banner "A Cambridge City Council website" read as a person "A Cambridge"
        Facts banner = Recognised.by(lists, Fixtures.segmented("""
                A Cambridge City Council website

                Cambridge City Council

                Agenda and minutes

                19/1/CNL To elect a Mayor for the Municipal Year 2019/20
                """));
        assertTrue(banner.attendance().isEmpty(), banner.attendance().toString());
    }

    // The tests below are constructed: common forms of attendance records that no corpus
    // document prints this way, each written in the general shape the form takes.
    @Test
    void readsComposedGroupLabelsOfMembersAndOthers() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of the Cabinet held at the Civic Centre on Thursday 6 June 2024

                Members of the Cabinet present:
                Councillor Helen Ward (Leader of the Council) in the Chair
                Councillor Tom Ashworth (Deputy Leader and Portfolio Holder for Finance)
                Councillor Priya Singh (Portfolio Holder for Housing)

                Other Members present: Councillors D Kerr and L Moss

                Officers present: Chief Executive (Mark Dale)

                1. Apologies for absence
                """));
        assertEquals(List.of("Councillor Helen Ward", "Councillor Tom Ashworth", "Councillor Priya Singh"),
                names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor D Kerr", "Councillor L Moss", "Mark Dale"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
    }

    @Test
    void keepsAPortfolioHolderListedAtAScrutinyMeetingAsAttending() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of the Health Scrutiny Panel held on 9 October 2024

                Present: Councillor R Amos (Chair), Councillor S Bird, Councillor Y Hope (Portfolio Holder for Health)

                1. Apologies for absence
                """));
        assertEquals(List.of("Councillor R Amos", "Councillor S Bird"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor Y Hope"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
    }

    @Test
    void pairsASingularPostLabelWithItsOneHolderButNotAGroupLabel() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Cllrs P Adams (Chairman), S Clarke and T Dixon
                Clerk: Mrs P Lane
                Officers: Mr R Moss

                1. Apologies
                None.
                """));
        assertEquals(List.of("Mrs P Lane", "Mr R Moss"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        var roles = f.attendance().stream().filter(a -> a.status() == AttendanceStatus.IN_ATTENDANCE).map(a -> String.valueOf(a.role())).toList();
        assertEquals(List.of("Clerk", "null"), roles);
    }

    @Test
    void readsTheListUnderAnAgendaWordedApologiesHeading() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Cllrs P Adams (Chairman), S Clarke and T Dixon

                FC/24/01 To receive apologies for absence
                Cllr. G. Grant – holiday.
                Cllr. H. Hughes – work commitments.

                FC/24/02 To receive declarations of interest
                None.
                """));
        assertEquals(List.of("Cllr. G. Grant", "Cllr. H. Hughes"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertTrue(f.roles().stream().noneMatch(r -> r.role().contains("holiday")), f.roles().toString());
    }

    @Test
    void readsAnApologiesSentenceThatLeavesItsSubjectToTheHeading() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                Present: Cllr A Davies (Chairman), Cllr B Morgan, Cllr C Hughes

                1. Apologies
                Received from Cllr D Phillips (family) and Cllr E Rees (unwell).

                2. Minutes
                Received from the Clerk and approved.
                """));
        assertEquals(List.of("Cllr D Phillips", "Cllr E Rees"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void readsApologiesTenderedByMembers() {
        Facts f = Recognised.by(sentences, Fixtures.segmented("""
                1. Apologies
                Apologies were tendered by Councillors V Eades and W Frost.
                """));
        assertEquals(List.of("Councillor V Eades", "Councillor W Frost"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void takesAnOfficersPostAfterACommaInAListOfCouncillorsForAnotherPerson() {
        // store's identity set, J13 (Weston Parish Council): "Present:- Cllrs, Dicks, ..., Pennington, Clerk/RFO."
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present: Cllrs Barker (Chairman), Cole, Dean, Evans, Clerk.

                1. Apologies
                """));
        assertEquals(List.of("Cllr Barker", "Cllr Cole", "Cllr Dean", "Cllr Evans"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertTrue(f.roles().stream().noneMatch(r -> r.role().equals("Clerk")), f.roles().toString());
    }

    @Test
    void readsAMemberGridFlattenedOneCellToALine() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Minutes of the Policy Committee held on 9 October 2024

                Attendance details
                Attendee
                Role
                Attendance
                Councillor R Amos
                Chair
                Present
                Councillor S Bird
                Committee Member
                Apologies
                Councillor T Carr
                Present
                W Fry
                Officer
                In attendance

                1. DECLARATIONS OF INTEREST
                None.
                """));
        assertEquals(List.of("Councillor R Amos", "Councillor T Carr"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor S Bird"), names(f.attendance(), AttendanceStatus.APOLOGIES));
        assertEquals(List.of("W Fry"), names(f.attendance(), AttendanceStatus.IN_ATTENDANCE));
        assertTrue(f.attendance().get(0).presided(), f.attendance().toString());
        assertTrue(f.roles().stream().anyMatch(r -> r.person().family().equals("Bird") && r.role().equals("Committee Member")));
    }

    @Test
    void readsTheRoleCellsOfAPipeTableMemberGrid() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                | Attendee | Role | Attendance |
                | Councillor R Amos | Chair | Present |
                | Councillor S Bird | Committee Member | Apologies |
                | Councillor U Dale | Vice-Chair | Present, as substitute |

                1. DECLARATIONS OF INTEREST
                """));
        assertEquals(List.of("Councillor R Amos", "Councillor U Dale"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertTrue(f.roles().stream().anyMatch(r -> r.person().family().equals("Dale") && r.role().equals("Vice-Chair")), f.roles().toString());
    }

    @Test
    void takesALegendsMarkForApologiesInTheListOfMembers() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Members: Councillors R Amos (Chair), S Bird (A), T Carr, U Dale (A), Y Hope
                (A) denotes apologies

                1. DECLARATIONS OF INTEREST
                """));
        assertEquals(List.of("Councillor R Amos", "Councillor T Carr", "Councillor Y Hope"), names(f.attendance(), AttendanceStatus.PRESENT));
        assertEquals(List.of("Councillor S Bird", "Councillor U Dale"), names(f.attendance(), AttendanceStatus.APOLOGIES));
    }

    @Test
    void takesNoNamesAboveALabelWithAColonForAGridRow() {
        Facts f = Recognised.by(lists, Fixtures.segmented("""
                Present:
                Callum Fordham
                Beth Cooke

                Apologies:
                Councillor Anne Ryder
                Absent
                """));
        assertEquals(List.of("Callum Fordham", "Beth Cooke"), names(f.attendance(), AttendanceStatus.PRESENT));
    }
}
