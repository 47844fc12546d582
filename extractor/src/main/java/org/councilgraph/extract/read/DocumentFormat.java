package org.councilgraph.extract.read;

/**
 * A kind of file councilgraph reads: minutes it extracts facts from ({@link MinutesFormat}:
 * plain text, saved HTML pages, PDF, Word DOCX) or a graph it loads as it is ({@link RdfFormat}). Every part of
 * councilgraph that decides what a file is (the reader, folder scans, {@code validate}, the
 * store) asks {@link DocumentFormats}, which holds the formats.
 */
public sealed interface DocumentFormat permits MinutesFormat, RdfFormat {

    /** A short name for messages: "plain text", "HTML", "Turtle". */
    String name();

    /** The media type of files in this format. */
    String mediaType();

    /**
     * True when a file named {@code fileName}, whose content starts with {@code head}, is in this
     * format. {@code named} is true when the user named the file itself rather than a folder
     * holding it: a file named on purpose may be read by its content alone.
     */
    boolean accepts(String fileName, byte[] head, boolean named);
}
