package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.councilgraph.cli.HostileInputs.Case;
import org.councilgraph.cli.HostileInputs.Outcome;
import org.councilgraph.extract.read.SourceDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite: one folder holding every kind of hostile input of {@link HostileInputs}
 * and, after them, one good sample, given to {@code extract} and to {@code load}. Each hostile
 * input is refused by name with its reason (or read safely), the good document after them is
 * processed, the commands exit 1, and neither output nor store holds any part of a refused one.
 */
@Tag("slow") // extraction of a large batch and TDB2
class HostileInputSuiteTest {

    private static final Path GOOD = Path.of("../samples/004_2dc9d3d77949ed79.txt");

    @TempDir
    static Path folder;

    private static List<Case> cases;
    private static CommandRun extract;
    private static CommandRun load;
    private static Set<String> extractedGraphs;
    private static Set<String> storedGraphs;
    private static String extracted;
    private static boolean secretStored;

    @BeforeAll
    static void runTheBatch() throws IOException {
        Path in = Files.createDirectories(folder.resolve("in"));
        cases = HostileInputs.writeAll(in);
        Files.copy(GOOD, in.resolve("zz-good.txt"));
        Path out = folder.resolve("out.nq");
        extract = CommandRun.of("extract", "--format", "nq", "-o", out.toString(), in.toString());
        extracted = Files.readString(out);
        extractedGraphs = Files.readAllLines(out).stream().map(line -> line.substring(line.lastIndexOf('<') + 1, line.lastIndexOf('>')))
                .collect(Collectors.toSet());
        Path db = folder.resolve("db");
        load = CommandRun.of("load", "--db", db.toString(), in.toString());
        Dataset dataset = TDB2Factory.connectDataset(db.resolve("tdb2").toString());
        storedGraphs = Txn.calculateRead(dataset, () -> {
            Set<String> graphs = new java.util.HashSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
            return graphs;
        });
        secretStored = Txn.calculateRead(dataset, () -> org.apache.jena.query.QueryExecution.dataset(dataset)
                .query("ASK { GRAPH ?g { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"" + HostileInputs.SECRET + "\")) } }").ask());
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

    static List<Case> cases() {
        return HostileInputs.writeAll(tempFolder());
    }

    private static Path tempFolder() {
        try {
            Path dir = Files.createTempDirectory("hostile-cases");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String graphOf(String file) throws IOException {
        return "https://w3id.org/councilgraph/id/document/"
                + SourceDocument.sha256Hex(Files.readAllBytes(folder.resolve("in").resolve(file))).substring(0, 16);
    }

    private static boolean reported(String log, Path file, String reason) {
        return log.lines().anyMatch(line -> line.contains(file.toString()) && line.contains(reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachHostileInputIsRefusedByNameOrReadSafely(Case hostile) throws IOException {
        Path file = folder.resolve("in").resolve(hostile.file());
        switch (hostile.outcome()) {
            case REFUSED -> {
                assertTrue(reported(extract.err(), file, hostile.refusal()), "extract: " + hostile + "\n" + extract.err());
                assertTrue(reported(load.err(), file, hostile.refusal()), "load: " + hostile + "\n" + load.err());
            }
            case READ -> {
                assertTrue(extractedGraphs.contains(graphOf(hostile.file())), hostile + " was not extracted\n" + extract.err());
                assertTrue(storedGraphs.contains(graphOf(hostile.file())), hostile + " was not stored\n" + load.err());
            }
            case IGNORED -> assertFalse(extract.err().contains("skipped " + file), extract.err());
        }
        if (hostile.outcome() != Outcome.READ && Files.isRegularFile(file)) {
            assertFalse(extractedGraphs.contains(graphOf(hostile.file())), "part of " + hostile + " was extracted");
            assertFalse(storedGraphs.contains(graphOf(hostile.file())), "part of " + hostile + " was stored");
        }
    }

    @Test
    void theGoodDocumentAfterThemIsProcessedAndTheCommandsReportFailure() throws IOException {
        String good = "https://w3id.org/councilgraph/id/document/" + SourceDocument.sha256Hex(Files.readAllBytes(GOOD)).substring(0, 16);
        assertTrue(extractedGraphs.contains(good), extract.err());
        assertTrue(storedGraphs.contains(good), load.err());
        assertEquals(1, extract.exitCode());
        assertEquals(1, load.exitCode());
    }

    @Test
    void noExternalEntityWasReadIntoTheOutputOrTheStore() {
        assertFalse(extracted.contains(HostileInputs.SECRET), "a file outside the batch was read through an XML entity");
        assertFalse(secretStored, "a file outside the batch was stored through an XML entity");
    }

    @Test
    void theSuiteHasAtLeastFortyKinds() {
        assertTrue(cases.size() >= 40, "cases: " + cases.size());
    }
}
