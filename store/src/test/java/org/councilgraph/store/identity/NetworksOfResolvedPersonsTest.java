package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void theNeighbourhoodsOfAResolvedPersonAndOfAMeetingAreDrawnWithResolvedPeopleAndBodies() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            NetworkQueries queries = NetworkQueries.of(db.dataset());
            String council = CG.ID + "council/temple-cloud-with-cameley-parish-council";
            // Jon Sebright, present at the five Temple Cloud meetings (J01-J05), each the council's own
            // (J03's sidecar names no committee).
            String sebright = IdentityStores.canonicalByMention(db.dataset()).get("J02.txt Jon Sebright").getURI();

            Network person = queries.compute(NetworkKind.NEIGHBOURHOOD, around(sebright));
            long meetings = person.edges().stream().filter(e -> e.source().equals(sebright) && e.relation().equals("atMeeting")).count();
            assertEquals(5, meetings, person.edges().toString());
            assertTrue(person.edges().stream().anyMatch(e -> e.source().equals(sebright) && e.target().equals(council)
                    && e.relation().equals("member") && e.weight() >= 5), person.edges().toString());
            assertTrue(person.edges().stream().noneMatch(e -> e.target().startsWith(CG.ID + "committee/temple-cloud-with-cameley-parish-council/")),
                    "the body of the council's own meetings is the council, not the documents' committee");

            // A meeting's attendees and body are the resolved ones.
            String meeting = person.edges().stream().filter(e -> e.relation().equals("atMeeting")).findFirst().orElseThrow().target();
            Network around = queries.compute(NetworkKind.NEIGHBOURHOOD, around(meeting));
            assertTrue(around.edges().stream().anyMatch(e -> e.source().equals(meeting) && e.target().equals(sebright)),
                    around.edges().toString());
            assertTrue(around.edges().stream().anyMatch(e -> e.source().equals(meeting) && e.target().equals(council)
                    && e.relation().equals("heldBy")), around.edges().toString());
            assertTrue(around.nodes().stream().filter(n -> n.type().equals("Person")).allMatch(n -> n.iri().contains("/resolved/")),
                    around.nodes().toString());

            // The council's neighbourhood holds its meetings, whatever body each document names.
            Network body = queries.compute(NetworkKind.NEIGHBOURHOOD, around(council));
            assertTrue(body.edges().stream().filter(e -> e.target().equals(council) && e.relation().equals("heldBy")).count() >= 5,
                    body.edges().toString());
        }
    }

    private static NetworkScope around(String resource) {
        return new NetworkScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(resource));
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
