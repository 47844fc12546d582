package org.councilgraph.extract.read;

import org.councilgraph.extract.fact.FormatFacts;

/**
 * The text a format reads out of a document, before normalisation, and where its pages start.
 *
 * @param text the text every fact's span will point into
 * @param pages where each page starts in {@code text}, or {@link Pages#NONE}
 * @param stated the facts the format's own fields state, with spans into {@code text}, or
 *        {@link FormatFacts#NONE}
 */
public record ExtractedText(String text, Pages pages, FormatFacts stated) {

    /** Text whose facts are all to be recognised. */
    public ExtractedText(String text, Pages pages) {
        this(text, pages, FormatFacts.NONE);
    }

    public ExtractedText {
        if (stated.recognisedEnd() > text.length()) {
            throw new IllegalArgumentException("the recognised text ends beyond the end of the text");
        }
        if (!pages.starts().isEmpty() && pages.starts().get(pages.count() - 1) > text.length()) {
            throw new IllegalArgumentException("a page starts beyond the end of the text");
        }
    }

    /** Text without pages. */
    public static ExtractedText unpaged(String text) {
        return new ExtractedText(text, Pages.NONE);
    }
}
