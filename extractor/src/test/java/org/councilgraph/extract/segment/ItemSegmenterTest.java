package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

class ItemSegmenterTest {

    private final ItemSegmenter segmenter = new ItemSegmenter();

    private Segmentation segment(String text) {
        return segmenter.segment(DocumentText.of(text));
    }

    private static List<String> titles(Segmentation s) {
        return s.items().stream().map(ItemSegment::title).toList();
    }

    private static List<String> numbers(Segmentation s) {
        return s.items().stream().map(ItemSegment::number).toList();
    }

    @Test
    void readsFlattenedTableRowsAndCutsTheHeadingFromItsAgendaText() {
        Segmentation s = segmenter.segment(Fixtures.document(Fixtures.sample("000")).text());
        assertEquals(Layout.PIPE_TABLE, s.layout());
        List<String> t = titles(s);
        assertEquals(13, t.size());
        assertEquals("Minutes", t.get(0));
        assertEquals("Questions asked by members under Standing Order 7(3) and 7(5)", t.get(2));
        assertEquals("Leicestershire County Council Community Safety Annual Update", t.get(7));
    }

    @Test
    void numbersItemsWithRomanNumeralsWhereNoNumbersDo() {
        Segmentation s = segment("""
                Present: Cllr A Brown (Chair), Cllr C Dunn

                i) Apologies for absence
                Apologies were received from Cllr G Hill.

                ii) Declarations of interest
                None.

                iii) Village Hall roof
                RESOLVED: to accept the quote.
                """);
        assertEquals(List.of("i)", "ii)", "iii)"), numbers(s));
    }

    @Test
    void readsLetteredPartsBesideNumbersAsPartsAndNotAListOfPeople() {
        Segmentation s = segment("""
                1. Apologies for absence
                Apologies were received from Councillor G Hill.

                2. Declarations of interest
                i. Councillor Barkley declared an interest as a member of the County Council.
                ii. Councillor Fryer declared an interest as a member of the County Council.

                3. Motions
                3a Motion on Climate
                RESOLVED: That the motion be adopted.
                3b Motion on Parking
                RESOLVED: That the motion be referred to Cabinet.
                """);
        assertEquals(List.of("1.", "2.", "3.", "3a", "3b"), numbers(s));
        assertEquals("Motion on Parking", s.items().get(4).title());
    }

    @Test
    void readsItemMarkersWithTheNumberOnItsOwnLine() {
        Segmentation s = segmenter.segment(Fixtures.document(Fixtures.sample("003")).text());
        assertEquals(Layout.ITEM_MARKERS, s.layout());
        assertEquals(List.of("1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."), numbers(s));
        assertEquals("Quarterly Corporate Performance Monitoring Report – Quarter 2 2017/18", s.items().get(5).title());
    }

    @Test
    void keepsResolutionPartsOutOfTheItemNumbering() {
        Segmentation s = segmenter.segment(Fixtures.document(Fixtures.sample("004")).text());
        assertEquals(15, s.items().size());
        assertTrue(numbers(s).stream().allMatch(n -> n.startsWith("SPCLL.")), numbers(s).toString());
    }

    @Test
    void cutsARunInHeadingAtTheSentenceThatFollowsIt() {
        Segmentation s = segment("""
                219 DECLARATIONS OF PERSONAL OR PERSONAL AND PREJUDICIAL INTERESTS (IF ANY) – There were no declarations.

                220 PUBLIC REQUESTS TO SPEAK – There were no public requests received.

                221 (28) SCRUTINY OVERVIEW – Safeguarding Children During Election Days – The chair opened discussion on the draft report.
                """);
        assertEquals(List.of("219", "220", "221 (28)"), numbers(s));
        assertEquals("SCRUTINY OVERVIEW – Safeguarding Children During Election Days", s.items().get(2).title());
        assertEquals("PUBLIC REQUESTS TO SPEAK", s.items().get(1).title());
    }

    @Test
    void findsSubItemsUnderTheirItem() {
        Segmentation s = segment("""
                C/152

                Confirmation of Minutes pdf icon PDF 217 KB

                (A)

                Matters arising from minutes

                A discussion took place.

                C/153

                Questions

                The questions were not proposed and seconded.
                """);
        assertEquals(List.of("C/152", "(A)", "C/153"), numbers(s));
        assertEquals("Confirmation of Minutes", s.items().get(0).title());
    }

    @Test
    void findsUnnumberedHeadingsAfterTheAttendanceList() {
        Segmentation s = segment("""
                Minutes of a meeting of the Parish Council held on 5th May 2020
                Present: Cllrs C Barr, C Broad and A Walker.

                PUBLIC PARTICIPATION SESSION
                Report from the County Councillor on the bypass.
                """);
        assertEquals(List.of("PUBLIC PARTICIPATION SESSION"), titles(s));
    }

    @Test
    void ignoresPageNumbersAndDatesThatLookLikeItems() {
        Segmentation s = segment("""
                (28)
                ITEMS OF URGENT BUSINESS
                The Chairman stated that there was one item of urgent business.
                Development Committee
                1
                4 July 2013
                (29)
                DECLARATIONS OF INTEREST
                Councillors declared interests.
                """);
        assertEquals(List.of("(28)", "(29)"), numbers(s));
    }

    @Test
    void separatesTheMinuteFromTheAgendaText() {
        Segmentation s = segmenter.segment(Fixtures.document(Fixtures.sample("002")).text());
        ItemSegment item = s.items().get(3);
        DocumentText text = Fixtures.document(Fixtures.sample("002")).text();
        assertTrue(text.quote(item.minutes()).startsWith("The Minutes of the Meeting held on 23 May 2022"));
        assertTrue(text.quote(item.body()).startsWith("Previously circulated"));
    }

    private Segmentation corpus(String name) {
        return segmenter.segment(Fixtures.document(Fixtures.CORPUS.resolve(name)).text());
    }

    @Test
    void readsAnIssuePageAsTheOneItemItIsAbout() {
        // corpus/d003.txt: the numbered paragraphs 2.1 to 2.3 are the minute, not items
        Segmentation s = corpus("d003.txt");
        assertEquals(Layout.ISSUE_PAGE, s.layout());
        assertEquals(List.of("2"), numbers(s));
        assertEquals(List.of("Declarations of Interest"), titles(s));
    }

    @Test
    void findsNoItemsInADecisionRecord() {
        // corpus/d032.txt: "1. That the recommendations ..." is a part of the decision, and the gold lists no items
        Segmentation s = corpus("d032.txt");
        assertEquals(Layout.DECISION_RECORD, s.layout());
        assertEquals(List.of(), s.items());
    }

    @Test
    void readsRowsFlattenedToLinesWithTheirMinutesLabel() {
        // corpus/d029.txt
        Segmentation s = corpus("d029.txt");
        assertEquals(Layout.MINUTES_ROWS, s.layout());
        assertEquals(List.of("Welcome", "Member of Staff Brenda Heyne, Former Member of Staff, Sam McDowell and Honorary Alderman Jean Goad, MBE",
                "Declarations of Interest"), titles(s));
    }

    @Test
    void leavesOutAPipeTableRowWhoseHeadingWasLost() {
        // corpus/d004.txt: the row "To confirm the minutes of the meeting held on 20 November 2024. Decision: ..." lost its heading
        Segmentation s = corpus("d004.txt");
        assertEquals(Layout.PIPE_TABLE, s.layout());
        assertEquals(List.of("Apologies for Absence", "Disclosable Interests", "Public Question Time"), titles(s));
    }

    @Test
    void takesTheMinuteAfterTheMinutesLabelWhenAnItemAlsoShowsItsDecision() {
        // corpus/d043.txt: "Decision:" and "Minutes:" give the same text; the minute is the one after "Minutes:"
        DocumentText text = Fixtures.document(Fixtures.CORPUS.resolve("d043.txt")).text();
        ItemSegment item = segmenter.segment(text).items().get(1);
        assertEquals("78/21", item.number());
        assertEquals("Minutes of Previous Meeting: 30 March 2021", item.title());
        String body = text.quote(item.body());
        assertTrue(item.minutes().start() > item.body().start() + body.indexOf("Minutes:"), body);
        assertTrue(text.quote(item.minutes()).startsWith("The Minutes of the Cabinet meeting held on 30 March 2021"));
    }

    @Test
    void takesTheAgendaNumbersNotTheMinuteReferencesAfterThem() {
        // corpus/d007.txt: "1. Chairperson's welcome: 065/23 The Chairman welcomed ..."
        Segmentation s = corpus("d007.txt");
        assertEquals(List.of("1.", "2.", "3.", "4.", "5."), numbers(s));
        assertEquals(List.of("Chairperson's welcome", "Apologies and reasons for absence", "Declarations of interest in agenda items",
                "Allotment", "Banking"), titles(s));
    }

    @Test
    void findsNumberedSubItemsUnderTheirItem() {
        // corpus/d037.txt
        Segmentation s = corpus("d037.txt");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "6.1", "6.2", "6.3"), numbers(s));
        assertEquals(List.of("Translation Service", "Hermon Flower Pot", "Grass Cutting Agreement - Trefdraeth Old & New Cemetery"),
                titles(s).subList(6, 9));
    }

    @Test
    void leavesReferencesToEarlierMinutesOutOfTheItems() {
        // corpus/d015.txt: "P95 (120) Matters Arising – Snooker Hall" under item 138; corpus/d040.txt: "1. Rockery (20.6.5 – 1a)"
        assertEquals(List.of("133.", "134.", "135.", "136.", "137.", "138."), numbers(corpus("d015.txt")));
        assertEquals(List.of("20.7.1", "20.7.2", "20.7.3", "20.7.4", "20.7.5"), numbers(corpus("d040.txt")));
    }

    @Test
    void keepsAnUnnumberedHeadingBeforeTheFirstNumberedItem() {
        // corpus/d035.txt
        Segmentation s = corpus("d035.txt");
        assertEquals(List.of("PRESENTATIONS", "DECLARATIONS OF INTEREST", "MINUTES", "ANNOUNCEMENTS"), titles(s));
        assertNull(s.items().get(0).number());
    }

    @Test
    void readsLetteredPartsOfAnItemAsItemsOfTheirOwn() {
        // corpus/d005.txt
        Segmentation s = segment("""
                575. Minutes 07/02/2023

                          RESOLVED that the Minutes of the Parish Council meeting held on 7th March 2023 be approved and



                576.  a) Planning applications

                         There were no new planning application


                         b) Planning decisions

                         HOUSE/MAL/22/01248 Single storey rear extension. Pitvched roof over existing attached garage
                """);
        assertEquals(List.of("Minutes 07/02/2023", "Planning applications", "Planning decisions"), titles(s));
        assertTrue(s.items().get(1).number().startsWith("576"), numbers(s).toString());
    }

    @Test
    void findsHeadingsInCapitalsRunIntoAOneLineDocument() {
        // corpus/d082.txt: the PDF's body is one line; the headings continue the series 23, 24, 25, 26.
        DocumentText text = DocumentText.of("PRESENT: Councillors J McNaughton, G Goff, J Beynon IN ATTENDANCE: Sarah Scourfield – Town Clerk "
                + "Amanda Dillaway – Deputy Town Clerk Amanda Hart – Administrative Support Officer 23 APOLOGIES FOR ABSENCE "
                + "Councillors G Anderson, M Colgan, P George, P Kraus. 24 DECLARATIONS OF INTEREST Councillors J Beynon, D Burrell, "
                + "S O’Connor J Phillips (Town Team Representatives) Councillors P Gwyther & J Phillips (Pater Hall Trust Members) "
                + "Councillor T Wilcox (St Patricks Hall) 25 GUEST SPEAKER – SAVE EASY CREDIT UNION Unable to attend. 26 QUESTION AND "
                + "ANSWER SESSION WITH MEMBERS OF THE PUBLIC Mr John Lloyd of Laws Street, Pembroke Dock addressed the Meeting");
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("23", "24", "25", "26"), numbers(s));
        assertEquals(List.of("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTEREST", "GUEST SPEAKER – SAVE EASY CREDIT UNION",
                "QUESTION AND ANSWER SESSION WITH MEMBERS OF THE PUBLIC"), titles(s));
        assertTrue(text.quote(s.header()).strip().endsWith("Administrative Support Officer"), text.quote(s.header()));
    }

    @Test
    void endsARunInCapitalisedHeadingWhereItsSentenceStarts() {
        // corpus/d087.txt: "No declarations ...", "The Clerk advised ...": a sentence begins after the heading.
        Segmentation s = segment("Present:- Provost Wallace, Depute Provost Coventry and Councillors Baxter, Beattie (arrived late). "
                + "1 Declarations of Interest No declarations of interest were intimated. 2 Order of Business The Clerk advised the "
                + "Council that an additional item of business would be considered as item No 18A on the Agenda. 3 Minutes of Council "
                + "The Minutes of Meetings of Midlothian Council of 4 November and 2 December 2014 were submitted and approved as "
                + "correct records. 4 Other Meetings The undernoted Minutes of Meetings were submitted.");
        assertEquals(List.of("1", "2", "3", "4"), numbers(s));
        assertEquals(List.of("Declarations of Interest", "Order of Business", "Minutes of Council", "Other Meetings"), titles(s));
    }

    @Test
    void endsARunInHeadingAtItsFullStop() {
        // corpus/d115.txt
        Segmentation s = segment("Apologies: District Councillor David Vick Six members of the public present. The Chairman invited "
                + "members of the public to address the Council in an Open Forum. The Meeting opened at 8.25 pm 1685. Minutes. ACTION "
                + "Resolved. The Minutes of the previous meeting held on 17th October 2011 be signed as a correct record. 1686. "
                + "Declarations of Interest There were none. 1687. Community Contingency Plan. In the absence of Cllr Pimm, the Clerk "
                + "read the following Statement on his behalf.");
        assertEquals(List.of("1685.", "1686.", "1687."), numbers(s));
        assertEquals(List.of("Minutes", "Declarations of Interest", "Community Contingency Plan"), titles(s));
    }

    @Test
    void takesNoCitedNumberInRunningTextAsAHeading() {
        // corpus/d096.txt: "agenda item 5 – Funding of Cemeteries" cites an item; "C/5450", "C/5451" head them.
        Segmentation s = segment("The Deputy Town Clerk reported that apologies for absence had been received from Cllr J Terry. "
                + "C/5450 DECLARATIONS OF INTEREST Cllrs Ford, Heron, Rippon-Swaine, Thierry and Woodifield declared a non-pecuniary "
                + "interest in agenda item 5 – Funding of Cemeteries, as they are District Councillors – see F/5460 below. C/5451 "
                + "MINUTES OF PREVIOUS MEETING RESOLVED: That the minutes of the Meeting held on 25th September 2013 be approved.");
        assertEquals(List.of("C/5450", "C/5451"), numbers(s));
        assertEquals(List.of("DECLARATIONS OF INTEREST", "MINUTES OF PREVIOUS MEETING"), titles(s));
    }

    @Test
    void takesTheShallowestNumbersAsTheItemsAndTheDeeperOnesAsParts() {
        // corpus/d151.txt: "1.", "2." number the items; "1.1", "1.2", "2.1" their parts.
        Segmentation s = segment("STONEHAVEN AND DISTRICT COMMUNITY COUNCIL BUSINESS MEETING MINUTES\n\n"
                + "1. Chairperson’s Welcome, RC 1.1 Attendance 1.1.5 Declarations of Interest None 1.2 Chairperson’s Statement, RC "
                + "1.2.1 Appointment of Treasurer MOTION BW Nominated by JM, seconded by AL. VOTE Unanimous agreement, BW appointed "
                + "no objection or other nomination. LW joined SDCC members around the table. 2. Minutes 2.1 Matters Arising from the "
                + "Last Minutes");
        assertEquals("1.", s.items().get(0).number());
        assertTrue(numbers(s).containsAll(List.of("1.", "1.1", "1.2", "2.", "2.1")), numbers(s).toString());
        assertEquals("Attendance", s.items().get(1).title());
    }

    @Test
    void readsAHeadingRepeatedOnTheNextPageAsTheSameItem() {
        // corpus/d112.txt: "C141/2015 CONGRATULATIONS Continued" heads the next page.
        Segmentation s = segment("""
                C140/2015 WELCOME
                The Mayor welcomed Members.
                C141/2015 CONGRATULATIONS
                The Mayor extended congratulations to Abigail Taylor.
                – 1 –
                C141/2015 CONGRATULATIONS Continued
                It was agreed to write to her.
                """);
        assertEquals(List.of("C140/2015", "C141/2015"), numbers(s));
    }

    @Test
    void takesTheNumberAfterAListMarker() {
        // corpus/d105.txt: an HTML list prints its own "1." before the item's number.
        Segmentation s = segment("""
                1.         Attendance and Apologies

                Cllr. David Childs

                  1. 2.         Declarations of Pecuniary and Non-Pecuniary Interests

                3.         Public Forum

                  1. 4.         Meeting Minutes
                """);
        assertEquals(List.of("1.", "2.", "3.", "4."), numbers(s));
        assertEquals("Declarations of Pecuniary and Non-Pecuniary Interests", s.items().get(1).title());
    }

    @Test
    void takesANumberedHeadingEvenWhenItsWordsAreAlsoPageFurniture() {
        // corpus/d052.txt: "Declarations of Interests" is also a tab label, but a number makes it an item.
        Segmentation s = segment("""
                1.

                APOLOGIES FOR ABSENCE

                Apologies were intimated.

                2.

                DECLARATIONS OF INTERESTS

                Councillor Kain declared an interest.
                """);
        assertEquals(List.of("APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTERESTS"), titles(s));
    }

    @Test
    void readsANumberedAddressAboveTheAttendanceAsPageFurniture() {
        // corpus/d069.txt: "5 Halletts Way" stands before "Present:", and the items do not continue its number.
        DocumentText text = DocumentText.of("""
                Clerk to the Council:
                Mr John Vanderwolfe FILCM Chartered MCIPD, MCMI
                5 Halletts Way
                EX13 5NB

                Minutes of the Council Meeting held on Zoom on Wednesday 5th May 2021

                Present: Cllr’s Dr A Nolan (Chairman), T Greenshields, S Bartlett

                340 Election of Chairman
                Cllr Dr A Nolan was proposed as chairman for the ensuing year.

                341 Election of Vice Chairman
                Cllr J Baker was proposed as Vice-chairman for the ensuing year.
                """);
        Segmentation s = segmenter.segment(text);
        assertEquals(List.of("340", "341"), numbers(s));
        assertTrue(text.quote(s.header()).contains("Present: Cllr’s Dr A Nolan"));
    }

    @Test
    void readsAViewersPageCountAsPageFurniture() {
        // corpus/d086.txt: the aggregator's "22" would otherwise be the only item, hiding the whole header.
        Segmentation s = segment("""
                22

                Click here to load reader

                NEWRY, MOURNE & DOWN DISTRICT COUNCIL

                In the Chair: Councillor R Mulgrew

                In attendance: (Councillors)

                Councillor T Andrews Councillor R Burgess

                C/160/2017 APOLOGIES AND CHAIRPERSON’S REMARKS

                Apologies were received from Councillors Bailie, Brown, Burns.
                """);
        assertEquals(List.of("C/160/2017"), numbers(s));
    }

    @Test
    void keepsLettersThatListThingsInsideAnItemOutOfTheItems() {
        // corpus/d072.txt: agenda text lettered (a), (b), (c) with no minute between them.
        Segmentation list = segment("""
                550.

                Communications and Apologies for Absence

                (a)      Communications by the Mayor (if any) relating to business on the agenda.

                (b)      Apologies for absence.

                (c)      Any motions by Members relating to the order of business on the agenda.

                Additional documents:
                """);
        assertEquals(List.of("550."), numbers(list));
        // corpus/d107.txt: declarations listed after a lead-in ending in a colon.
        Segmentation declared = segment("""
                108 Declarations of interest.
                The following interests were declared at the meeting:

                (a) Councillors Assenheim, Borton - 15/00858/BC4 - Non-pecuniary interest - Applicant's parent is a former Councillor

                (b) Councillor Hadley - 15/00858/BC4 - Non-pecuniary interest - Applicant's parent is a former Councillor

                109 Supplementary Report
                The Council received a supplementary report.
                """);
        assertEquals(List.of("108", "109"), numbers(declared));
    }

    @Test
    void keepsLetteredPartsAfterThePagesFurniture() {
        // corpus/d050.txt: "Additional documents:" stands between the item and its part (A).
        Segmentation s = segment("""
                C/152

                Confirmation of Minutes pdf icon PDF 217 KB

                Additional documents:

                (A)

                Matters arising from minutes

                A discussion took place.

                (B)

                Minutes of County Council Meeting held on the 11th February 2019

                It was proposed by Councillor L. McCarthy and RESOLVED
                """);
        assertEquals(List.of("C/152", "(A)", "(B)"), numbers(s));
    }

    @Test
    void readsAColumnOfRepeatedMinuteNumbersAsATableNotParts() {
        // corpus/d054.txt: a flattened declarations table gives the minute number, then the member.
        Segmentation s = segment("""
                172.

                Declarations of Interest

                184

                C Bell

                Made a Voluntary Announcement as a Member of Kent County Council.

                184

                Harman

                Declared that she had been a member of the Steering Committee.

                173.

                To confirm the Minutes of the Council Meeting held on the 18th July 2024
                """);
        assertEquals(List.of("172.", "173."), numbers(s));
    }

    @Test
    void findsNumberedHeadingsInsideALongFlattenedLine() {
        // corpus/d026.txt: a PDF page flattened to one line; the run-in numbers continue one series
        Segmentation s = segment("Prior to the meeting, Space to Create gave an overview of their proposed Heritage Lottery Fund Stage 2 application bid under "
                        + "the ‘Great Place’ scheme. 1358 DECLARATIONS OF INTEREST FROM MEMBERS Declarations of interest from members will be "
                        + "taken as and when they arise. 1359 MINUTES OF THE LAST FULL COUNCIL MEETING RESOLVED: The minutes of the Full Council "
                        + "meeting held on 19 th July 2017 were confirmed and signed as a true record 1360 MATTERS ARISING FROM THE RESOLUTIONS "
                        + "IN THE MINUTES OF 19 JULY 2017 There were no matters arising from the resolutions in the minutes of 19 th July 2017.\n");
        assertEquals(List.of("1358", "1359", "1360"), numbers(s));
        assertEquals(List.of("DECLARATIONS OF INTEREST FROM MEMBERS", "MINUTES OF THE LAST FULL COUNCIL MEETING",
                "MATTERS ARISING FROM THE RESOLUTIONS IN THE MINUTES OF 19 JULY 2017"), titles(s));
    }
}
