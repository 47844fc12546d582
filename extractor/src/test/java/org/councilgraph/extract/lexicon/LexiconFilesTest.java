package org.councilgraph.extract.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.councilgraph.extract.fact.InterestKind;
import org.junit.jupiter.api.Test;

/** Each data file of the lexicons keeps the contract its header states. */
class LexiconFilesTest {

    private final Lexicons lexicons = Lexicons.standard();

    /** Every tagged entry's tags are among {@code allowed}. */
    private static void tagsAmong(Lexicon lexicon, Set<String> allowed) {
        List<String> problems = new ArrayList<>();
        for (String key : lexicon.keys()) {
            String value = lexicon.value(key).orElseThrow();
            if (Lexicon.key(value).equals(key)) {
                continue; // no value: an untagged entry
            }
            for (String tag : value.split("\\s*,\\s*")) {
                if (!allowed.contains(tag)) {
                    problems.add(key + ": " + tag);
                }
            }
        }
        assertTrue(problems.isEmpty(), lexicon.name() + ": unknown tags " + problems);
    }

    @Test
    void everyDataFileIsLoadedAndHasEntries() {
        assertEquals(Set.copyOf(Lexicons.FILES), lexicons.all().keySet());
        lexicons.all().forEach((name, l) -> assertTrue(l.size() >= 10, name + " has " + l.size() + " entries"));
    }

    @Test
    void honorificsGiveTheirSingularAndNeverMatchDottedInitials() {
        assertEquals("Councillor", lexicons.honorifics().value("Councillors").orElseThrow());
        assertTrue(lexicons.honorifics().contains("Cllr."));
        assertFalse(lexicons.honorifics().contains("M.R"));
        for (String key : lexicons.honorifics().keys()) {
            assertTrue(lexicons.honorifics().contains(lexicons.honorifics().value(key).orElseThrow()), key);
        }
    }

    @Test
    void attendanceLabelsOpenAKnownSectionWithKnownTags() {
        Set<String> sections = Set.of("present", "apologies", "absent", "attendance", "chair", "substitutes");
        for (String key : lexicons.attendanceLabels().keys()) {
            assertTrue(sections.contains(lexicons.attendanceSection(key).orElseThrow()), key);
        }
        tagsAmong(lexicons.attendanceLabels(), Set.of("present", "apologies", "absent", "attendance", "chair", "substitutes",
                "inline", "label-only"));
        assertTrue(lexicons.attendanceLabels().contains("Also in attendance", "inline"));
        assertFalse(lexicons.attendanceLabels().contains("Clerk", "label-only"), "a clerk is a post, not only a label");
    }

    @Test
    void verbsCarryOnlyKnownTagsAndEveryListEndingVerbMakesASentence() {
        tagsAmong(lexicons.verbs(), Set.of("sentence", "ends-list", "speech", "decision", "reporting", "act", "auxiliary",
                "modal", "non-finite", "chair"));
        for (String verb : lexicons.verbs().keys()) {
            assertFalse(Lexicon.key(lexicons.verbs().value(verb).orElseThrow()).equals(verb), verb + " has no tag");
        }
        assertTrue(lexicons.verbs().contains("sent", "ends-list"));
        assertFalse(lexicons.isSentenceVerb("be"), "'to be approved' heads an item");
        assertTrue(lexicons.isSentenceVerb("reported"));
    }

    @Test
    void functionWordsHaveAClass() {
        tagsAmong(lexicons.functionWords(), Set.of("article", "determiner", "numeral", "preposition", "conjunction", "pronoun",
                "relative", "adverb"));
        assertEquals(Set.of("a", "an", "the"), Set.copyOf(lexicons.functionWords().keysTagged("article")));
    }

    @Test
    void postWordsSayWhatTheHolderIs() {
        tagsAmong(lexicons.postWords(), Set.of("attendee", "officer", "member", "group"));
        assertTrue(lexicons.postWords().tagsIn("Head of Democratic Services").contains("attendee"));
        assertTrue(lexicons.postWords().tagsIn("Cabinet Member for Highways").contains("attendee"), "a pair of words");
        assertFalse(lexicons.postWords().tagsIn("Vice-Chairman").contains("attendee"));
        for (String officer : lexicons.postWords().keysTagged("officer")) {
            assertTrue(lexicons.postWords().contains(officer, "attendee"), officer + ": an officer attends");
        }
    }

    @Test
    void interestKindsNameTheOntologysKinds() {
        for (String key : lexicons.interestKinds().keys()) {
            for (String tag : lexicons.interestKinds().value(key).orElseThrow().split("\\s*,\\s*")) {
                if (!tag.equals("qualifier") && !tag.equals("column")) {
                    InterestKind.valueOf(tag);
                }
            }
        }
        assertEquals(Set.of(InterestKind.PERSONAL, InterestKind.PREJUDICIAL), InterestKind.parse("Personal and prejudicial"));
        assertEquals(Set.of(InterestKind.NON_PECUNIARY), InterestKind.parse("non-pecuniary"));
        assertEquals(Set.of(InterestKind.PECUNIARY), InterestKind.parse("Disclosable Pecuniary"));
    }

    @Test
    void organisationHeadsTagTheBodiesThatMeet() {
        tagsAmong(lexicons.organisationHeads(), Set.of("body"));
        assertTrue(lexicons.organisationHeads().contains("Sub-Committee", "body"));
        assertFalse(lexicons.organisationHeads().contains("Trust", "body"), "a trust is an organisation, not a meeting body");
    }

    @Test
    void roleTitlesHaveAKnownKind() {
        tagsAmong(lexicons.roleTitles(), Set.of("chair", "office", "civic", "visitor", "officer"));
    }

    @Test
    void plainWordListsHoldSingleWordsOrShortPhrases() {
        for (Lexicon l : List.of(lexicons.givenNames(), lexicons.notNames(), lexicons.postNominals(), lexicons.abbreviations(),
                lexicons.venueHeads(), lexicons.roleHeads(), lexicons.boilerplate())) {
            for (String key : l.keys()) {
                assertTrue(!key.isBlank() && key.split(" ").length <= 6, l.name() + ": " + key);
            }
        }
        assertTrue(lexicons.givenNames().contains("Tadhg"));
        assertTrue(lexicons.abbreviations().contains("Cllr"));
        assertTrue(lexicons.venueHeads().anyIn("The Council Chamber, County Hall"));
    }
}
