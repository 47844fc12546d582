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
}
