package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.name.PersonNameParser.Context;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Names from the corpus compared the way the gold's notes compare them: the same person written
 * differently, and different people who share a family name.
 */
class PersonNameTest {

    private static PersonName name(String text) {
        List<Word> words = Words.of(text);
        return new PersonNameParser().parse(words, 0, words.size(), null, Context.LIST).map(PersonNameParser.Match::name)
                .orElseThrow(() -> new AssertionError("no name in " + text));
    }

    @Test
    void initialsWrittenWithStopsTogetherOrApartAreTheSameName() {
        // corpus/d021.txt: "Cllr M.H. Cavanagh", "Cllr MH Cavanagh", "Cllr M H Cavanagh" are one person
        PersonName dotted = name("Cllr M.H. Cavanagh");
        assertTrue(dotted.sameNameAs(name("Cllr MH Cavanagh")));
        assertTrue(dotted.sameNameAs(name("Cllr M H Cavanagh")));
        assertEquals("M H", dotted.initials());
    }

    @Test
    void aFullGivenNameAndItsInitialAreTheSameName() {
        // corpus/d024.txt: "Councillor Stuart Kelly" declared, "Councillor S Kelly" moved: one person
        assertTrue(name("Councillor Stuart Kelly").sameNameAs(name("Councillor S Kelly")));
        // corpus/d042.txt: "County Councillor Arwel Davies" = "County Councillor A. Davies"
        assertTrue(name("County Councillor Arwel Davies").sameNameAs(name("County Councillor A. Davies")));
        // corpus/d003.txt: "Councillor Andrew Smith" = "Councillors Smith and Rigby" with the prefix distributed
        assertTrue(name("Councillor Andrew Smith").sameNameAs(name("Councillor Smith")));
    }

    @Test
    void twoGivenNamesWithTheSameInitialAreDifferentPeople() {
        // corpus/d016.txt: Councillors Jenny Palmer and John Palmer are both present
        assertFalse(name("Jenny Palmer").compatibleWith(name("John Palmer")));
        assertFalse(name("Jenny Palmer").sameNameAs(name("John Palmer")));
    }

    @Test
    void aMiddleInitialMakesADifferentName() {
        // corpus/d018.txt: "John Farrelly" (apologies) and "John V Farrelly" (present) are different people
        assertFalse(name("John Farrelly").sameNameAs(name("John V Farrelly")));
        // corpus/d026.txt: Cllr A Griffiths and Cllr A V Griffiths are both present
        assertFalse(name("Cllr A Griffiths").sameNameAs(name("Cllr A V Griffiths")));
    }

    @Test
    void aNameWithMoreInitialsCanBeTheSamePerson() {
        // corpus/d039.txt: 'Cllr Patricia Jones' = 'Cllr P. M. Jones', 'Cllr John Pritchard' = 'Cllr J. D. Pritchard'
        assertTrue(name("Cllr Patricia Jones").compatibleWith(name("Cllr P. M. Jones")));
        assertTrue(name("Cllr John Pritchard").compatibleWith(name("Cllr J. D. Pritchard")));
        assertTrue(name("Cllr Elizabeth Griffiths").compatibleWith(name("Cllr E. P. Griffiths")));
    }

    @Test
    void differentFirstInitialsAreDifferentPeople() {
        // corpus/d039.txt: the clerk Ian Griffiths is not Cllr E. P. Griffiths
        assertFalse(name("Ian Griffiths").compatibleWith(name("Cllr E. P. Griffiths")));
        // corpus/d048.txt: V. Cawley presided, David Cawley sent apologies
        assertFalse(name("Councillor V. Cawley").compatibleWith(name("Councillor David Cawley")));
        // corpus/d020.txt: Cllr L. Quinn (in "Cllrs. N. Bourke, ... L. Quinn") and the officer Mr. M. Quinn
        assertFalse(name("L. Quinn").compatibleWith(name("Mr. M. Quinn")));
        // corpus/d026.txt
        assertFalse(name("Cllr C Thomas").compatibleWith(name("Mr D Thomas")));
    }

    @Test
    void aBareFamilyNameIsCompatibleWithTheFullName() {
        // corpus/d018.txt: "Councillor Nick Killian" elected, "Councillor Killian then took the chair"
        assertTrue(name("Councillor Nick Killian").compatibleWith(name("Councillor Killian")));
        assertTrue(name("Councillor Killian").sameNameAs(name("Councillor Nick Killian")));
    }

    @Test
    void theFamilyKeyIgnoresCaseApostrophesAndSpaces() {
        // corpus/d018.txt: "Patsy O’ Neill" in the list, "P. O’Neill" in the vote
        assertEquals("oneill", name("Patsy O’ Neill").familyKey());
        assertEquals("oneill", name("P. O’Neill").familyKey());
        assertTrue(name("Patsy O’ Neill").compatibleWith(name("P. O’Neill")));
        // corpus/d014.txt: "D. MacFarlane" and "R.P. Macfarlane" differ in case only in the family name
        assertEquals(name("D. MacFarlane").familyKey(), name("R.P. Macfarlane").familyKey());
        assertFalse(name("D. MacFarlane").compatibleWith(name("R.P. Macfarlane")));
    }

    @Test
    void writtenWithoutItsTitleTheNameLosesOnlyThePost() {
        // corpus/d015.txt: the gold pairs "Rob Kindred" with the role "PCSO"
        PersonName pcso = name("PCSO Rob Kindred");
        assertEquals("PCSO", pcso.roleTitle());
        assertEquals("Rob Kindred", pcso.writtenWithoutTitle());
        // corpus/d037.txt: the gold pairs "Mr Arfon Wyn" with "County Councilor"
        assertEquals("Mr Arfon Wyn", name("County Councilor Mr Arfon Wyn").writtenWithoutTitle());
        // corpus/d036.txt: no post, nothing taken away
        assertEquals("Cllr Mr A H Porter", name("Cllr Mr A H Porter").writtenWithoutTitle());
    }

    @Test
    void thePlainNameLeavesOutTitlesAndPostNominals() {
        // samples/001, corpus/d008.txt
        assertEquals("A E Pearson", name("Mr A E Pearson CC").plainName());
        assertEquals("Tracey Jane Houston Menzies", name("Dr Tracey Jane Houston Menzies").plainName());
        assertEquals(List.of("Tracey", "Jane", "Houston"), name("Dr Tracey Jane Houston Menzies").givenNames());
    }

    @Test
    void aFullerNameIsRicher() {
        // corpus/d018.txt
        assertTrue(name("Councillor Nick Killian").richness() > name("Councillor Killian").richness());
        // corpus/d051.txt: "Mrs S A Arnold (Chairman)" and "Councillors Mrs S Arnold ... declared interests"
        assertTrue(name("Mrs S A Arnold").richness() > name("Mrs S Arnold").richness());
    }

    @Test
    void theFirstInitialComesFromTheGivenNameOrTheInitials() {
        // corpus/d019.txt, corpus/d051.txt, corpus/d005.txt
        assertEquals("t", name("Cllr. Tom Ambrose").firstInitial());
        assertEquals("e", name("E Seward").firstInitial());
        assertEquals("", name("Chairman Siddall").firstInitial());
    }

    @Test
    void refusesANameWithoutAFamilyName() {
        assertThrows(IllegalArgumentException.class, () -> new PersonName("Councillor", new Span(0, 10), null, List.of("Councillor"),
                List.of(), "", " ", List.of(), null));
    }
}
