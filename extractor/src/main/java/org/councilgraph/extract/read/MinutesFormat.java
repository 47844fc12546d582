package org.councilgraph.extract.read;

/** A format of minutes: its text is what the extractor reads and every fact's span points into. */
public sealed interface MinutesFormat extends DocumentFormat permits PlainTextFormat, HtmlFormat, PdfFormat, DocxFormat,
        ModernGovFormat {

    /**
     * The text of a document in this format, before normalisation.
     *
     * @throws UnreadableDocumentException when the bytes hold no readable text of this format
     */
    String text(String name, byte[] bytes) throws UnreadableDocumentException;

    /**
     * The text of a document in this format with where its pages start; formats without pages
     * give {@link #text} alone.
     *
     * @throws UnreadableDocumentException when the bytes hold no readable text of this format
     */
    default ExtractedText read(String name, byte[] bytes) throws UnreadableDocumentException {
        return ExtractedText.unpaged(text(name, bytes));
    }

    /**
     * True for formats whose files are characters (plain text, HTML), which a NUL byte shows to
     * be something else; false for container formats whose bytes are binary by nature (PDF, DOCX).
     */
    default boolean characters() {
        return true;
    }
}
