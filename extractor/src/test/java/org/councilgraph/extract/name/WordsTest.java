package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

/** Names as the corpus writes them, split into words. */
class WordsTest {

    private static List<String> words(String text) {
        return Words.of(text).stream().map(Word::text).toList();
    }

    @Test
    void keepsTheFullStopsOfInitialsAndTitles() {
        // corpus/d020.txt
        assertEquals(List.of("Cllr.", "D.", "Owens", "(", "Presiding", ")", ",", "Cllrs.", "N.", "Bourke"),
                words("Cllr. D. Owens (Presiding), Cllrs. N. Bourke"));
        // corpus/d014.txt
        assertEquals(List.of("Councillors", ":", "V.", "Gay", ",", "R.J.T.", "Guest"), words("Councillors: V. Gay, R.J.T. Guest"));
    }

    @Test
    void takesNoFunctionWordInCapitalsForInitials() {
        assertFalse(Words.isInitials("OF"));
        assertFalse(Words.isInitials("AND"));
        assertTrue(Words.isInitials("A"));
        assertTrue(Words.isInitials("JP"));
        assertTrue(Words.isInitials("O.F."));
    }

    @Test
    void keepsAbbreviatedPostsAsOneWord() {
        // corpus/d020.txt
        assertEquals(List.of("Mr.", "D.", "Kirrane", ",", "D.O.S.", ",", "Mr.", "D.", "Conlon", ",", "H.O.F.", ","),
                words("Mr. D. Kirrane, D.O.S., Mr. D. Conlon, H.O.F.,"));
    }

    @Test
    void splitsInitialsWrittenAgainstTheSurname() {
        // corpus/d006.txt
        assertEquals(List.of("In", "the", "Chair", "A.", "Vigrass", ",", ",", "A.", "Stanley", ",", "C.", "Priest"),
                words("In the Chair A.Vigrass, ,A.Stanley,C.Priest"));
        // corpus/d038.txt
        assertEquals(List.of("S.", "Dale", "(", "Clerk", ")", "."), words("S.Dale (Clerk)."));
    }

    @Test
    void keepsApostrophesAndHyphensInsideNames() {
        // corpus/d006.txt, corpus/d015.txt, corpus/d014.txt
        assertEquals(List.of("K.", "O’Donoghue", "(", "clerk", ")", "."), words("K.O’Donoghue (clerk)."));
        assertEquals(List.of("Melanie", "Carroll-Cliffe", "(", "Town", "Clerk", ")"), words("Melanie Carroll-Cliffe (Town Clerk)"));
        assertEquals(List.of("Eng.", "K.", "Armstrong-Braun"), words("Eng. K. Armstrong-Braun"));
    }

    @Test
    void makesAFullStopThatEndsASentenceAWordOfItsOwn() {
        // corpus/d001.txt
        assertEquals(List.of("K", "Trought", "and", "A", "Walker", "."), words("K Trought and A Walker."));
        // corpus/d040.txt
        assertEquals(List.of("June", "Roberts", "."), words("June Roberts ."));
    }

    @Test
    void keepsNumbersAndTimesWhole() {
        // corpus/d039.txt, corpus/d015.txt
        assertEquals(List.of("16/137", "Apologies", "of", "absence"), words("16/137 Apologies of absence"));
        assertEquals(List.of("7.00pm", "–", "9.00pm"), words("7.00pm – 9.00pm"));
    }

    @Test
    void givesEachWordItsSpanInTheDocument() {
        // corpus/d026.txt, read at offset 100
        List<Word> w = Words.of("Cllr Mrs S Murray", 100);
        assertEquals(new Span(105, 108), w.get(1).span());
        assertEquals("Murray", w.get(3).text());
        assertEquals(new Span(111, 117), w.get(3).span());
    }

    @Test
    void tellsTitlesAloneFromTitlesWithWords() {
        // corpus/d020.txt, corpus/d026.txt, corpus/d027.txt
        assertTrue(Words.onlyTitles("Cllr."));
        assertTrue(Words.onlyTitles("Rev Fr"));
        assertTrue(Words.onlyTitles("Messrs."));
        // corpus/d026.txt: "County" is a post, not a personal title
        assertFalse(Words.onlyTitles("County Cllr"));
        assertFalse(Words.onlyTitles("Also present:"));
    }

    @Test
    void tellsInitialsFromNamesAndAliases() {
        // corpus/d021.txt writes one name three ways: "M.H. Cavanagh", "MH Cavanagh", "M H Cavanagh"
        assertTrue(Words.isInitials("M.H."));
        assertTrue(Words.isInitials("MH"));
        assertTrue(Words.isInitials("H"));
        // corpus/d041.txt: "CdeW" is a short name for Charles de Winton, not initials in a name
        assertFalse(Words.isInitials("CdeW"));
        assertFalse(Words.isInitials("Owens"));
        assertFalse(Words.isInitials("Mrs"));
    }

    @Test
    void aWordKnowsItsCase() {
        // corpus/d006.txt: "(clerk)" is written in lower case
        List<Word> w = Words.of("K.O’Donoghue (clerk).");
        assertTrue(w.get(1).isCapitalised());
        assertTrue(w.get(3).isLowerCase());
        assertTrue(w.get(2).isPunctuation());
        assertEquals("K", w.get(0).bare());
    }

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

    @Test
    void splitsATitleRunIntoANameWithCapitalsOfItsOwn() {
        // corpus/d086.txt
        assertEquals(List.of("Councillor", "O", "McMahon", "Councillor", "A", "McMurray"), words("Councillor O McMahonCouncillor A McMurray"));
        assertEquals(List.of("McDonald", "MacLeod"), words("McDonald MacLeod"));
    }
}
