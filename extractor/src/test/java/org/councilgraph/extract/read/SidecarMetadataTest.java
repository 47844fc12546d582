package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.councilgraph.extract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sidecar that is not the small JSON object it should be fails its own document, with a reason naming it. */
class SidecarMetadataTest {

    private final MinutesReader reader = new MinutesReader();

    @TempDir
    Path dir;

    private Path minutesWithSidecar(String sidecar) throws IOException {
        Path file = Files.copy(Fixtures.sample("003"), dir.resolve("m.txt"));
        Files.writeString(dir.resolve("m.meta.json"), sidecar);
        return file;
    }

    private String reasonFor(String sidecar) throws IOException {
        Path file = minutesWithSidecar(sidecar);
        DocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(file, DocumentMetadata.NONE));
        assertEquals("m.txt", e.documentName());
        assertTrue(e.reason().startsWith("its sidecar m.meta.json "), e.reason());
        return e.reason();
    }

    @Test
    void aTruncatedSidecarIsReportedAsInvalidJsonNotAsANullPointer() throws IOException {
        String reason = reasonFor("{\"council\": \"X\", \"date\": ");
        assertEquals("its sidecar m.meta.json is not a valid JSON object", reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"council\": 5}                     | field \"council\" must be a string, not a number",
        "{\"committee\": [\"A\"]}             | field \"committee\" must be a string, not a list",
        "{\"date\": true}                     | field \"date\" must be a string, not true or false",
        "{\"date\": \"4 May 2024\"}           | date '4 May 2024' is not YYYY-MM-DD",
        "{\"source_url\": \"javascript:alert(1)\"} | source_url must be an http or https URL with a host: javascript:alert(1)",
        "{\"source_url\": \"file:///etc/passwd\"}  | source_url must be an http or https URL with a host: file:///etc/passwd",
        "{\"source_url\": \"https://example.org/a b\"} | source_url is not a valid URL (Illegal character in path): https://example.org/a b",
        "[1, 2]                               | is not a valid JSON object"})
    void aWronglyTypedOrInvalidFieldIsReportedByName(String sidecar, String expected) throws IOException {
        assertEquals("its sidecar m.meta.json " + expected, reasonFor(sidecar));
    }

    @Test
    void aHugeFieldIsRefusedWithoutBeingUsed() throws IOException {
        String reason = reasonFor("{\"council\": \"" + "A".repeat(SidecarMetadata.MAX_FIELD_CHARS + 1) + "\"}");
        assertTrue(reason.contains("longer than " + SidecarMetadata.MAX_FIELD_CHARS), reason);
    }

    @Test
    void aMegabyteSidecarIsRefusedBeforeParsing() throws IOException {
        String reason = reasonFor("{\"council\": \"" + "A".repeat(1 << 20) + "\"}");
        assertTrue(reason.contains("larger than 64 KiB"), reason);
    }

    @Test
    void deeplyNestedJsonIsReportedNotThrown() throws IOException {
        assertEquals("its sidecar m.meta.json is not a valid JSON object", reasonFor("{\"a\":" + "[".repeat(30_000)));
    }

    @Test
    void aValidHttpsSidecarIsStillRead() throws IOException, DocumentException {
        Path file = minutesWithSidecar("{\"council\": \"Exampleshire\", \"committee\": null, \"source_url\": \"HTTPS://example.org/m?id=1\"}");
        DocumentMetadata metadata = reader.read(file, DocumentMetadata.NONE).metadata();
        assertEquals("Exampleshire", metadata.council());
        assertEquals(null, metadata.committee());
        assertEquals("HTTPS://example.org/m?id=1", metadata.sourceUrl());
    }
}
