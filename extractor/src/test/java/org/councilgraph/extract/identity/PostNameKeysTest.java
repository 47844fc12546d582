package org.councilgraph.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The spellings of one post share a key; other posts keep theirs. */
class PostNameKeysTest {

    private final PostNameKeys keys = PostNameKeys.standard();

    @Test
    void chairmanChairpersonAndChairAreOnePostAndSoAreTheVicePosts() {
        assertEquals("chair", keys.of("chairman").key());
        assertEquals("chair", keys.of("chairperson").key());
        assertEquals("chair", keys.of("chairwoman").key());
        assertEquals("chair", keys.of("chair").key());
        assertEquals("vice-chair", keys.of("vice-chairman").key());
        assertEquals("vice-chair", keys.of("vice-chair").key());
        assertEquals(List.of("'chairman' read as 'chair'"), keys.of("vice-chairman").readings());
    }

    @Test
    void aPostWithNoVariantWordKeepsItsSlug() {
        assertEquals("deputy-mayor", keys.of("deputy-mayor").key());
        assertEquals(List.of(), keys.of("chair").readings());
        // "Chairs" are not a variant: only whole listed words are read.
        assertEquals("chairs-report", keys.of("chairs-report").key());
    }
}
