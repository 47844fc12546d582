package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every query in {@code queries/} run over HTTP against a server holding the five samples, with
 * expected rows checked by hand against the sample texts.
 */
@Tag("slow") // HTTP
class UserQueriesOverHttpTest {

    private static final String LANCASHIRE_CABINET_COMMITTEE = "https://w3id.org/councilgraph/id/meeting/a17215ba4186b90b";
    private static final String LIFELONG_LEARNING_PANEL = "https://w3id.org/councilgraph/id/meeting/ec02f5774c319c55";
    private static final Set<String> LANCASHIRE_MEMBERS_PRESENT = Set.of("County Councillor Geoff Driver CBE",
            "County Councillor A Atkinson", "County Councillor M Green", "County Councillor H Khan",
            "County Councillor P Buckley", "County Councillor Mrs S Charles");

    /** Read only: these tests share the samples' server with the other read-only test classes. */
    private static final RunningServer server = RunningServer.sharedSamples();

    @Test
    void everyQueryFileIsAUserQueryAndReturnsRowsOverHttp() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "queries"))) {
            Set<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3)).collect(Collectors.toSet());
            assertEquals(names, Set.copyOf(UserQueries.NAMES), "queries/*.rq and UserQueries.NAMES");
        }
        for (String name : UserQueries.NAMES) {
            assertFalse(run(name).isEmpty(), name + " returns rows for its example");
        }
    }

    @Test
    void whoAttendedWhatListsTheLancashireCabinetCommitteeWithItsChairAndTheApologiesAtThePanel() {
        List<Map<String, String>> rows = run("who-attended-what");
        Set<String> present = rows.stream()
                .filter(r -> r.get("meeting").equals(LANCASHIRE_CABINET_COMMITTEE) && r.get("status").equals("present"))
                .map(r -> r.get("attendee")).collect(Collectors.toSet());
        assertEquals(LANCASHIRE_MEMBERS_PRESENT, present);
        Map<String, String> driver = rows.stream().filter(r -> r.get("attendee").equals("County Councillor Geoff Driver CBE"))
                .findFirst().orElseThrow();
        assertEquals("2017-12-06", driver.get("date"));
        assertEquals("Lancashire County Council", driver.get("council"));
        assertEquals("true", driver.get("chair"));
        assertEquals(Set.of("Councillor Croft", "Councillor Goodwin"), rows.stream()
                .filter(r -> r.get("meeting").equals(LIFELONG_LEARNING_PANEL) && r.get("status").equals("apologies"))
                .map(r -> r.get("attendee")).collect(Collectors.toSet()));
    }

    @Test
    void meetingAttendanceOfTheExampleMeetingHasItsMembersAndOfficers() {
        List<Map<String, String>> rows = run("meeting-attendance");
        assertEquals(LANCASHIRE_MEMBERS_PRESENT, attendeesWithStatus(rows, "present"));
        assertTrue(attendeesWithStatus(rows, "in-attendance").containsAll(Set.of("Sarah Jenkins", "Paul Bond")));
        assertEquals(List.of("County Councillor Geoff Driver CBE"), rows.stream().filter(r -> r.get("chair").equals("true"))
                .map(r -> r.get("attendee")).toList());

        List<Map<String, String>> panel = run("meeting-attendance", Map.of("meeting", LIFELONG_LEARNING_PANEL));
        assertEquals(Set.of("Councillor Croft", "Councillor Goodwin"), attendeesWithStatus(panel, "apologies"));
        assertTrue(attendeesWithStatus(panel, "present").containsAll(Set.of("Councillor Silvester", "Councillor Astbury",
                "Councillor Westcott")));
    }

    @Test
    void personAttendanceFollowsOnePersonAcrossMeetings() {
        List<Map<String, String>> croft = run("person-attendance");
        assertEquals(1, croft.size());
        assertEquals("apologies", croft.get(0).get("status"));
        assertEquals("2023-09-21", croft.get(0).get("date"));
        assertEquals("Children and Lifelong Learning Scrutiny Panel", croft.get(0).get("body"));

        List<Map<String, String>> driver = run("person-attendance", Map.of("name", "driver"));
        assertEquals(List.of(LANCASHIRE_CABINET_COMMITTEE), driver.stream().map(r -> r.get("meeting")).toList());
        assertEquals("present", driver.get(0).get("status"));
    }

    @Test
    void apologiesPerPersonCountsTheSampleApologies() {
        Map<String, String> counts = run("apologies-per-person").stream()
                .collect(Collectors.toMap(r -> r.get("name"), r -> r.get("apologies"), (a, b) -> a));
        assertEquals("1", counts.get("Councillor Croft"));
        assertEquals("1", counts.get("Councillor Goodwin"));
        assertTrue(counts.keySet().stream().anyMatch(n -> n.contains("Natalie McVey")), "a Worcestershire apology");
        assertFalse(counts.keySet().stream().anyMatch(n -> n.contains("Driver")), "present members sent no apologies");
    }

    @Test
    void declarationsOfInterestAreThoseOfSnarttAndPearsonInAllItems() {
        List<Map<String, String>> rows = run("declarations-of-interest");
        assertEquals(List.of("Mr A E Pearson CC", "Mr D Snartt CC"), rows.stream().map(r -> r.get("declarant")).toList());
        rows.forEach(r -> {
            assertEquals("all", r.get("item"));
            assertEquals("personal", r.get("kind"));
        });
    }

    @Test
    void committeeResolutionsAreThoseOfThePanelInTheDateRange() {
        List<Map<String, String>> rows = run("committee-resolutions");
        assertTrue(rows.stream().allMatch(r -> r.get("date").equals("2023-09-21")
                && r.get("body").equals("Children and Lifelong Learning Scrutiny Panel")));
        assertTrue(rows.stream().anyMatch(r -> "SPCLL.24".equals(r.get("itemNumber"))
                && r.get("resolution").equals("That the update be noted.")));
        assertTrue(rows.stream().anyMatch(r -> r.get("resolution").equals("That the matters of concern be noted.")));

        assertEquals(List.of(), run("committee-resolutions", Map.of("from", "2024-01-01", "to", "2024-12-31")));
    }

    @Test
    void postHoldersAtLancashireIncludeTheChair() {
        List<Map<String, String>> rows = run("post-holders");
        assertTrue(rows.stream().anyMatch(r -> r.get("holder").contains("Geoff Driver")
                && r.get("role").equals("Chair") && r.get("councilName").equals("Lancashire County Council")));
        assertTrue(rows.stream().anyMatch(r -> r.get("holder").equals("Sarah Jenkins")));
        assertTrue(rows.stream().allMatch(r -> r.get("councilName").equals("Lancashire County Council")));
    }

    @Test
    void committeeMeetingsFindsThePanelsMeeting() {
        List<Map<String, String>> rows = run("committee-meetings");
        assertEquals(List.of(LIFELONG_LEARNING_PANEL), rows.stream().map(r -> r.get("meeting")).toList());
        assertEquals("2023-09-21", rows.get(0).get("date"));
    }

    @Test
    void coAttendanceLinksMembersPresentTogetherButNotOfficers() {
        List<Map<String, String>> rows = run("co-attendance");
        assertTrue(rows.stream().anyMatch(r -> Set.of(r.get("sourceName"), r.get("targetName"))
                .equals(Set.of("A Atkinson", "Geoff Driver CBE")) && r.get("meetings").equals("1")));
        assertFalse(rows.stream().anyMatch(r -> r.get("sourceName").equals("Sarah Jenkins")
                || r.get("targetName").equals("Sarah Jenkins")), "officers in attendance are not members present");
        // co-attendance counts resolved persons; the meeting's attendance lists the document's people.
        Set<String> lancashire = run("meeting-attendance").stream().filter(r -> r.get("status").equals("present"))
                .map(r -> resolved(r.get("person"))).collect(Collectors.toSet());
        assertEquals(15, rows.stream().filter(r -> lancashire.contains(r.get("source")) && lancashire.contains(r.get("target")))
                .count(), "six Lancashire members present make 15 pairs");
    }

    @Test
    void identityLinksShowTheResolvedPersonOfTheExampleAndItsMention() {
        List<Map<String, String>> rows = run("identity-links");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).get("personName").contains("Geoff Driver"), rows.toString());
        assertTrue(rows.get(0).get("names").contains("County Councillor Geoff Driver CBE"), rows.toString());
        assertEquals(resolved(server.select("PREFIX cg: <https://w3id.org/councilgraph/ontology#> SELECT ?p WHERE { "
                + "?a cg:nameAsWritten \"County Councillor Geoff Driver CBE\" ; cg:attendee ?p }").get(0).get("p")),
                rows.get(0).get("person"));
    }

    /** The resolved person of the sample document's person {@code person} (the samples name each person in one document only). */
    private static String resolved(String person) {
        return server.select("PREFIX cg: <https://w3id.org/councilgraph/ontology#> SELECT ?r WHERE { ?m cg:mentionOf <" + person
                + "> ; cg:canonicalPerson ?r }").get(0).get("r");
    }

    @Test
    void keywordSearchFindsHeadingsMinuteTextAndResolutions() {
        List<Map<String, String>> rows = run("keyword-search");
        assertTrue(rows.stream().anyMatch(r -> r.get("field").equals("heading")
                && r.get("match").equals("Customer Access Performance Report")));
        assertTrue(rows.stream().anyMatch(r -> r.get("field").equals("heading")
                && r.get("match").contains("Customer Experience Strategy Consultation")));

        List<Map<String, String>> badge = run("keyword-search", Map.of("keyword", "\"blue badge\""));
        assertTrue(badge.stream().anyMatch(r -> r.get("field").equals("minute")
                && r.get("heading").equals("Customer Access Performance Report")));

        List<Map<String, String>> noted = run("keyword-search", Map.of("keyword", "\"matters of concern\""));
        assertTrue(noted.stream().anyMatch(r -> r.get("field").equals("resolution")
                && r.get("match").equals("That the matters of concern be noted.")));
    }

    private static Set<String> attendeesWithStatus(List<Map<String, String>> rows, String status) {
        return rows.stream().filter(r -> r.get("status").equals(status)).map(r -> r.get("attendee")).collect(Collectors.toSet());
    }

    private static List<Map<String, String>> run(String name) {
        return run(name, Map.of());
    }

    /** The packaged query with parameters set as {@code councilgraph query --param} would, sent over HTTP. */
    private static List<Map<String, String>> run(String name, Map<String, String> params) {
        Query query = QueryParameters.apply(QueryFactory.create(UserQueries.text(name)), params);
        return server.select(query.serialize());
    }
}
