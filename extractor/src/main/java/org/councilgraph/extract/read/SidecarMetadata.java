package org.councilgraph.extract.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the optional sidecar file {@code <stem>.meta.json} next to a document:
 * {@code {"council": "...", "committee": "...", "date": "YYYY-MM-DD", "source_url": "..."}}.
 */
final class SidecarMetadata {

    /** What a sidecar's name adds to its document's stem. */
    static final String SUFFIX = ".meta.json";

    private static final Logger LOG = LoggerFactory.getLogger(SidecarMetadata.class);

    DocumentMetadata forDocument(Path document) throws UnreadableDocumentException {
        Path sidecar = sidecarOf(document);
        if (!Files.isRegularFile(sidecar)) {
            return DocumentMetadata.NONE;
        }
        String name = document.getFileName().toString();
        try {
            JsonObject json = JSON.parse(Files.readString(sidecar));
            LOG.debug("{}: metadata from {}", name, sidecar.getFileName());
            return new DocumentMetadata(string(json, "council"), string(json, "committee"),
                    date(json, name), string(json, "source_url"));
        } catch (IOException | JsonException e) {
            throw new UnreadableDocumentException(name, "its sidecar " + sidecar.getFileName() + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static Path sidecarOf(Path document) {
        String file = document.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return document.resolveSibling(stem + SUFFIX);
    }

    private static String string(JsonObject json, String key) {
        JsonValue v = json.get(key);
        return v != null && v.isString() && !v.getAsString().value().isBlank() ? v.getAsString().value().strip() : null;
    }

    private static LocalDate date(JsonObject json, String name) throws UnreadableDocumentException {
        String text = string(json, "date");
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UnreadableDocumentException(name, "its sidecar date '" + text + "' is not YYYY-MM-DD", e);
        }
    }
}
