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
        assertTrue(Lexicons.HONORIFICS.contains("Cllr."));
        assertTrue(Lexicons.HONORIFICS.contains("MRS"));
        assertFalse(Lexicons.HONORIFICS.contains("Council"));
        assertFalse(Lexicons.HONORIFICS.contains("M.R"), "initials, not Mr");
        assertTrue(Lexicons.POST_NOMINALS.contains("J.P."));
    }

    @Test
    void givesThePluralHonorificItsSingular() {
        assertEquals("Councillor", Lexicons.HONORIFICS.value("Councillors").orElseThrow());
        assertEquals("Mr", Lexicons.HONORIFICS.value("Messrs.").orElseThrow());
    }

    @Test
    void findsTheLongestMultiWordEntry() {
        List<String> words = List.of("County", "Councillor", "Hugh", "Shepardson");
        assertEquals(2, Lexicons.ROLE_TITLES.longestMatch(words, 0));
        assertEquals(0, Lexicons.ROLE_TITLES.longestMatch(words, 2));
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
        for (Lexicon l : List.of(Lexicons.HONORIFICS, Lexicons.POST_NOMINALS, Lexicons.GIVEN_NAMES, Lexicons.NOT_NAMES,
                Lexicons.ROLE_HEADS, Lexicons.ROLE_TITLES, Lexicons.ATTENDANCE_LABELS, Lexicons.BOILERPLATE,
                Lexicons.ORGANISATION_HEADS, Lexicons.SPEECH_VERBS)) {
            assertTrue(l.size() > 10, l.name());
        }
    }

    @Test
    void labelsOpenOnlyKnownSections() {
        Set<String> sections = Set.of("present", "apologies", "absent", "attendance", "chair", "substitutes");
        for (String key : Lexicons.ATTENDANCE_LABELS.keys()) {
            assertTrue(sections.contains(Lexicons.ATTENDANCE_LABELS.value(key).orElseThrow()), key);
        }
    }

    @Test
    void titlesHaveAKnownKind() {
        Set<String> kinds = Set.of("chair", "office", "civic", "visitor", "officer");
        for (String key : Lexicons.ROLE_TITLES.keys()) {
            assertTrue(kinds.contains(Lexicons.ROLE_TITLES.value(key).orElseThrow()), key);
        }
    }

    @Test
    void failsClearlyWhenADataFileIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.load("no-such-lexicon"));
        assertTrue(e.getMessage().contains("no-such-lexicon"));
    }
}
