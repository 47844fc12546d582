package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
