package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The council of a document whose text and metadata name none, from its source URL's host as the user maps it. */
class CouncilHostsTest {

    private final MinutesReader reader = new MinutesReader();

    @TempDir
    Path dir;

    private Path minutes(String name, String sidecar) throws IOException {
        Path file = Files.copy(Fixtures.sample("003"), dir.resolve(name + ".txt"));
        Files.writeString(dir.resolve(name + ".meta.json"), sidecar);
        return file;
    }

    @Test
    void aListedHostOrParentDomainGivesTheCouncilAndTheSidecarStillWins() throws IOException, DocumentException {
        Files.writeString(dir.resolve(CouncilHosts.FILE), "# host\tcouncil\nlancashire.gov.uk\tLancashire County Council\n");
        Path byHost = minutes("a", "{\"source_url\": \"https://council.lancashire.gov.uk/ieListDocuments.aspx?CId=1\"}");
        Path byWww = minutes("b", "{\"source_url\": \"https://www.lancashire.gov.uk/minutes/1\"}");
        Path named = minutes("c", "{\"source_url\": \"https://council.lancashire.gov.uk/x\", \"council\": \"Lancaster City Council\"}");
        Path elsewhere = minutes("d", "{\"source_url\": \"https://lancashire.gov.uk.example.org/x\"}");

        assertEquals("Lancashire County Council", reader.read(byHost, DocumentMetadata.NONE).metadata().council());
        assertEquals("Lancashire County Council", reader.read(byWww, DocumentMetadata.NONE).metadata().council());
        assertEquals("Lancaster City Council", reader.read(named, DocumentMetadata.NONE).metadata().council());
        assertNull(reader.read(elsewhere, DocumentMetadata.NONE).metadata().council(), "a host is not matched by its words");
    }

    @Test
    void withoutTheFileNoCouncilIsGuessedFromTheHost() throws IOException, DocumentException {
        Path file = minutes("a", "{\"source_url\": \"https://council.lancashire.gov.uk/x\"}");
        assertNull(reader.read(file, DocumentMetadata.NONE).metadata().council());
    }

    @Test
    void aMalformedFileIsReportedWithTheDocumentAndTheLine() throws IOException {
        Files.writeString(dir.resolve(CouncilHosts.FILE), "lancashire.gov.uk Lancashire County Council\n");
        Path file = minutes("a", "{\"source_url\": \"https://council.lancashire.gov.uk/x\"}");
        DocumentException e = assertThrows(UnreadableDocumentException.class, () -> reader.read(file, DocumentMetadata.NONE));
        assertTrue(e.reason().contains(CouncilHosts.FILE + " line 1"), e.reason());
    }

    @Test
    void theFileIsNotReportedAsPassedOverInAFolder() throws IOException {
        Files.writeString(dir.resolve(CouncilHosts.FILE), "lancashire.gov.uk\tLancashire County Council\n");
        minutes("a", "{}");
        InputFiles files = InputFiles.of(List.of(dir));
        assertTrue(files.passedOver().isEmpty(), files.passedOver().toString());
        assertEquals(1, files.documents().size(), files.documents().toString());
    }
}
