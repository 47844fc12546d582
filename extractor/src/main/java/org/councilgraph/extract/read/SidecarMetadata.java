package org.councilgraph.extract.read;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the optional sidecar file {@code <stem>.meta.json} next to a document:
 * {@code {"council": "...", "committee": "...", "date": "YYYY-MM-DD", "source_url": "..."}}.
 * A sidecar that is not such an object (bad JSON, a field of the wrong type or size, a date that
 * is not a date, a URL that is not {@code http} or {@code https}) makes its document unreadable,
 * with a reason naming the sidecar, so only that document fails.
 */
final class SidecarMetadata {

    /** What a sidecar's name adds to its document's stem. */
    static final String SUFFIX = ".meta.json";

    /** Sidecars hold four short fields; anything larger is not one (and would cost time to parse). */
    static final long MAX_BYTES = 64 * 1024;

    /** The longest text a field may hold: long enough for any council name or URL. */
    static final int MAX_FIELD_CHARS = 2000;

    private static final Set<String> URL_SCHEMES = Set.of("http", "https");

    private static final Logger LOG = LoggerFactory.getLogger(SidecarMetadata.class);

    DocumentMetadata forDocument(Path document) throws UnreadableDocumentException {
        Path sidecar = sidecarOf(document);
        if (!Files.isRegularFile(sidecar)) {
            return DocumentMetadata.NONE;
        }
        Problem problem = new Problem(document.getFileName().toString(), sidecar.getFileName().toString());
        JsonObject json = parse(sidecar, problem);
        LOG.debug("{}: metadata from {}", problem.document, problem.sidecar);
        return new DocumentMetadata(string(json, "council", problem), string(json, "committee", problem),
                date(json, problem), url(json, problem));
    }

    static Path sidecarOf(Path document) {
        String file = document.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return document.resolveSibling(stem + SUFFIX);
    }

    private static JsonObject parse(Path sidecar, Problem problem) throws UnreadableDocumentException {
        String text;
        try {
            if (Files.size(sidecar) > MAX_BYTES) {
                throw problem.of("is larger than " + (MAX_BYTES >> 10) + " KiB");
            }
            text = Files.readString(sidecar);
        } catch (IOException e) {
            throw problem.of("cannot be read (" + e.getMessage() + ")");
        }
        try {
            return JSON.parse(text);
        } catch (RuntimeException | StackOverflowError e) {
            // Jena's JSON parser reports truncated input as a NullPointerException and deep nesting
            // overflows the stack: both mean the same to the user, the file is not a JSON object.
            throw problem.of("is not a valid JSON object");
        }
    }

    private static String string(JsonObject json, String key, Problem problem) throws UnreadableDocumentException {
        JsonValue v = json.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw problem.of("field \"" + key + "\" must be a string, not " + kind(v));
        }
        String value = v.getAsString().value().strip();
        if (value.length() > MAX_FIELD_CHARS) {
            throw problem.of("field \"" + key + "\" is longer than " + MAX_FIELD_CHARS + " characters");
        }
        return value.isEmpty() ? null : value;
    }

    private static LocalDate date(JsonObject json, Problem problem) throws UnreadableDocumentException {
        String text = string(json, "date", problem);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem.of("date '" + text + "' is not YYYY-MM-DD");
        }
    }

    private static String url(JsonObject json, Problem problem) throws UnreadableDocumentException {
        String text = string(json, "source_url", problem);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!URL_SCHEMES.contains(scheme) || uri.getHost() == null) {
                throw problem.of("source_url must be an http or https URL with a host: " + text);
            }
            return text;
        } catch (URISyntaxException e) {
            throw problem.of("source_url is not a valid URL (" + e.getReason() + "): " + text);
        }
    }

    private static String kind(JsonValue v) {
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "true or false";
        }
        return v.isArray() ? "a list" : "an object";
    }

    /** Builds the document's failure for a fault of its sidecar. */
    private record Problem(String document, String sidecar) {
        UnreadableDocumentException of(String what) {
            return new UnreadableDocumentException(document, "its sidecar " + sidecar + " " + what);
        }
    }
}
