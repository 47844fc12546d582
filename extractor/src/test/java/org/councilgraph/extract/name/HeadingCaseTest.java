package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Words in capitals, as headings write them, told from names with inner capitals. */
class HeadingCaseTest {

    @Test
    void aWordInCapitalsOnlyIsAllCaps() {
        // corpus/d001.txt "PUBLIC PARTICIPATION SESSION", corpus/d016.txt "Bloomfield MBE", corpus/d020.txt "D.O.S."
        assertTrue(HeadingCase.isAllCapsWord("PUBLIC"));
        assertTrue(HeadingCase.isAllCapsWord("MBE"));
        assertTrue(HeadingCase.isAllCapsWord("D.O.S."));
    }

    @Test
    void namesWithInnerCapitalsAndWordsWithoutLettersAreNot() {
        // corpus/d018.txt "Tadhg McDonnell", corpus/d021.txt "P O’Neill", corpus/d016.txt page number "299"
        assertFalse(HeadingCase.isAllCapsWord("McDonnell"));
        assertFalse(HeadingCase.isAllCapsWord("O’Neill"));
        assertFalse(HeadingCase.isAllCapsWord("299"));
    }
}
