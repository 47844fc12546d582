package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordsTest {

    private static List<String> texts(String s) {
        return Words.of(s).stream().map(Word::text).toList();
    }

    @Test
    void splitsATitleOrAnInitialRunIntoTheWordBefore() {
        // corpus/d086.txt, corpus/d118.txt
        assertEquals(List.of("Councillor", "R", "Burgess", "Councillor", "P", "Byrne"), texts("Councillor R BurgessCouncillor P Byrne"));
        assertEquals(List.of("Chief", "Executive", "Mrs", "D", "Carville"), texts("Chief ExecutiveMrs D Carville"));
        assertEquals(List.of("Comhairleoirí", "J.", "Kelleher"), texts("ComhairleoiríJ. Kelleher"));
        assertEquals(List.of("McDonald", "MacGregor"), texts("McDonald MacGregor"));
    }

    @Test
    void keepsTheFullStopOfAGivenNameShortenedToItsConsonants() {
        // corpus/d068.txt
        assertEquals(List.of("Ml.", "Hegarty", ",", "Kerr", "."), texts("Ml. Hegarty, Kerr."));
    }
}
