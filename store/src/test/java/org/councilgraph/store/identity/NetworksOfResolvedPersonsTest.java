package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.system.Txn;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.graph.Network;
import org.councilgraph.store.graph.NetworkEdge;
import org.councilgraph.store.graph.NetworkKind;
import org.councilgraph.store.graph.NetworkNode;
import org.councilgraph.store.graph.NetworkQueries;
import org.councilgraph.store.graph.NetworkScope;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network exports count resolved persons across meetings, as the documented co-attendance query does. */
@Tag("slow") // TDB2, the whole identity set
class NetworksOfResolvedPersonsTest {

    @TempDir
    Path folder;

    @Test
    void coAttendanceAndMembershipCountTheMeetingsOfResolvedPersonsAcrossDocuments() throws IOException {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            NetworkQueries queries = NetworkQueries.of(db.dataset());

            Network network = queries.compute(NetworkKind.CO_ATTENDANCE, NetworkScope.everything());
            Map<String, Long> expected = userQuery(db, Files.readString(Path.of("..", "queries", "co-attendance.rq")));
            Map<String, Long> actual = network.edges().stream().collect(Collectors.toMap(e -> e.source() + " " + e.target(), NetworkEdge::weight));
            assertEquals(expected, actual, "the export and queries/co-attendance.rq agree");
            assertTrue(network.edges().stream().anyMatch(e -> e.weight() >= 4), "Weston's members sit together at four or five meetings");
            NetworkNode someone = network.nodes().get(0);
            assertEquals("Person", someone.type(), someone.toString());
            assertFalse(someone.council().isEmpty(), someone.toString());
            assertTrue(network.nodes().stream().allMatch(n -> n.iri().contains("/resolved/")), "resolved persons only");

            Network membership = queries.compute(NetworkKind.MEMBERSHIP, NetworkScope.everything());
            assertTrue(membership.edges().stream().anyMatch(e -> e.source().startsWith(CG.ID + "person/weston-parish-council/resolved/")
                    && e.weight() >= 2), "a Weston member present at two or more of its meetings");
        }
    }

    private static Map<String, Long> userQuery(CouncilDatabase db, String query) {
        Map<String, Long> out = new HashMap<>();
        Txn.executeRead(db.dataset(), () -> {
            // Every row, not the documented query's first page.
            Query all = QueryFactory.create(query);
            all.setLimit(Query.NOLIMIT);
            all.setOffset(Query.NOLIMIT);
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(db.dataset())).query(all).build()) {
                execution.execSelect().forEachRemaining(row -> out.put(row.getResource("source").getURI() + " "
                        + row.getResource("target").getURI(), row.getLiteral("meetings").getLong()));
            }
        });
        return out;
    }
}
