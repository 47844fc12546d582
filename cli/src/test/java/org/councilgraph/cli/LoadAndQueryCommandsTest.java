package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code councilgraph load} and {@code councilgraph query} as a user runs them, on one database. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("slow") // TDB2
class LoadAndQueryCommandsTest {

    @TempDir
    static Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    @Order(1)
    void loadReportsEachDocumentAndASummary() {
        assertEquals(0, run("load", "--db", db(), "../samples"));
        assertTrue(err.toString().contains("5 loaded"), err.toString());
        assertTrue(err.toString().contains("loaded 003_c8b7ca36a12a45f9.txt"), err.toString());
        assertTrue(err.toString().contains("people resolved across the documents of 2 councils"), err.toString());
    }

    @Test
    @Order(2)
    void loadingAgainSkipsTheUnchangedDocuments() {
        assertEquals(0, run("load", "--db", db(), "../samples"));
        assertTrue(err.toString().contains("0 loaded (0 triples), 5 skipped as unchanged, 0 failed"), err.toString());
        assertTrue(err.toString().contains("people across meetings unchanged"), err.toString());
    }

    @Test
    @Order(3)
    void aFailingInputIsReportedWithItsReasonAndTheOthersStillLoad() throws IOException {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "");
        Path broken = Files.writeString(folder.resolve("broken.ttl"), "<https://example.org/a> oops .");
        Path good = Files.writeString(folder.resolve("good.ttl"), "<https://example.org/a> <https://example.org/b> \"c\" .");
        assertEquals(1, run("load", "--db", db(), empty.toString(), broken.toString(), good.toString()));
        String log = err.toString();
        assertTrue(log.contains("1 loaded (1 triples), 0 skipped as unchanged, 2 failed"), log);
        assertTrue(log.contains("empty.txt: the file is empty"), log);
        assertTrue(log.contains("broken.ttl: could not be loaded, nothing of it was stored"), log);
    }

    @Test
    @Order(4)
    void queryRunsAUserQueryByNameWithParametersInEachFormat() {
        assertEquals(0, run("query", "--db", db(), "person-attendance", "--param", "name=Croft", "--format", "csv"));
        String csv = out.toString();
        assertTrue(csv.startsWith("person,attendee,meeting,date,body,status"), csv);
        assertTrue(csv.contains("Councillor Croft") && csv.contains("2023-09-21") && csv.contains("apologies"), csv);

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db(), "../queries/meeting-attendance.rq", "--format", "json"));
        assertTrue(out.toString().contains("\"County Councillor Geoff Driver CBE\""), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db(), "committee-meetings"));
        assertTrue(out.toString().contains("| \"Children and Lifelong Learning Scrutiny Panel\""), out.toString());
    }

    @Test
    @Order(5)
    void queryRejectsUnknownParametersBadValuesAndMissingDatabasesAsUsageErrors() {
        assertEquals(2, run("query", "--db", db(), "person-attendance", "--param", "nobody=x"));
        assertTrue(err.toString().contains("its parameters are [name]"), err.toString());
        assertEquals(2, run("query", "--db", db(), "committee-resolutions", "--param", "from=last year"));
        assertTrue(err.toString().contains("xsd:date"), err.toString());
        assertEquals(2, run("query", "--db", folder.resolve("nothing-here").toString(), "who-attended-what"));
        assertTrue(err.toString().contains("no database in"), err.toString());
    }

    private static String db() {
        return folder.resolve("db").toString();
    }

    private int run(String... args) {
        err.getBuffer().setLength(0);
        CommandLine cl = Councilgraph.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    @Order(10)
    void theMeetingsOfAFileHoldingSeveralAreLoadedTogetherAsGraphsOfTheirOwnAndNotExtractedAgainWhenUnchanged() {
        String merton = "../extractor/src/test/resources/real-documents/pdf/"
                + "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf";
        Path own = folder.resolve("merton-db");
        for (int run = 1; run <= 2; run++) {
            assertEquals(0, run("load", "--db", own.toString(), "--no-model", merton), err.toString());
            String log = err.toString();
            // The second load finds the meetings' graphs stored from the same bytes and extracts nothing.
            assertTrue(log.contains(run == 1 ? "1 loaded" : "0 loaded (0 triples), 1 skipped as unchanged, 0 failed"), log);
            assertEquals(run == 1, log.contains("holds the minutes of 2 meetings"), "run " + run + " extracted the file: " + log);
            try (CouncilDatabase db = CouncilDatabase.open(own)) {
                long meetings = Txn.calculateRead(db.dataset(), () -> java.util.stream.StreamSupport.stream(
                        java.util.Spliterators.spliteratorUnknownSize(db.dataset().find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.Meeting), 0), false)
                        .map(q -> q.getGraph()).distinct().count());
                assertEquals(2, meetings, "run " + run + ": one graph per meeting, neither replacing the other");
            }
        }
    }
}
