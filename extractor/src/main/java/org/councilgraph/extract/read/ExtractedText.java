package org.councilgraph.extract.read;

/**
 * The text a format reads out of a document, before normalisation, and where its pages start.
 *
 * @param text the text every fact's span will point into
 * @param pages where each page starts in {@code text}, or {@link Pages#NONE}
 */
public record ExtractedText(String text, Pages pages) {

    public ExtractedText {
        if (!pages.starts().isEmpty() && pages.starts().get(pages.count() - 1) > text.length()) {
            throw new IllegalArgumentException("a page starts beyond the end of the text");
        }
    }

    /** Text without pages. */
    public static ExtractedText unpaged(String text) {
        return new ExtractedText(text, Pages.NONE);
    }
}
