package org.councilgraph.extract.segment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeadingTextTest {

    @Test
    void readsTheMonthMayInADateAsNoVerb() {
        // corpus/d008.txt and corpus/d145.txt
        assertTrue(HeadingText.isHeading("Council Financial Performance - Quarter 4, 2023/24 - Finance and Resources Committee of 8 May 2024"));
        assertTrue(HeadingText.isHeading("MINUTES OF THE PREVIOUS MEETINGS HELD ON 24th February 2020 and 11th May 2020"));
        assertTrue(HeadingText.isSentence("The Clerk said that members may attend."));
        assertFalse(HeadingText.isSentence("Minutes of the meeting held on 8 May 2024"));
    }
}
