package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.councilgraph.extract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesReaderTest {

    private final MinutesReader reader = new MinutesReader();

    @TempDir
    Path dir;

    @Test
    void readsASampleAsTextWithItsDigest() throws DocumentException {
        SourceDocument d = reader.read(Fixtures.sample("003"), DocumentMetadata.NONE);
        assertEquals("text/plain", d.mediaType());
        assertEquals(64, d.sha256().length());
        assertTrue(d.text().text().contains("Cabinet Committee on Performance Improvement"));
        assertEquals(d.sha256().substring(0, 16), d.key());
    }

    @Test
    void rejectsAnEmptyFileByNameAndReason() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        DocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(empty, DocumentMetadata.NONE));
        assertEquals("empty.txt", e.documentName());
        assertTrue(e.reason().contains("empty"));
    }

    @Test
    void rejectsBinaryDataAndPdfs() throws IOException {
        Path binary = Files.write(dir.resolve("minutes.txt"), new byte[] {'M', 0, 1, 2, 'x'});
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> reader.read(binary, DocumentMetadata.NONE))
                .reason().contains("binary"));
        Path pdf = Files.write(dir.resolve("minutes.pdf"), "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
        assertTrue(assertThrows(UnreadableDocumentException.class, () -> reader.read(pdf, DocumentMetadata.NONE))
                .reason().contains("PDF"));
    }

    @Test
    void rejectsAMissingFile() {
        assertThrows(UnreadableDocumentException.class, () -> reader.read(dir.resolve("nope.txt"), DocumentMetadata.NONE));
    }

    @Test
    void readsASavedHtmlPageAsTableRowsAndLines() throws IOException, DocumentException {
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><script>var x=1;</script></head><body>"
                + "<p>Venue: County Hall</p><table><tr><td>1.</td><td>Apologies <b>for</b> Absence</td></tr></table>"
                + "<ul><li>Councillor A Smith</li></ul></body></html>");
        SourceDocument d = reader.read(page, DocumentMetadata.NONE);
        assertEquals("text/html", d.mediaType());
        String text = d.text().text();
        assertTrue(text.contains("Venue: County Hall\n"), text);
        assertTrue(text.contains("1. | Apologies for Absence |"), text);
        assertTrue(text.contains("• Councillor A Smith"), text);
        assertTrue(!text.contains("var x"), text);
    }

    @Test
    void fallsBackToWindows1252ForTextThatIsNotUtf8() throws IOException, DocumentException {
        byte[] bytes = "Councillor O\u2019Neill declared".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Path file = Files.write(dir.resolve("cp1252.txt"), bytes);
        assertTrue(reader.read(file, DocumentMetadata.NONE).text().text().contains("O\u2019Neill"));
    }

    @Test
    void takesMetadataFromASidecarButGivenMetadataWins() throws IOException, DocumentException {
        Path file = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the meeting held on 4 May 2024");
        Files.writeString(dir.resolve("minutes.meta.json"),
                "{\"council\": \"Exampleshire County Council\", \"date\": \"2024-05-04\", \"source_url\": \"https://example.org/m/1\"}");
        SourceDocument d = reader.read(file, new DocumentMetadata("Given Council", null, null, null));
        assertEquals("Given Council", d.metadata().council());
        assertEquals(LocalDate.of(2024, 5, 4), d.metadata().meetingDate());
        assertEquals(SourceDocument.sha256Hex("https://example.org/m/1").substring(0, 16), d.key());
        assertNotEquals(d.sha256().substring(0, 16), d.key());
    }

    @Test
    void reportsABrokenSidecar() throws IOException {
        Path file = Files.writeString(dir.resolve("m.txt"), "Minutes of the meeting held on 4 May 2024");
        Files.writeString(dir.resolve("m.meta.json"), "{not json");
        DocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(file, DocumentMetadata.NONE));
        assertTrue(e.reason().contains("m.meta.json"));
    }
}
