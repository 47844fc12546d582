package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Item numbers as the corpus prints them: which belong to one series, which rise, which are dates. */
class ItemNumberTest {

    private static ItemNumber n(String printed) {
        return ItemNumber.of(printed);
    }

    private static void rising(String... printed) {
        for (int i = 1; i < printed.length; i++) {
            assertEquals(n(printed[i - 1]).shape(), n(printed[i]).shape(), printed[i - 1] + " and " + printed[i]);
            assertTrue(n(printed[i - 1]).compareOrder(n(printed[i])) < 0, printed[i - 1] + " before " + printed[i]);
        }
    }

    @Test
    void keepsThePrintedNumberWithoutSurroundingSpace() {
        // corpus/d037.txt: "6.1       Translation Service"
        assertEquals("6.1", n("6.1       ").printed());
    }

    @Test
    void numbersOfOneSeriesShareAShapeAndRise() {
        rising("SPCLL.20", "SPCLL.21", "SPCLL.34"); // samples/004
        rising("C/152", "C/153", "C/155");          // corpus/d050.txt
        rising("16/137", "16/138", "16/139");       // corpus/d039.txt
        rising("(26)", "(27)", "(29)");             // corpus/d051.txt
        rising("573.", "574.", "585.");             // corpus/d005.txt
        rising("AM119", "AM219", "AM319");          // corpus/d017.txt
        rising("20.7.1", "20.7.2", "20.7.5");       // corpus/d040.txt
        rising("77/21", "78/21", "80/21");          // corpus/d043.txt
    }

    @Test
    void romanNumeralsAndLetteredNumbersRiseInTheirOwnSeries() {
        rising("i)", "ii)", "iv)");
        rising("ii.", "iii.", "ix.");
        rising("4a", "4b", "4d");
        rising("a.", "b.", "c.");
        assertNotEquals(n("ii)").shape(), n("b)").shape());
        assertTrue(n("(ii)").isSubNumber());
        assertFalse(n("ii)").isSubNumber());
        // "4a" is a part of item 4
        assertEquals(List.of(4, 1), n("4a").order());
    }

    @Test
    void aPrefixOfLettersIsPartOfTheShape() {
        // samples/004 numbers its items SPCLL.20 ...; a plain "20" is another series
        assertNotEquals(n("SPCLL.20").shape(), n("20").shape());
        // corpus/d017.txt
        assertNotEquals(n("AM119").shape(), n("119").shape());
    }

    @Test
    void aBracketedReferenceAfterTheNumberKeepsTheItemInItsSeries() {
        // corpus/d046.txt: "220 PUBLIC REQUESTS TO SPEAK" then "221 (28) SCRUTINY OVERVIEW"
        assertEquals(n("220").series(), n("221 (28)").series());
        // corpus/d005.txt: "575. Minutes 07/02/2023" then "576.  a) Planning applications"
        assertEquals(n("575.").series(), n("576. a)").series());
    }

    @Test
    void bracketedPartsOfEveryKindShareOneShape() {
        // corpus/d042.txt: "9 (a) Play Area", "8 (1) Road to Llanwrda Station", "9 (ii) Village Speed limit"
        assertEquals(n("9 (a)").shape(), n("8 (1)").shape());
        assertEquals(n("9 (a)").shape(), n("9 (ii)").shape());
        // corpus/d049.txt: "HEADED ITEM NO. 4(d)"
        assertEquals(n("9 (a)").shape(), n("4(d)").shape());
    }

    @Test
    void readsRomanAndLetteredPartsAsTheirPlaceInOrder() {
        // corpus/d042.txt
        assertEquals(List.of(9, 2), n("9 (ii)").order());
        assertEquals(List.of(9, 2), n("9 (b)").order());
        // corpus/d050.txt: the sub-items (A) to (C)
        assertEquals(List.of(3), n("(C)").order());
    }

    @Test
    void lettersAloneNumberSubItemsButBracketedDigitsNumberItems() {
        // corpus/d050.txt, corpus/d005.txt
        assertTrue(n("(A)").isSubNumber());
        assertTrue(n("b)").isSubNumber());
        // corpus/d051.txt numbers its items (26) to (29)
        assertFalse(n("(26)").isSubNumber());
        assertFalse(n("C/152").isSubNumber());
    }

    @Test
    void tellsDatesFromDottedAndSlashedNumbers() {
        // corpus/d016.txt running header, corpus/d013.txt row, corpus/d003.txt meeting line
        assertTrue(n("25.08.2015").looksLikeDate());
        assertTrue(n("27.09.2017").looksLikeDate());
        assertTrue(n("09/01/2018").looksLikeDate());
        // corpus/d040.txt, corpus/d036.txt, corpus/d039.txt, corpus/d043.txt: item numbers
        assertFalse(n("20.7.1").looksLikeDate());
        assertFalse(n("21.44").looksLikeDate());
        assertFalse(n("16/137").looksLikeDate());
        assertFalse(n("77/21").looksLikeDate());
    }

    @Test
    void aSubNumberComesAfterTheNumberItExtends() {
        // corpus/d037.txt: "6 Matters arising from the minutes." then "6.1 Translation Service"
        assertTrue(n("6").compareOrder(n("6.1")) < 0);
        assertTrue(n("6.1").compareOrder(n("6.3")) < 0);
        assertEquals(0, n("6.2").compareOrder(n("6.2")));
    }
}
