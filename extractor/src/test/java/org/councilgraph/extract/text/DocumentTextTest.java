package org.councilgraph.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DocumentTextTest {

    @Test
    void normalisingKeepsEveryOffset() {
        String raw = "Present:\r\n\u00a0Cllr\u2009A\u00a0Smith\u200b\fItem";
        DocumentText text = DocumentText.of(raw);
        assertEquals(raw.length(), text.length());
        assertEquals("Present: \n Cllr A Smith \nItem", text.text());
    }

    @Test
    void splitsLinesWithTheirOffsets() {
        DocumentText text = DocumentText.of("one\n\nthree");
        assertEquals(3, text.lines().size());
        assertEquals(5, text.lines().get(2).start());
        assertEquals("three", text.lineAt(7).text());
        assertEquals("", text.lineAt(4).text());
    }

    @Test
    void countsOffsetsInCodePointsWhenTheTextHasSurrogates() {
        DocumentText text = DocumentText.of("\uD83D\uDCC5 Minutes");
        assertEquals(2, text.codePointOffset(3));
        assertEquals(text.text().codePointCount(0, text.length()), text.codePointOffset(text.length()));
    }

    @Test
    void trimsAndFlattensSpans() {
        DocumentText text = DocumentText.of("  Apologies\n  for absence  ");
        Span trimmed = text.trim(new Span(0, text.length()));
        assertEquals("Apologies\n  for absence", text.quote(trimmed));
        assertEquals("Apologies for absence", text.flat(trimmed));
    }

    @Test
    void rejectsASpanThatEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
    }
}
