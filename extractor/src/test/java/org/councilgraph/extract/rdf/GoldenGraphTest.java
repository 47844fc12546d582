package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.councilgraph.extract.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each sample's graph must be isomorphic to its hand-checked golden graph. */
class GoldenGraphTest {

    static Stream<Path> cases() throws IOException {
        Path golden = Path.of("src/test/resources/golden");
        return Files.list(golden).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheGoldenGraph(Path dir) {
        DatasetGraph actual = Graphs.dataset(Fixtures.document(dir.resolve("input.txt")));
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(dir.resolve("expected.trig").toString());
        assertTrue(IsoMatcher.isomorphic(expected, actual), () -> dir.getFileName() + ": the graph differs from expected.trig");
    }
}
