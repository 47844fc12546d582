package org.councilgraph.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodyNameKeysTest {

    private final BodyNameKeys keys = BodyNameKeys.standard();

    @Test
    void oneCommitteeNamedInThreeWaysHasOneKey() {
        String council = "Weston Parish Council";
        String key = keys.committee("Planning Committee", council).key();
        assertEquals("planning committee", key);
        assertEquals(key, keys.committee("Planning Cttee", council).key());
        assertEquals(key, keys.committee("the Planning Committee of Weston Parish Council", council).key());
        assertEquals(key, keys.committee("Weston Parish Council Planning Committee", council).key());
        assertEquals(key, keys.committee("PLANNING COMMITTEE", council).key());
        assertEquals(key, keys.committee("Planning Committee meeting", council).key());
    }

    @Test
    void differentCommitteesKeepDifferentKeys() {
        String council = "Weston Parish Council";
        assertNotEquals(keys.committee("Planning Committee", council).key(), keys.committee("Planning Sub-Committee", council).key());
        assertNotEquals(keys.committee("Finance Committee", council).key(), keys.committee("Planning Committee", council).key());
        // Another council's name is not left out: it is not this council's.
        assertNotEquals(keys.committee("Planning Committee of Lymm Parish Council", council).key(),
                keys.committee("Planning Committee", council).key());
    }

    @Test
    void theCouncilsOwnMeetingIsOneBodyHoweverItIsNamed() {
        String council = "St Weonards Parish Council";
        String key = keys.committee("Full Council", council).key();
        assertEquals("council", key);
        assertEquals(key, keys.committee("Parish Council", council).key());
        assertEquals(key, keys.committee("St Weonards Parish Council", council).key());
        assertEquals(key, keys.committee("Meeting of the Council", council).key());
        assertNotEquals(key, keys.committee("Annual Parish Meeting", council).key());
    }

    @Test
    void subCommitteesWrittenInOneWordOrWithAHyphenAgree() {
        assertEquals(keys.committee("Licensing Sub-Committee", null).key(), keys.committee("Licensing Subcommittee", null).key());
        assertEquals(keys.committee("Licensing Sub-Committee", null).key(), keys.committee("Licensing Sub Cttee", null).key());
    }

    @Test
    void aCouncilsShortFormsAndWordOrderAgree() {
        String key = keys.council("Weston Parish Council").key();
        assertEquals("weston parish council", key);
        assertEquals(key, keys.council("Weston PC").key());
        assertEquals(key, keys.council("The Weston Parish Council").key());
        assertEquals("wellingborough borough council", keys.council("The Borough Council of Wellingborough").key());
        assertNotEquals(keys.council("Lancashire County Council").key(), keys.council("Lancaster City Council").key());
    }

    @Test
    void aKeySaysHowItWasReached() {
        BodyNameKeys.Key key = keys.committee("the Planning Cttee of Weston Parish Council", "Weston Parish Council");
        assertTrue(key.reason().contains("'cttee' read as 'committee'"), key.reason());
        assertTrue(key.reason().contains("'the' left out"), key.reason());
        assertTrue(key.reason().contains("'of weston parish council' left out"), key.reason());
        assertEquals("the same name", keys.committee("Planning Committee", "Weston Parish Council").reason());
    }
}
