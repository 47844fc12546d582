package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.councilgraph.extract.read.SourceDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An RDF file that names the graph of another file's document does not replace it, unless --force says so. */
@Tag("slow") // TDB2
class GraphTakeoverTest {

    private static final Path SAMPLE = Path.of("../samples/003_c8b7ca36a12a45f9.txt").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void anRdfFileCannotReplaceAnotherDocumentsGraphWithoutForce() throws IOException {
        String db = dir.resolve("db").toString();
        assertEquals(0, CommandRun.of("load", "--db", db, SAMPLE.toString()).exitCode());
        String graph = "https://w3id.org/councilgraph/id/document/" + SourceDocument.sha256Hex(Files.readAllBytes(SAMPLE)).substring(0, 16);
        Path hijack = Files.writeString(dir.resolve("hijack.nq"),
                "<https://example.org/s> <https://example.org/p> \"hijack\" <" + graph + "> .\n");
        Path count = Files.writeString(dir.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");

        CommandRun refused = CommandRun.of("load", "--db", db, hijack.toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("hijack.nq: could not be loaded, nothing of it was stored: it names the graph <" + graph
                + ">, which holds another document; load with --force to replace it"), refused.err());
        assertTrue(CommandRun.of("query", "--db", db, "--format", "csv", count.toString()).out().contains("471"));

        assertEquals(0, CommandRun.of("load", "--db", db, "--force", hijack.toString()).exitCode());
        assertTrue(CommandRun.of("query", "--db", db, "--format", "csv", count.toString()).out().lines().anyMatch("1"::equals));
    }

    @Test
    void anRdfFileStillReplacesItsOwnGraphsWhenItChanges() throws IOException {
        String db = dir.resolve("db").toString();
        Path own = Files.writeString(dir.resolve("own.nq"), "<https://example.org/s> <https://example.org/p> \"one\" <https://example.org/g> .\n");
        assertEquals(0, CommandRun.of("load", "--db", db, own.toString()).exitCode());
        Files.writeString(own, "<https://example.org/s> <https://example.org/p> \"two\" <https://example.org/g> .\n");
        CommandRun again = CommandRun.of("load", "--db", db, own.toString());
        assertEquals(0, again.exitCode(), again.err());
    }
}
