package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

/** Numbered headings of the corpus's numbering series, on their own line or run into the minute. */
class HeadingFinderTest {

    private final HeadingFinder finder = new HeadingFinder();

    /** Each heading found as "number | title". */
    private List<String> headings(String text) {
        return finder.find(DocumentText.of(text)).stream()
                .map(h -> (h.number() == null ? "-" : h.number().printed()) + " | " + h.title()).toList();
    }

    @Test
    void readsANumberOnItsOwnLineWithTheHeadingOnALaterLine() {
        // samples/002
        assertEquals(List.of("369. | Apologies and Welcome"), headings("""
                369.

                Apologies and Welcome

                Additional documents:
                """));
        // corpus/d017.txt
        assertEquals(List.of("AM119 | Notice and Summons of Meeting"), headings("""
                AM119

                Notice and Summons of Meeting

                Additional documents:
                """));
        // corpus/d051.txt
        assertEquals(List.of("(26) | APOLOGIES FOR ABSENCE AND DETAILS OF SUBSTITUTE MEMBERS"), headings("""
                (26)
                APOLOGIES FOR ABSENCE AND DETAILS OF SUBSTITUTE MEMBERS
                Apologies for absence were received from Councillors P W High and J A Wyatt.
                """));
    }

    @Test
    void theHeadingSpanRunsFromTheNumberToTheEndOfTheHeadingLine() {
        // corpus/d050.txt
        DocumentText text = DocumentText.of("C/152\n\nConfirmation of Minutes pdf icon PDF 217 KB\n\nAdditional documents:\n");
        Heading h = finder.find(text).get(0);
        assertEquals("C/152", h.number().printed());
        assertEquals("Confirmation of Minutes", h.title());
        assertEquals("C/152\n\nConfirmation of Minutes pdf icon PDF 217 KB", text.quote(h.span()));
    }

    @Test
    void takesALabelWithItsListRunInForTheHeadingAlone() {
        // store's identity set, J11 (Weston Parish Council) and J07 (St Weonards Parish Council)
        assertEquals(List.of("23.191 | Apologies", "2. | Apologies"), headings("""
                23.191 Apologies :- Cllrs Ellis, Halgarth, Higgins

                2. Apologies – Cllr J Evans, PSCO Lowri Anderson and David Atkinson
                """));
        assertEquals(List.of("4. | Declarations of interest – Cllr Cole"), headings("4. Declarations of interest – Cllr Cole\n"));
    }

    @Test
    void readsNumbersRunIntoTheirHeadings() {
        // samples/004
        assertEquals(List.of("SPCLL.20 | APOLOGIES FOR ABSENCE", "SPCLL.21 | DECLARATIONS OF INTEREST"), headings("""
                SPCLL.20 APOLOGIES FOR ABSENCE

                Apologies for absence were received for this meeting from Councillors Croft and Goodwin.

                SPCLL.21 DECLARATIONS OF INTEREST
                """));
        // corpus/d039.txt
        assertEquals(List.of("16/137 | Apologies of absence", "16/138 | Declarations of interest"), headings("""
                16/137 Apologies of absence

                No apologies had been received


                16/138 Declarations of interest
                """));
        // corpus/d036.txt, corpus/d018.txt, corpus/d006.txt
        assertEquals(List.of("21.44 | ELECTION OF CHAIR OF THE COUNCIL"), headings("21.44 ELECTION OF CHAIR OF THE COUNCIL\n"));
        assertEquals(List.of("1.0 | Election of Cathaoirleach"), headings("1.0 Election of Cathaoirleach\n"));
        assertEquals(List.of("1 | Chairman", "2 | Vice Chairman"), headings("""
                1) Chairman
                 Andy Vigrass was unanimously elected as Chairman
                2) Vice Chairman
                """));
    }

    @Test
    void cutsARunInHeadingAtTheColonOrFullStopBeforeTheMinute() {
        // corpus/d005.txt
        assertEquals(List.of("573. | Apologies for Absence",
                "574. | To invite Councillors to declare an interest in matters on the Agenda"), headings("""
                573. Apologies for Absence: There were no absentees


                574. To invite Councillors to declare an interest in matters on the Agenda. None were declared
                """));
        // corpus/d007.txt: the minute reference after the heading is not part of it
        assertEquals(List.of("2. | Apologies and reasons for absence"),
                headings("2. Apologies and reasons for absence: 066/23: Cllrs Bell, Kendrick and Bailey sent their apologises.\n"));
    }

    @Test
    void cutsARunInHeadingAtAPartLabelOrADash() {
        // corpus/d040.txt
        assertEquals(List.of("20.7.3 | Police Matters"), headings(
                "20.7.3 Police Matters a) Councillor Davies reported a man on a bicycle around the village shouting ‘I’m a terrorist’.\n"));
        // corpus/d046.txt
        assertEquals(List.of("219 | DECLARATIONS OF PERSONAL OR PERSONAL AND PREJUDICIAL INTERESTS AND DECLARATIONS OF WHIPPING ARRANGEMENTS (IF ANY)"),
                headings("219 DECLARATIONS OF PERSONAL OR PERSONAL AND PREJUDICIAL INTERESTS AND DECLARATIONS OF WHIPPING ARRANGEMENTS "
                        + "(IF ANY) – There were no declarations of personal or personal and prejudicial interests.\n"));
        // corpus/d037.txt
        assertEquals(List.of("6.1 | Translation Service"), headings(
                "6.1       Translation Service - The service is expected to be available from September 2022 onwards (cost - £ 120.00 + VAT - (AH/PD).\n"));
    }

    @Test
    void keepsADashThatBelongsToTheHeading() {
        // corpus/d038.txt
        assertEquals(List.of("3. | Planning Application 20/18688/FUL – Pwll Court Farm, Llangynidr"), headings(
                "3. Planning Application 20/18688/FUL – Pwll Court Farm, Llangynidr. No objections (3 for and 2 against).SD\n"));
    }

    @Test
    void readsAHeadedItemNumberAndTheHeadingBelowIt() {
        // corpus/d049.txt
        assertEquals(List.of("4(d) | Report of the Organisation, Procedure and Finance Committee Meeting held on 18th September 2008"), headings("""
                HEADED ITEM NO. 4(d)

                Report of the Organisation, Procedure and Finance Committee Meeting held on 18th September 2008
                """));
    }

    @Test
    void readsTheItemAnIssuePageIsAboutFromItsMeetingLine() {
        // corpus/d034.txt: the declarations table has numbered rows ("0654 Councillor Mary Dooley ...") that are not items
        DocumentText text = Fixtures.document(Fixtures.CORPUS.resolve("d034.txt")).text();
        assertEquals(List.of("643 | Declarations of Interest"), finder.find(text).stream()
                .map(h -> h.number().printed() + " | " + h.title()).toList());
    }

    @Test
    void anIssuePageItemLineThatRepeatsTheNumberIsTheHeading() {
        // corpus/d044.txt
        assertEquals(List.of("3 | Minutes of the meeting held on 18 February 2010 and if in order, to be approved as a correct record"), headings("""
                Meeting: 01/04/2010 - County Council (Item 3)

                3 Minutes of the meeting held on 18 February 2010 and if in order, to be approved as a correct record. pdf icon PDF 120 KB

                Additional documents:
                """));
    }

    @Test
    void findsALabelInCapitalsInsideALongFlattenedLine() {
        // corpus/d020.txt
        assertEquals(List.of("- | VOTES OF SYMPATHY"), headings(
                "Mr. T. Mawe, Financial Management Accountant, Mr. D. Hogan, S.E., Ms. C. Hilliard, A.O., and Ms. V. Francis, A.S.O. "
                        + "VOTES OF SYMPATHY: Votes of sympathy were unanimously extended to the following:- Loretta Jenkins & Family, "
                        + "Harbour Road, Banagher, on the death of her mother, Mrs. Bortolozzo. The Plunkett Family, Pearse Park, Tullamore, "
                        + "on the death of their father, Paddy. Kathleen Williamson, Ballydaly, Tullamore, on the death of her mother, Mrs. Healy.\n"));
    }

    @Test
    void doesNotTakeARunningHeaderWithADateOrASentenceAfterANumberForAHeading() {
        // corpus/d016.txt
        assertEquals(List.of(), headings("""
                MM 25.08.2015


                Minutes of the Monthly Meeting of Council held in the Island Civic Centre, The Island, Lisburn, on Tuesday, 25 August 2015 at 7:00 pm
                """));
        // corpus/d015.txt: a page number before the text it interrupts
        assertEquals(List.of(), headings("110 confirmed that she was still awaiting receipt of a certified copy of her Birth Certificate. How\n"));
        // corpus/d039.txt, corpus/d003.txt: numbered paragraphs of a minute
        assertEquals(List.of(), headings(
                "1          PCSO Maurice advised that the following incidents had occurred since the last meeting on 23rd January:\n"));
        assertEquals(List.of(), headings("2.2       Councillors Smith and Rigby declared that in respect of Item 4 they had sat on a previous "
                + "Planning Sub-Committee which had considered an application at the same site.\n"));
    }

    @Test
    void readsDateShapedNumbersThatCountUpAsASeriesOfItems() {
        assertEquals(List.of("19.03.01 | Apologies for absence", "19.03.02 | Declarations of interest", "19.03.03 | Highways"),
                headings("""
                        19.03.01 Apologies for absence
                        Apologies were received from Cllr D Black.
                        19.03.02 Declarations of interest
                        None.
                        19.03.03 Highways
                        The Clerk reported on potholes.
                        """));
        // Dates heading lines do not count up in their last part: they stay dates.
        assertEquals(List.of(), headings("""
                12.05.2023 Site visit to the allotments
                19.05.2023 Meeting with the police
                """));
    }

    @Test
    void readsNumbersWithALetterSuffixAndNumbersRunIntoACapitalHeading() {
        // corpus/d114.txt
        assertEquals(List.of("19/2/CNL | Minutes"), headings("""
                19/2/CNL

                Minutes

                Minutes:
                """));
        // corpus/d119.txt
        assertEquals(List.of("424/17 | APOLOGIES"), headings("424/17APOLOGIES\n"));
    }

    @Test
    void readsTheNumberAndHeadingCellsOfATableRow() {
        assertEquals(List.of("1. | Apologies for absence", "2. | Declarations of interest"), headings("""
                | 1. | Apologies for absence | None were received. |
                | 2. | Declarations of interest | None. |
                """));
    }

    @Test
    void readsAgendaItemAndMinNumbersButNotAnAgendaItemNamedInASentence() {
        assertEquals(List.of("1 | Apologies for Absence", "12/23 | Planning"), headings("""
                Agenda Item 1: Apologies for Absence
                None.
                Min 12/23 Planning
                No objection.
                """));
        // corpus/d098.txt
        assertEquals(List.of(), headings(
                " Agenda item 8 ‘Register of Member’s Interests – Treatment of Sensitive Interests’ as a member whose address had been removed.\n"));
    }

    @Test
    void readsAMinuteNumberWrittenAfterTheWordMinute() {
        assertEquals(List.of("45 | Apologies", "46 | Planning Applications"), headings("""
                Minute 45 Apologies
                Apologies were received from Councillor M Hughes.
                Minute 46 Planning Applications
                RESOLVED: That no objection be raised.
                """));
    }

    @Test
    void measuresACapitalHeadingRunIntoOrdinaryText() {
        // corpus/d026.txt
        String run = "DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be taken as and when they arise.";
        assertEquals("DECLARATIONS OF INTEREST FROM MEMBERS", run.substring(0, HeadingFinder.capitalRunLength(run)));
        // corpus/d026.txt: a decision marker ends the heading too
        String resolved = "MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: The minutes of the Full Council meeting held on 19 th July 2017";
        assertEquals("MINUTES OF THE LAST FULL COUNCIL MEETING", resolved.substring(0, HeadingFinder.capitalRunLength(resolved)));
    }

    @Test
    void tellsASentenceFromAHeadingInTitleCase() {
        // corpus/d046.txt
        assertTrue(HeadingFinder.startsSentence("The chair opened discussion on the draft report, inviting comments, changes or input from members."));
        assertFalse(HeadingFinder.startsSentence("Safeguarding Children and Young People During Election Days on School Premises"));
    }

    @Test
    void countsNoLettersInADateOnItsOwn() {
        // corpus/d051.txt: the running header "Development Committee / 1 / 4 July 2013"
        assertEquals(0, HeadingFinder.lettersOutsideDates("4 July 2013"));
        assertTrue(HeadingFinder.lettersOutsideDates("Minutes 07/02/2023") >= 3);
    }
}
