package org.councilgraph.extract.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.councilgraph.extract.fact.FormatFacts;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * A document as read: its name, where it came from, a digest of its bytes, its media type, its
 * normalised text, the metadata the user gave for it, for a paged document (a PDF) where its
 * pages start in the text, for a format with fields of its own (ModernGov XML) the facts those
 * fields state and, for one meeting's minutes in a file that holds several, which part of the
 * file it is.
 */
public record SourceDocument(String name, String origin, String sha256, String mediaType,
        DocumentText text, DocumentMetadata metadata, Pages pages, FormatFacts stated, FilePart part) {

    /** A whole file whose format may state facts of its own. */
    public SourceDocument(String name, String origin, String sha256, String mediaType,
            DocumentText text, DocumentMetadata metadata, Pages pages, FormatFacts stated) {
        this(name, origin, sha256, mediaType, text, metadata, pages, stated, FilePart.WHOLE);
    }

    /** A whole file whose facts are all recognised from its text. */
    public SourceDocument(String name, String origin, String sha256, String mediaType,
            DocumentText text, DocumentMetadata metadata, Pages pages) {
        this(name, origin, sha256, mediaType, text, metadata, pages, FormatFacts.NONE);
    }

    /** A document without pages. */
    public SourceDocument(String name, String origin, String sha256, String mediaType,
            DocumentText text, DocumentMetadata metadata) {
        this(name, origin, sha256, mediaType, text, metadata, Pages.NONE);
    }

    /**
     * The part of this document the recognisers read: its text up to where the facts its format
     * states end it, or the whole document when the format states none.
     */
    public SourceDocument recognisable() {
        if (stated.none()) {
            return this;
        }
        return new SourceDocument(name, origin, sha256, mediaType,
                new DocumentText(text.text().substring(0, stated.recognisedEnd())), metadata, pages);
    }

    /** How the graph labels the document: its name, and for one meeting of several in a file, which. */
    public String label() {
        return part.whole() ? name : name + " (meeting " + part.index() + " of " + part.count() + ")";
    }

    /**
     * The minutes of meeting {@code index} of {@code count} in this file: {@code partText}, which
     * stands at {@code span} of the file's text (as long as it, running headers blanked), with the
     * file's page numbers and {@code given} as its metadata.
     */
    public SourceDocument part(Span span, String partText, int index, int count, DocumentMetadata given) {
        if (partText.length() != span.length()) {
            throw new IllegalArgumentException("a part's text is as long as its span of the file's text");
        }
        return new SourceDocument(name, origin, sha256, mediaType, new DocumentText(partText),
                given, pages.from(span.start(), span.length()), FormatFacts.NONE, new FilePart(index, count, span.start()));
    }

    /**
     * The stable key that names the document's graph and the resources minted for it: from the
     * source URL when one is known, otherwise from the document's bytes; for one meeting of a
     * file holding several, from that and the meeting's place in the file.
     */
    public String key() {
        return part.whole() ? basis().substring(0, 16) : meetingKey(part.index());
    }

    /**
     * The key of meeting {@code index} (from 1) of this file, were the file split into the
     * minutes of several meetings: known before extraction, so a load can tell whether a split
     * file's graphs are already stored.
     */
    public String meetingKey(int index) {
        return sha256Hex(basis() + "#meeting-" + index).substring(0, 16);
    }

    private String basis() {
        return metadata.url().map(SourceDocument::sha256Hex).orElse(sha256);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
