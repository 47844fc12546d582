package org.councilgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void matchesIgnoringCaseAndFullStops() {
        assertTrue(Lexicons.standard().honorifics().contains("Cllr."));
        assertTrue(Lexicons.standard().honorifics().contains("MRS"));
        assertFalse(Lexicons.standard().honorifics().contains("Council"));
        assertFalse(Lexicons.standard().honorifics().contains("M.R"), "initials, not Mr");
        assertTrue(Lexicons.standard().postNominals().contains("J.P."));
    }

    @Test
    void givesThePluralHonorificItsSingular() {
        assertEquals("Councillor", Lexicons.standard().honorifics().value("Councillors").orElseThrow());
        assertEquals("Mr", Lexicons.standard().honorifics().value("Messrs.").orElseThrow());
    }

    @Test
    void findsTheLongestMultiWordEntry() {
        List<String> words = List.of("County", "Councillor", "Hugh", "Shepardson");
        assertEquals(2, Lexicons.standard().roleTitles().longestMatch(words, 0));
        assertEquals(0, Lexicons.standard().roleTitles().longestMatch(words, 2));
    }

    @Test
    void readsCommentsValuesAndBlankLines() {
        Lexicon l = Lexicon.parse("test", List.of("# a comment", "", "Present = present  # trailing", "Apologies"));
        assertEquals(2, l.size());
        assertEquals("present", l.value("present").orElseThrow());
        assertEquals("Apologies", l.value("apologies").orElseThrow());
    }

    @Test
    void loadsEveryDataFileWithEntries() {
        for (Lexicon l : List.of(Lexicons.standard().honorifics(), Lexicons.standard().postNominals(), Lexicons.standard().givenNames(), Lexicons.standard().notNames(),
                Lexicons.standard().roleHeads(), Lexicons.standard().roleTitles(), Lexicons.standard().attendanceLabels(), Lexicons.standard().boilerplate(),
                Lexicons.standard().organisationHeads(), Lexicons.standard().verbs(), Lexicons.standard().functionWords(), Lexicons.standard().abbreviations())) {
            assertTrue(l.size() > 10, l.name());
        }
    }

    @Test
    void labelsOpenOnlyKnownSections() {
        Set<String> sections = Set.of("present", "apologies", "absent", "attendance", "chair", "substitutes");
        for (String key : Lexicons.standard().attendanceLabels().keys()) {
            assertTrue(sections.contains(Lexicons.standard().attendanceSection(key).orElseThrow()), key);
        }
    }

    @Test
    void titlesHaveAKnownKind() {
        Set<String> kinds = Set.of("chair", "office", "civic", "visitor", "officer");
        for (String key : Lexicons.standard().roleTitles().keys()) {
            assertTrue(kinds.contains(Lexicons.standard().roleTitles().value(key).orElseThrow()), key);
        }
    }

    @Test
    void failsClearlyWhenADataFileIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("no-such-lexicon"));
        assertTrue(e.getMessage().contains("no-such-lexicon"));
    }
}
