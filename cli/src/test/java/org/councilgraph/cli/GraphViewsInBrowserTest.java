package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.councilgraph.store.graph.NetworkCaps;
import org.councilgraph.store.graph.NetworkQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The graph views of the samples drawn by cytoscape.js in a real headless Chromium: what the page's
 * cytoscape instance ({@code window.cgGraph}) holds against what SPARQL counts, a click on a node
 * through the canvas, the filter form (statuses too), a bad filter and a network past the caps of a
 * server with a low cap refused, and a person's neighbourhood reached from their page. Screenshots are left in {@code target/graph-views/}.
 */
@Tag("slow") // a server and a browser
class GraphViewsInBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "graph-views");
    private static final String DRIVER = "https://w3id.org/councilgraph/id/person/lancashire-county-council/driver-geoff";
    /** Geoff Driver as resolved across the samples' Lancashire documents: the co-attendance network's node. */
    private static final String RESOLVED_DRIVER = "https://w3id.org/councilgraph/id/person/lancashire-county-council/resolved/driver-geoff-190974aa6d93";
    private static final String MEETING = "https://w3id.org/councilgraph/id/meeting/a17215ba4186b90b";
    private static final String CABINET = "https://w3id.org/councilgraph/id/committee/lancashire-county-council/"
            + "cabinet-committee-on-performance-improvement";

    /** Past the 51 co-attendance pairs of the samples, above the 15 of the performance committee. */
    private static final int CAPPED_EDGES = 20;

    @TempDir
    static Path folder;

    private static RunningServer server;
    private static RunningServer capped;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromedriver are not installed");
        server = RunningServer.sharedSamples();
        capped = RunningServer.samples(folder.resolve("capped-db"), new NetworkCaps(NetworkQueries.DEFAULT_MAX_NODES, CAPPED_EDGES));
        browser = HeadlessChromium.start(1400, 900);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (capped != null) {
            capped.close();
        }
    }

    @Test
    void theCoAttendanceViewDrawsAsManyPeopleAndPairsAsTheSparqlQueryReturns() throws IOException {
        List<Map<String, String>> pairs = server.select(Files.readString(Path.of("..", "queries", "co-attendance.rq")));
        Set<String> people = new HashSet<>();
        pairs.forEach(row -> {
            people.add(row.get("source"));
            people.add(row.get("target"));
        });

        assertEquals("drawn", open("/view/co-attendance"));

        assertTrue(pairs.size() >= 10, "the samples have co-attendance: " + pairs.size());
        assertEquals(people.size(), count("cgGraph.nodes().length"));
        assertEquals(pairs.size(), count("cgGraph.edges().length"));
        assertEquals(people.size(), count("cgGraph.nodes('[type = \"Person\"]').length"));
        assertEquals("Person (" + people.size() + ")", browser.findElement(By.cssSelector("#legend li[data-type=Person]")).getText());
        screenshot("co-attendance.png");
    }

    @Test
    void pointingAtANodeShowsItsDetailsAndClickingItOpensItsPage() {
        assertEquals("drawn", open("/view/co-attendance"));
        Actions pointer = pointAt(RESOLVED_DRIVER);
        pointer.perform();
        String details = browser.findElement(By.id("details")).getText();
        assertTrue(details.contains("Geoff Driver CBE") && details.contains("Person") && details.contains(RESOLVED_DRIVER), details);

        pointer.click().perform();

        assertTrue(browser.getCurrentUrl().endsWith("/doc/person/lancashire-county-council/resolved/driver-geoff-190974aa6d93.html"),
                browser.getCurrentUrl());
        assertEquals("Geoff Driver CBE", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void theFilterFormRedrawsTheNetworkOfOneCommittee() {
        assertEquals("drawn", open("/view/co-attendance"));
        long all = count("cgGraph.nodes().length");
        browser.findElement(By.name("committee")).sendKeys("Performance Improvement");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        assertEquals("drawn", waitForState());
        assertTrue(browser.getCurrentUrl().endsWith("/view/co-attendance?committee=Performance+Improvement"), browser.getCurrentUrl());
        JsonObject served = elements("/graph/co-attendance.cyjs?committee=" + Http.encode("Performance Improvement"));
        long cabinet = count("cgGraph.nodes().length");
        assertEquals(served.get("nodes").getAsArray().size(), cabinet);
        assertEquals(served.get("edges").getAsArray().size(), count("cgGraph.edges().length"));
        assertTrue(0 < cabinet && cabinet < all, cabinet + " of " + all);
    }

    @Test
    void aBadFilterIsRefusedWithTheServersReasonInsteadOfAGraph() {
        assertEquals("refused", open("/view/co-attendance?from=2017-13-01"));

        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.startsWith("Not drawn:") && status.contains("not a date"), status);
        assertEquals(Boolean.FALSE, script("return 'cgGraph' in window"));
    }

    @Test
    void theStatusBoxesRedrawTheNetworkOfThePeopleWhoSentApologiesTogether() {
        assertEquals("drawn", open("/view/co-attendance"));
        assertTrue(browser.findElement(By.cssSelector("#filters .statuses")).isDisplayed());
        browser.findElement(By.cssSelector("#filters input[name=status][value=apologies]")).click();
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        assertEquals("drawn", waitForState());
        assertTrue(browser.getCurrentUrl().endsWith("/view/co-attendance?status=apologies"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.cssSelector("#filters input[name=status][value=apologies]")).isSelected());
        JsonObject served = elements("/graph/co-attendance.cyjs?status=apologies");
        JsonObject present = elements("/graph/co-attendance.cyjs");
        assertTrue(served.get("edges").getAsArray().size() > 0);
        assertNotEquals(present.get("edges").getAsArray().size(), served.get("edges").getAsArray().size());
        assertEquals(served.get("nodes").getAsArray().size(), count("cgGraph.nodes().length"));
        assertEquals(served.get("edges").getAsArray().size(), count("cgGraph.edges().length"));

        assertEquals("drawn", open("/view/declarations"));
        assertFalse(browser.findElement(By.cssSelector("#filters .statuses")).isDisplayed(),
                "declarations are not counted from attendance");
    }

    @Test
    void aNetworkPastTheServersCapIsRefusedWithItsHintAndTheNarrowedOneIsDrawn() {
        browser.get(capped.base() + "/view/co-attendance");
        assertEquals("refused", waitForState());

        String status = browser.findElement(By.id("status")).getText();
        assertTrue(status.startsWith("Not drawn:") && status.contains("more than " + CAPPED_EDGES + " edges")
                && status.contains("narrow it with a council, a committee or a date range"), status);
        assertEquals(Boolean.FALSE, script("return 'cgGraph' in window"));
        screenshot("co-attendance-too-large.png");

        browser.findElement(By.name("committee")).sendKeys("Performance Improvement");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        assertEquals("drawn", waitForState());
        long edges = count("cgGraph.edges().length");
        assertTrue(0 < edges && edges <= CAPPED_EDGES, edges + " edges");
    }

    @Test
    void aPersonsPageLeadsToTheirNeighbourhoodDrawnAroundThem() {
        browser.get(server.base() + "/id/person/lancashire-county-council/driver-geoff");
        browser.findElement(By.cssSelector("nav#views a.graph-view")).click();

        assertEquals("drawn", waitForState());
        JsonObject served = elements("/graph/neighbourhood.cyjs?resource=" + Http.encode(DRIVER));
        assertEquals(served.get("nodes").getAsArray().size(), count("cgGraph.nodes().length"));
        assertEquals(served.get("edges").getAsArray().size(), count("cgGraph.edges().length"));
        assertEquals(Boolean.TRUE, script("return cgGraph.getElementById(arguments[0]).hasClass('centre')", DRIVER));
        assertEquals("Neighbourhood of Geoff Driver CBE", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Meeting", script("return cgGraph.getElementById(arguments[0]).data('type')", MEETING));
        assertEquals(Boolean.TRUE, script("""
                var centre = cgGraph.getElementById(arguments[0]);
                var distances = cgGraph.nodes().difference(centre).map(function (node) {
                  return Math.hypot(node.position().x - centre.position().x, node.position().y - centre.position().y);
                });
                return distances.every(function (d) { return d > 10 && Math.abs(d - distances[0]) < 1; });
                """, DRIVER), "the concentric layout puts the person in the middle of one ring of what they link to");
        screenshot("neighbourhood-person.png");
    }

    @Test
    void aMeetingsNeighbourhoodHoldsItsAttendeesAndItems() {
        assertEquals("drawn", open("/view/neighbourhood?resource=" + Http.encode(MEETING)));

        assertTrue(count("cgGraph.nodes('[type = \"Person\"]').length") >= 5);
        assertTrue(count("cgGraph.nodes('[type = \"AgendaItem\"]').length") >= 3);
        assertNotEquals(0L, count("cgGraph.nodes('[type = \"Committee\"]').length"));
    }

    @Test
    void aCommitteesNeighbourhoodHoldsItsMeetingsAndThePeoplePresentAtThem() {
        assertEquals("drawn", open("/view/neighbourhood?resource=" + Http.encode(CABINET)));

        assertEquals("Meeting", script("return cgGraph.getElementById(arguments[0]).data('type')", MEETING));
        // The people at the other end are the persons resolved across meetings, not one document's mention.
        assertEquals("member", script("return cgGraph.getElementById(arguments[0]).edgesWith(cgGraph.getElementById(arguments[1]))"
                + ".data('relation')", CABINET, RESOLVED_DRIVER));
        assertTrue(count("cgGraph.nodes('[type = \"Person\"]').length") >= 5);
    }

    /** Opens a page of the server and waits until its graph is drawn or refused; returns which. */
    private static String open(String path) {
        browser.get(server.base() + path);
        return waitForState();
    }

    private static String waitForState() {
        return (String) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                (function poll() {
                  if (document.body && document.body.dataset.state) { done(document.body.dataset.state); }
                  else { setTimeout(poll, 50); }
                })();
                """);
    }

    private static Object script(String body, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(body, arguments);
    }

    private static long count(String expression) {
        return ((Number) script("return " + expression)).longValue();
    }

    /** A pointer move onto the node {@code id} as drawn; offsets count from the middle of the graph's frame. */
    private static Actions pointAt(String id) {
        WebElement frame = browser.findElement(By.id("graph"));
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) script("return cgGraph.getElementById(arguments[0]).renderedPosition()", id);
        int x = (int) Math.round(at.get("x").doubleValue() - frame.getRect().getWidth() / 2.0);
        int y = (int) Math.round(at.get("y").doubleValue() - frame.getRect().getHeight() / 2.0);
        return new Actions(browser).moveToElement(frame, x, y);
    }

    private static JsonObject elements(String path) {
        return JSON.parse(Http.get(server.base() + path, "application/json").body()).get("elements").getAsObject();
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
