package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RDF files that attack the parser or reach out of it: load and validate fetch nothing, expand nothing, store nothing of them. */
@Tag("slow") // TDB2
class RdfFileAttacksTest {

    private static final String RDF_NS = "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"https://example.org/\"";

    @TempDir
    Path dir;

    @Test
    void aRemoteJsonLdContextIsNotFetchedByLoadOrValidate() throws IOException {
        try (LocalListener listener = LocalListener.start()) {
            String url = listener.url("/context.jsonld");
            Path file = Files.writeString(dir.resolve("remote.jsonld"),
                    "{\"@context\": \"" + url + "\", \"@id\": \"https://example.org/s\", \"name\": \"x\"}");
            CommandRun load = CommandRun.of("load", "--db", dir.resolve("db").toString(), file.toString());
            assertEquals(1, load.exitCode());
            assertTrue(load.err().contains("remote.jsonld: could not be loaded, nothing of it was stored: remote JSON-LD contexts are not fetched ("
                    + url + ")"), load.err());
            CommandRun validate = CommandRun.of("validate", file.toString());
            assertEquals(1, validate.exitCode());
            assertTrue(validate.err().contains("remote JSON-LD contexts are not fetched"), validate.err());
            assertEquals(0, listener.hits(), "a remote context was fetched");
        }
    }

    @Test
    void anExternalEntityIsNotExpandedIntoTheStore() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-text");
        Path file = Files.writeString(dir.resolve("xxe.rdf"), "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<rdf:RDF " + RDF_NS + "><rdf:Description rdf:about=\"https://example.org/s\"><ex:p>[&x;]</ex:p>"
                + "</rdf:Description></rdf:RDF>\n");
        String db = dir.resolve("db").toString();
        CommandRun.of("load", "--db", db, file.toString());
        Path query = Files.writeString(dir.resolve("all.rq"), "SELECT ?o { GRAPH ?g { ?s ?p ?o } }");
        CommandRun all = CommandRun.of("query", "--db", db, "--format", "csv", query.toString());
        assertFalse(all.out().contains("the-secret-text"), all.out());
    }

    @Test
    void billionLaughsIsRefusedAndNothingOfItIsStored() throws IOException {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        Path file = Files.writeString(dir.resolve("laughs.rdf"), dtd + "]>\n<rdf:RDF " + RDF_NS
                + "><rdf:Description rdf:about=\"https://example.org/s\"><ex:p>&lol9;</ex:p></rdf:Description></rdf:RDF>\n");
        String db = dir.resolve("db").toString();
        CommandRun load = CommandRun.of("load", "--db", db, file.toString());
        assertEquals(1, load.exitCode());
        assertTrue(load.err().contains("laughs.rdf: could not be loaded, nothing of it was stored"), load.err());
        Path query = Files.writeString(dir.resolve("count.rq"), "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
        assertTrue(CommandRun.of("query", "--db", db, "--format", "csv", query.toString()).out().lines().anyMatch("0"::equals));
    }
}
