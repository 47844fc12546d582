package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HyphenationTest {

    @Test
    void joinsAWordBrokenAtALineEndDroppingTheHyphenWhenTheDocumentWritesItWhole() {
        List<List<String>> pages = List.of(List.of("The recom-", "mendation was agreed.", "The recommendation stands."));
        assertEquals(List.of("The recommendation was agreed.", "The recommendation stands."), Hyphenation.join(pages).get(0));
    }

    @Test
    void keepsTheHyphenOfACompoundBrokenAtALineEnd() {
        List<List<String>> pages = List.of(List.of("a father-", "inclusive approach to decision-", "making"));
        assertEquals(List.of("a father-inclusive approach to decision-making"), Hyphenation.join(pages).get(0));
    }

    @Test
    void joinsADoubleBarrelledNameBrokenAtItsHyphen() {
        List<List<String>> pages = List.of(List.of("apologies from Mr Paul Barrington-", "King, Mr Derek Crow-", "Brown and others"));
        assertEquals(List.of("apologies from Mr Paul Barrington-King, Mr Derek Crow-Brown and others"), Hyphenation.join(pages).get(0));
    }

    @Test
    void leavesADashAfterASpaceOrADigitAndItsLineBreak() {
        List<String> lines = List.of("Items 1-", "3 were taken together; Planning -", "applications");
        assertEquals(lines, Hyphenation.join(List.of(lines)).get(0));
    }
}
