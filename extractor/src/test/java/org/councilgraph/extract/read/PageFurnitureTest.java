package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void removesALinePrintedAtTheTopOrBottomOfAtLeastHalfThePagesWithTheSameTextOrThePagesNumber() {
        List<List<String>> pages = List.of(
                List.of("Item 153b / 28 Mar 18", "Present: Cllr A Smith", "(Item 4)", "Page 1 of 3"),
                List.of("2", "Item 153b / 28 Mar 18", "(Item 9)", "RESOLVED that it be noted.", "Page 2 of 3"),
                List.of("3", "Item 153b / 28 Mar 18", "(Item 12)", "Closed at 8 pm", "Page 3 of 3"));
        assertEquals(List.of(List.of("Present: Cllr A Smith", "(Item 4)"), List.of("(Item 9)", "RESOLVED that it be noted."),
                List.of("(Item 12)", "Closed at 8 pm")), PageFurniture.remove(pages));
    }

    @Test
    void keepsALineThatRecursInTheBodyOfThePagesAndEverythingOfOnePage() {
        List<List<String>> pages = List.of(
                List.of("a", "b", "c", "RESOLVED:", "d", "e", "f"),
                List.of("g", "h", "i", "RESOLVED:", "j", "k", "l"));
        assertEquals(pages, PageFurniture.remove(pages));
        List<List<String>> one = List.of(List.of("Page 1 of 1", "Minutes"));
        assertEquals(one, PageFurniture.remove(one));
    }

    @Test
    void removesPageNumbersThatStartAgainFromOneWhereAFileJoinsDocumentsAndNoOtherNumber() {
        List<List<String>> pages = List.of(
                List.of("Cover", "Agenda"),
                List.of("1", "Minutes of one meeting"),
                List.of("2", "its second page"),
                List.of("1", "Minutes of another meeting"),
                List.of("2", "its second page"),
                List.of("3", "its third page"),
                List.of("7", "not a page's number: it steps from no page"));
        assertEquals(List.of(List.of("Cover", "Agenda"), List.of("Minutes of one meeting"), List.of("its second page"),
                List.of("Minutes of another meeting"), List.of("its second page"), List.of("its third page"),
                List.of("7", "not a page's number: it steps from no page")), PageFurniture.remove(pages));
    }

    @Test
    void keepsAPartsRunningHeaderWhereItFirstOpensAPageAsItsTitleAndRemovesItsRepeats() {
        List<List<String>> pages = List.of(
                List.of("Cover"),
                List.of("Agenda"),
                List.of("FINANCE PANEL", "3 MAY 2024", "PRESENT: Cllr A Smith"),
                List.of("FINANCE PANEL", "3 MAY 2024", "RESOLVED: that the accounts be approved."),
                List.of("PLANNING PANEL", "17 MAY 2024", "PRESENT: Cllr B Jones"),
                List.of("PLANNING PANEL", "17 MAY 2024", "the rest of its minutes"),
                List.of("PLANNING PANEL", "17 MAY 2024", "their end"));
        assertEquals(List.of(List.of("Cover"), List.of("Agenda"),
                List.of("FINANCE PANEL", "3 MAY 2024", "PRESENT: Cllr A Smith"),
                List.of("RESOLVED: that the accounts be approved."),
                List.of("PLANNING PANEL", "17 MAY 2024", "PRESENT: Cllr B Jones"),
                List.of("the rest of its minutes"),
                List.of("their end")), PageFurniture.remove(pages));
    }

    @Test
    void keepsEveryLineFromTheFirstThatDiffersFromThePageBeforesHeader() {
        List<List<String>> pages = List.of(
                List.of("JOINT SESSION", "24 SEPTEMBER 2009", "PRESENT: Cllr A Smith"),
                List.of("JOINT SESSION", "24 SEPTEMBER 2009", "Accounts?"),
                List.of("NEXT MEETING", "24 SEPTEMBER 2009", "PRESENT: Cllr B Jones"),
                List.of("Body text", "24 SEPTEMBER 2009", "more"));
        assertEquals(List.of(pages.get(0), List.of("Accounts?"), pages.get(2), pages.get(3)), RunningHeaders.remove(pages));
    }
}
