package org.councilgraph.store.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSources;
import org.councilgraph.store.SampleMinutes;
import org.councilgraph.store.identity.IdentityRefresh;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The co-attendance network of a database {@code load} made is read from its stored edges, and is
 * the network counted from the attendances: on real documents, the councils of the identity set
 * (people resolved across their meetings) and the samples (some of no known council).
 */
@Tag("slow") // TDB2, extraction of 21 documents
class StoredCoAttendanceNetworkTest {

    @TempDir
    Path folder;

    @Test
    void theUnfilteredNetworkFromTheStoredEdgesIsTheNetworkCountedFromTheAttendances() throws IOException {
        try (CouncilDatabase db = loaded(folder.resolve("db"))) {
            NetworkScope everything = NetworkScope.everything();
            assertTrue(NetworkKind.CO_ATTENDANCE.readsStoredEdges(everything));
            assertTrue(ask(db.dataset(), NetworkKind.storedEdgesExist()), "load stored co-attendance edges");

            List<NetworkEdge> stored = edges(db.dataset(), NetworkKind.storedEdgeQuery(Long.MAX_VALUE));
            List<NetworkEdge> counted = edges(db.dataset(), NetworkKind.CO_ATTENDANCE.edgeQuery(everything, Long.MAX_VALUE));
            assertFalse(counted.isEmpty());
            assertTrue(counted.stream().anyMatch(e -> e.weight() >= 2), "people who sat together at several meetings");
            assertTrue(counted.stream().anyMatch(e -> e.source().contains("/resolved/")), "resolved persons");
            assertTrue(counted.stream().anyMatch(e -> e.source().contains("/person/document/")), "people of no known council");
            assertEquals(counted, stored, "the same edges, weights and order");
            assertEquals(counted, NetworkQueries.of(db.dataset()).compute(NetworkKind.CO_ATTENDANCE, everything).edges());
        }
    }

    @Test
    void aFilteredNetworkIsCountedFromTheAttendances() {
        NetworkScope committee = new NetworkScope(Optional.empty(), Optional.of("planning"), Optional.empty(), Optional.empty(), Optional.empty());

        assertFalse(NetworkKind.CO_ATTENDANCE.readsStoredEdges(committee));
        assertFalse(NetworkKind.CO_ATTENDANCE.readsStoredEdges(NetworkScope.everything().withStatuses(List.of("apologies"))));
        assertFalse(NetworkKind.MEMBERSHIP.readsStoredEdges(NetworkScope.everything()));
    }

    private static CouncilDatabase loaded(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> identity = Files.list(Path.of("src", "test", "resources", "identity"))) {
            identity.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        CouncilDatabase db = CouncilDatabase.open(folder);
        DocumentLoader loader = new DocumentLoader(db.dataset());
        Map<String, ExtractedMinutes> identitySet = SampleMinutes.extractAll(files, "an identity-set document");
        files.forEach(f -> loader.load(DocumentSources.minutes(f, identitySet.get(f.getFileName().toString()))));
        SampleMinutes.all().forEach((name, minutes) -> loader.load(DocumentSources.minutes(Path.of("..", "samples", name), minutes)));
        new IdentityRefresh(db.dataset(), IriBase.DEFAULT).refresh();
        return db;
    }

    private static boolean ask(DatasetGraph dataset, String query) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                return execution.execAsk();
            }
        });
    }

    private static List<NetworkEdge> edges(DatasetGraph dataset, String query) {
        List<NetworkEdge> out = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
                execution.execSelect().forEachRemaining(row -> out.add(new NetworkEdge(row.getResource("source").getURI(),
                        row.getResource("target").getURI(), row.getLiteral("weight").getLong(), row.getLiteral("relation").getString())));
            }
        });
        return out;
    }
}
