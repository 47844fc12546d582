package org.councilgraph.extract.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.councilgraph.extract.text.DocumentText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first stage: turns a file (plain text or a saved HTML page) into a {@link SourceDocument},
 * or rejects it with a reason.
 */
public final class MinutesReader {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesReader.class);
    private static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final SidecarMetadata sidecars = new SidecarMetadata();

    /**
     * Reads {@code path}; metadata comes from {@code given} first, then from a sidecar
     * {@code <stem>.meta.json} next to the file.
     */
    public SourceDocument read(Path path, DocumentMetadata given) throws DocumentException {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new UnreadableDocumentException(name, Files.exists(path) ? "not a regular file" : "no such file");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UnreadableDocumentException(name, "larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "cannot be read: " + e.getMessage(), e);
        }
        DocumentMetadata metadata = given.orElse(sidecars.forDocument(path));
        return fromBytes(name, path.toString(), bytes, metadata);
    }

    /** Reads a document held in memory; {@code name} decides HTML or text as a file name would. */
    public SourceDocument fromBytes(String name, String origin, byte[] bytes, DocumentMetadata metadata)
            throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name, "the file is empty");
        }
        rejectBinary(name, bytes);
        String decoded = decode(name, bytes);
        boolean html = looksLikeHtml(name, decoded);
        String text = html ? new HtmlPage(decoded).text() : decoded;
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name, html ? "the HTML page has no text" : "the file holds only white space");
        }
        if (letterShare(text) < 0.3) {
            throw new UnreadableDocumentException(name, "the file does not hold readable text (too few letters)");
        }
        return new SourceDocument(name, origin, SourceDocument.sha256Hex(bytes),
                html ? "text/html" : "text/plain", DocumentText.of(text), metadata);
    }

    private static void rejectBinary(String name, byte[] bytes) throws UnreadableDocumentException {
        if (startsWith(bytes, "%PDF")) {
            throw new UnreadableDocumentException(name,
                    "is a PDF; councilgraph reads plain text and HTML (convert it first, e.g. with pdftotext -layout)");
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            throw new UnreadableDocumentException(name,
                    "is a ZIP-based file (Word, ODF or an archive); save the minutes as text or HTML first");
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (!utf16) {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new UnreadableDocumentException(name, "holds binary data (NUL bytes), not text");
                }
            }
        }
    }

    private static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            LOG.warn("{}: not valid UTF-8, read as Windows-1252", name);
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static boolean looksLikeHtml(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 200)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml") && head.contains("<html");
    }

    private static double letterShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return visible == 0 ? 0 : (double) letters / visible;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
