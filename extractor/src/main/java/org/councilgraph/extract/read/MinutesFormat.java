package org.councilgraph.extract.read;

/** A format of minutes: its text is what the extractor reads and every fact's span points into. */
public sealed interface MinutesFormat extends DocumentFormat permits PlainTextFormat, HtmlFormat {

    /**
     * The text of a document in this format, before normalisation.
     *
     * @throws UnreadableDocumentException when the bytes hold no readable text of this format
     */
    String text(String name, byte[] bytes) throws UnreadableDocumentException;
}
