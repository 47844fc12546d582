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
    void aKeyJoinsEveryRunOfWhiteSpaceAndDashesIntoOneSpace() {
        assertEquals("vice chair", Lexicon.key("Vice-Chair"));
        assertEquals("vice chair", Lexicon.key("Vice \u2013 Chair"));
        assertEquals("head of service", Lexicon.key(" Head\tof\u000B\u000B Service\r\n"));
        assertEquals("mr", Lexicon.key(" Mr. "));
        assertEquals("o'neill", Lexicon.key("O\u2019Neill"));
        assertEquals("chair\u00a0person", Lexicon.key("Chair\u00a0Person"), "a no-break space is not white space to the key");
    }

    @Test
    void givesEveryTagOfAnEntryAndThoseOfTheWordsOfAPhrase() {
        Lexicon l = Lexicon.parse("test", List.of("was = auxiliary , sentence,ends-list", "head = role", "democratic services = service"));
        assertTrue(l.contains("Was", "sentence"));
        assertTrue(l.contains("was", "ends-list"));
        assertFalse(l.contains("was", "role"));
        assertTrue(l.containsAny("WAS", Set.of("role", "auxiliary")));
        assertEquals(Set.of("role", "service"), l.tagsIn("Head of Democratic-Services"));
        assertEquals(List.of("was"), l.keysTagged("auxiliary"));
    }

    @Test
    void refusesDottedInitialsOnlyWhereThereAreFullStops() {
        Lexicon l = Lexicon.parse("test", List.of("Mr", "J P")).withInitialsNeverMatching();
        assertTrue(l.contains("MR"));
        assertTrue(l.contains("Mr."));
        assertFalse(l.contains("M.R"));
        assertFalse(l.contains("J.P. "));
        assertEquals(0, l.longestMatch(List.of("M.R", "Smith"), 0));
        assertEquals(1, l.longestMatch(List.of("Mr", "Smith"), 0));
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
