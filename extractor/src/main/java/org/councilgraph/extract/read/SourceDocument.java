package org.councilgraph.extract.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.councilgraph.extract.fact.FormatFacts;
import org.councilgraph.extract.text.DocumentText;

/**
 * A document as read: its name, where it came from, a digest of its bytes, its media type, its
 * normalised text, the metadata the user gave for it, for a paged document (a PDF) where its
 * pages start in the text and, for a format with fields of its own (ModernGov XML), the facts
 * those fields state.
 */
public record SourceDocument(String name, String origin, String sha256, String mediaType,
        DocumentText text, DocumentMetadata metadata, Pages pages, FormatFacts stated) {

    /** A document whose facts are all recognised from its text. */
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

    /**
     * The stable key that names the document's graph and the resources minted for it: from the
     * source URL when one is known, otherwise from the document's bytes.
     */
    public String key() {
        String basis = metadata.url().map(SourceDocument::sha256Hex).orElse(sha256);
        return basis.substring(0, 16);
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
