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
}
