package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.text.DocumentText;
import org.junit.jupiter.api.Test;

/** ModernGov pages flattened to text: table rows ending in "|" and lines running a heading into "Minutes:". */
class RowSegmenterTest {

    private final RowSegmenter rows = new RowSegmenter();

    private static DocumentText corpus(String name) {
        return Fixtures.document(Fixtures.CORPUS.resolve(name)).text();
    }

    private List<String> pipeTitles(DocumentText text) {
        return rows.pipeRows(text).stream().map(RowSegmenter.Row::title).toList();
    }

    private static String title(String rowStart) {
        return rowStart.substring(0, RowSegmenter.titleLength(rowStart)).strip();
    }

    @Test
    void tellsAPipeTableByItsRowsEndingInBarsAndItsMinutesLabels() {
        // corpus/d013.txt
        assertTrue(RowSegmenter.isPipeTable(corpus("d013.txt")));
        // samples/002 has "Minutes:" labels but no table rows
        assertFalse(RowSegmenter.isPipeTable(Fixtures.document(Fixtures.sample("002")).text()));
    }

    @Test
    void tellsRowsFlattenedToLinesByTheirHeadingBeforeMinutesOnOneLine() {
        // corpus/d029.txt: "Welcome Minutes: The Chair welcomed ..."
        assertTrue(RowSegmenter.isMinutesRows(corpus("d029.txt")));
        // samples/002 and corpus/d043.txt put "Minutes:" on a line of its own
        assertFalse(RowSegmenter.isMinutesRows(Fixtures.document(Fixtures.sample("002")).text()));
        assertFalse(RowSegmenter.isMinutesRows(corpus("d043.txt")));
    }

    @Test
    void readsTheHeadingAtTheStartOfEachTableRow() {
        // corpus/d013.txt
        assertEquals(List.of("Apologies for Absence", "Declarations of Interest", "Minutes of Previous Meeting(s)", "Full Council: 27.09.2017"),
                pipeTitles(corpus("d013.txt")));
    }

    @Test
    void aHeadingMergedIntoTheMinutesLabelIsTheMinutesItemAndARowWithoutMinutesIsNoItem() {
        // samples/000
        DocumentText text = DocumentText.of("""
                No. | Item |
                ---|---|
                Webcast. A webcast of the meeting can be viewed via the County Council’s website. |
                |
                Minutes: The minutes of the meeting held on 4th September 2024 were taken as read, confirmed and signed. |
                |
                Question Time. Minutes: The Chief Executive reported that no questions had been received under Standing Order 34. |
                |
                """);
        List<RowSegmenter.Row> found = rows.pipeRows(text);
        assertEquals(List.of("Minutes", "Question Time"), found.stream().map(RowSegmenter.Row::title).toList());
        assertEquals("Minutes", text.quote(found.get(0).heading()));
    }

    @Test
    void leavesOutARowWhoseHeadingWasLost() {
        // corpus/d004.txt: "To confirm the minutes of the meeting held on 20 November 2024. Decision: RESOLVED: ..."
        assertEquals(List.of("Apologies for Absence", "Disclosable Interests", "Public Question Time"), pipeTitles(corpus("d004.txt")));
    }

    @Test
    void startsARowAtALineThatRunsAHeadingIntoMinutesWhenTheBarBeforeItIsMissing() {
        // corpus/d024.txt: the headingless minutes row has no closing bar before "MEMBERS' CODE OF CONDUCT ..."
        assertEquals(List.of("MEMBERS' CODE OF CONDUCT - DECLARATIONS OF INTEREST"), pipeTitles(corpus("d024.txt")));
    }

    @Test
    void cutsTheHeadingFromTheAgendaTextThatFollowsIt() {
        // corpus/d004.txt: the description starts at a capitalised word followed by lower case
        assertEquals("Disclosable Interests", title("Disclosable Interests Members are reminded that they must declare their "
                + "disclosable pecuniary interests and other registrable or non-registrable interests in any matter being considered "));
        // samples/000: the heading ends with a full stop
        assertEquals("Leicestershire County Council Community Safety Annual Update", title("Leicestershire County Council Community "
                + "Safety Annual Update. The Lead Member for Children and Family Services, Mrs D. Taylor CC, has been invited to attend for this item. "));
        // corpus/d024.txt: a heading in capitals
        assertEquals("MEMBERS' CODE OF CONDUCT - DECLARATIONS OF INTEREST", title("MEMBERS' CODE OF CONDUCT - DECLARATIONS OF INTEREST "
                + "Members of the committee are asked whether they have any personal or prejudicial interests in connection with any application "));
        // corpus/d025.txt: a download link after the heading
        assertEquals("Declarations of Interest", title("Declarations of Interest PDF 55 KB To receive any declarations of interest from "
                + "Members in respect of business to be transacted on the agenda. "));
    }

    @Test
    void keepsAWholeRowHeadingThatHasNoDescription() {
        // corpus/d029.txt, corpus/d013.txt
        assertEquals("Member of Staff Brenda Heyne, Former Member of Staff, Sam McDowell and Honorary Alderman Jean Goad, MBE",
                title("Member of Staff Brenda Heyne, Former Member of Staff, Sam McDowell and Honorary Alderman Jean Goad, MBE "));
        assertEquals("Full Council: 27.09.2017", title("Full Council: 27.09.2017 PDF 115 KB "));
    }

    @Test
    void takesAHeadingLineAFewLinesAboveTheMinutesLabel() {
        // corpus/d029.txt: "Declarations of Interest" stands three lines above its "Minutes:"
        DocumentText text = DocumentText.of("""
                The Chair asked all those in attendance to take part in a minute’s silence to all of their memories and the Council’s condolences were passed onto their family and friends.
                Declarations of Interest
                Members and Officers should make their declaration by stating:
                a) the item they have the interest in b) whether it is a pecuniary, personal and/or prejudicial interest c) the nature of the interest d) if it is a pecuniary or prejudicial interest, whether they will be exercising their right to speak under Question Time Minutes: The Declaration of Interest Sheet set out below confirms those Members who had made a declaration of their personal interest as a Member of a Town or Parish Cou
                """);
        List<RowSegmenter.Row> found = rows.minutesRows(text);
        assertEquals(List.of("Declarations of Interest"), found.stream().map(RowSegmenter.Row::title).toList());
        assertEquals("Declarations of Interest", text.quote(found.get(0).heading()));
    }

    @Test
    void readsEveryFlattenedRowOfAPage() {
        // corpus/d029.txt
        assertEquals(List.of("Welcome", "Member of Staff Brenda Heyne, Former Member of Staff, Sam McDowell and Honorary Alderman Jean Goad, MBE",
                "Declarations of Interest"), rows.minutesRows(corpus("d029.txt")).stream().map(RowSegmenter.Row::title).toList());
    }
}
