package org.councilgraph.store.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow") // TDB2
class NetworkQueriesTest {

    private static final String DRIVER = CG.ID + "person/lancashire-county-council/driver-geoff";
    private static final String MEETING_003 = CG.ID + "meeting/a17215ba4186b90b";
    private static final String CABINET = CG.ID + "committee/lancashire-county-council/cabinet-committee-on-performance-improvement";

    @TempDir
    static Path folder;

    private static CouncilDatabase database;
    private static NetworkQueries queries;

    @BeforeAll
    static void loadSamples() {
        database = SampleDatabase.load(folder.resolve("db"));
        queries = NetworkQueries.of(database.dataset());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void coAttendanceHasTheEdgesAndWeightsOfTheUserQuery() throws IOException {
        // The user query as it pairs attendances at query time (queries/co-attendance.rq reads the
        // edges a refresh stores; this database has none, so its people are the documents' own).
        String userQuery = new String(getClass().getResourceAsStream("co-attendance-paired.rq").readAllBytes(), StandardCharsets.UTF_8);
        Map<String, Long> expected = new HashMap<>();
        Txn.executeRead(database.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(database.dataset()))
                    .query(userQuery).build()) {
                execution.execSelect().forEachRemaining(row -> expected.put(
                        row.getResource("source").getURI() + " " + row.getResource("target").getURI(),
                        row.getLiteral("meetings").getLong()));
            }
        });

        Network network = queries.compute(NetworkKind.CO_ATTENDANCE, NetworkScope.everything());

        Map<String, Long> actual = network.edges().stream()
                .collect(Collectors.toMap(e -> e.source() + " " + e.target(), NetworkEdge::weight));
        assertFalse(expected.isEmpty());
        assertEquals(expected, actual);
        assertTrue(network.nodes().stream().allMatch(n -> n.type().equals("Person")), "people only");
        NetworkNode driver = node(network, DRIVER);
        assertEquals("Geoff Driver CBE", driver.label());
        assertEquals("Lancashire County Council", driver.council());
    }

    @Test
    void aCommitteeFilterKeepsOnlyPeopleWhoSatOnIt() {
        Network all = queries.compute(NetworkKind.CO_ATTENDANCE, NetworkScope.everything());
        Network cabinet = queries.compute(NetworkKind.CO_ATTENDANCE, new NetworkScope(Optional.empty(),
                Optional.of("performance improvement"), Optional.empty(), Optional.empty(), Optional.empty()));

        assertFalse(cabinet.edges().isEmpty());
        assertTrue(cabinet.edges().size() < all.edges().size());
        assertTrue(cabinet.nodes().stream().allMatch(n -> n.council().equals("Lancashire County Council")));
    }

    @Test
    void aDateRangeLeavesOutMeetingsOutsideIt() {
        Network since2020 = queries.compute(NetworkKind.CO_ATTENDANCE, new NetworkScope(Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2020, 1, 1)), Optional.empty(), Optional.empty()));
        Network in2017 = queries.compute(NetworkKind.CO_ATTENDANCE, new NetworkScope(Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2017, 1, 1)), Optional.of(LocalDate.of(2017, 12, 31)),
                Optional.empty()));

        assertTrue(since2020.nodes().stream().noneMatch(n -> n.iri().equals(DRIVER)), "Driver sat in 2017");
        assertTrue(in2017.nodes().stream().anyMatch(n -> n.iri().equals(DRIVER)));
    }

    @Test
    void aFilterValueIsALiteralNotPartOfTheQuery() {
        Network none = queries.compute(NetworkKind.CO_ATTENDANCE, new NetworkScope(Optional.of("x\") } #"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertTrue(none.edges().isEmpty());
    }

    @Test
    void membershipLinksPeopleToTheCommitteesTheySatOn() {
        Network network = queries.compute(NetworkKind.MEMBERSHIP, NetworkScope.everything());

        NetworkEdge edge = network.edges().stream().filter(e -> e.source().equals(DRIVER)).findFirst().orElseThrow();
        NetworkNode committee = node(network, edge.target());
        assertEquals("Committee", committee.type());
        assertEquals("Cabinet Committee on Performance Improvement", committee.label());
    }

    @Test
    void declarationsLinkDeclarantsToItemsOrMeetings() {
        Network network = queries.compute(NetworkKind.DECLARATIONS, NetworkScope.everything());

        assertFalse(network.edges().isEmpty());
        Set<String> targetTypes = network.edges().stream().map(e -> node(network, e.target()).type())
                .collect(Collectors.toSet());
        assertTrue(Set.of("AgendaItem", "Meeting").containsAll(targetTypes), targetTypes.toString());
    }

    @Test
    void theNeighbourhoodOfAPersonStepsThroughAttendancesToTheirMeetings() {
        Network network = queries.compute(NetworkKind.NEIGHBOURHOOD, new NetworkScope(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(DRIVER)));

        assertTrue(network.edges().stream().anyMatch(e -> e.source().equals(DRIVER) && e.target().equals(MEETING_003)),
                network.edges().toString());
        assertTrue(network.nodes().stream().noneMatch(n -> Set.of("Attendance", "TextSpan").contains(n.type())));
        assertEquals("Meeting", node(network, MEETING_003).type());
    }

    @Test
    void theNeighbourhoodOfACommitteeHoldsItsMeetingsAndThePeoplePresentAtThemAsTheMembershipNetworkDoes() {
        Network neighbourhood = queries.compute(NetworkKind.NEIGHBOURHOOD, around(CABINET));
        Set<String> members = queries.compute(NetworkKind.MEMBERSHIP, NetworkScope.everything()).edges().stream()
                .filter(e -> e.target().equals(CABINET)).map(NetworkEdge::source).collect(Collectors.toSet());

        assertTrue(members.contains(DRIVER), members.toString());
        assertEquals(members, neighbourhood.edges().stream().filter(e -> e.relation().equals("member"))
                .map(e -> e.source().equals(CABINET) ? e.target() : e.source()).collect(Collectors.toSet()));
        assertTrue(neighbourhood.edges().stream().anyMatch(e -> e.source().equals(MEETING_003) && e.target().equals(CABINET)
                && e.relation().equals("heldBy")), neighbourhood.edges().toString());
    }

    @Test
    void theNeighbourhoodOfAPersonHoldsTheCommitteesTheySatOn() {
        Network network = queries.compute(NetworkKind.NEIGHBOURHOOD, around(DRIVER));

        assertTrue(network.edges().stream().anyMatch(e -> e.source().equals(DRIVER) && e.target().equals(CABINET)
                && e.relation().equals("member") && e.weight() == 1), network.edges().toString());
        assertEquals("Committee", node(network, CABINET).type());
    }

    private static NetworkScope around(String resource) {
        return new NetworkScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(resource));
    }

    @Test
    void aNeighbourhoodNeedsAResource() {
        assertThrows(IllegalArgumentException.class,
                () -> queries.compute(NetworkKind.NEIGHBOURHOOD, NetworkScope.everything()));
    }

    @Test
    void aNetworkPastTheCapIsRefusedWithAFilterHint() {
        NetworkQueries capped = new NetworkQueries(database.dataset(), 1_000, 5);

        NetworkTooLargeException e = assertThrows(NetworkTooLargeException.class,
                () -> capped.compute(NetworkKind.CO_ATTENDANCE, NetworkScope.everything()));
        assertTrue(e.getMessage().contains("more than 5 edges"), e.getMessage());
        assertTrue(e.getMessage().contains("--committee"), e.getMessage());
    }

    @Test
    void aStatusFilterDrawsThePeopleWhoSentApologiesToTheSameMeetings() {
        Map<String, Long> expected = pairsOf("""
                SELECT ?source ?target (COUNT(DISTINCT ?meeting) AS ?weight) WHERE {
                  ?a cg:atMeeting ?meeting ; cg:attendee ?source ; cg:attendanceStatus cg:status-apologies .
                  ?b cg:atMeeting ?meeting ; cg:attendee ?target ; cg:attendanceStatus cg:status-apologies .
                  FILTER (STR(?source) < STR(?target))
                } GROUP BY ?source ?target
                """);

        Network apologies = queries.compute(NetworkKind.CO_ATTENDANCE, NetworkScope.everything().withStatuses(List.of("apologies")));

        assertFalse(expected.isEmpty(), "the samples have meetings with several apologies");
        assertEquals(expected, apologies.edges().stream().collect(Collectors.toMap(e -> e.source() + " " + e.target(), NetworkEdge::weight)));
        Set<String> present = queries.compute(NetworkKind.CO_ATTENDANCE, NetworkScope.everything()).edges().stream()
                .map(e -> e.source() + " " + e.target()).collect(Collectors.toSet());
        assertFalse(present.containsAll(expected.keySet()), "apologies are not presence");
    }

    @Test
    void severalStatusesCountTogetherAndMembershipTakesThemToo() {
        Network officers = queries.compute(NetworkKind.MEMBERSHIP, NetworkScope.everything().withStatuses(List.of("in attendance")));
        Network both = queries.compute(NetworkKind.MEMBERSHIP, NetworkScope.everything().withStatuses(List.of("present", "in-attendance")));
        Network present = queries.compute(NetworkKind.MEMBERSHIP, NetworkScope.everything().withStatuses(List.of("present")));

        assertFalse(officers.edges().isEmpty());
        assertTrue(officers.edges().stream().noneMatch(e -> e.source().equals(DRIVER)), "Driver sat as a member");
        long total = both.edges().stream().mapToLong(NetworkEdge::weight).sum();
        assertEquals(total, officers.edges().stream().mapToLong(NetworkEdge::weight).sum()
                + present.edges().stream().mapToLong(NetworkEdge::weight).sum());
    }

    @Test
    void anUnknownStatusOrAStatusOnANetworkNotOfAttendanceIsRefused() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> NetworkScope.everything().withStatuses(List.of("late")));
        assertTrue(unknown.getMessage().contains("'late'") && unknown.getMessage().contains("apologies"), unknown.getMessage());
        IllegalArgumentException declarations = assertThrows(IllegalArgumentException.class, () -> queries.compute(
                NetworkKind.DECLARATIONS, NetworkScope.everything().withStatuses(List.of("present"))));
        assertTrue(declarations.getMessage().contains("declarations"), declarations.getMessage());
    }

    private static Map<String, Long> pairsOf(String select) {
        Map<String, Long> pairs = new HashMap<>();
        Txn.executeRead(database.dataset(), () -> {
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(database.dataset()))
                    .query(NetworkQueries.PREFIXES + select).build()) {
                execution.execSelect().forEachRemaining(row -> pairs.put(
                        row.getResource("source").getURI() + " " + row.getResource("target").getURI(),
                        row.getLiteral("weight").getLong()));
            }
        });
        return pairs;
    }

    static NetworkNode node(Network network, String iri) {
        return network.nodes().stream().filter(n -> n.iri().equals(iri)).findFirst().orElseThrow(() ->
                new AssertionError("no node " + iri));
    }
}
