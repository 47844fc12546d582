package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.councilgraph.ontology.CG;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The resource pages in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which CI installs; skipped where they are missing): following links
 * from a person to a meeting and to the highlighted passage, and minutes text carrying script
 * payloads shown as text ({@code src/test/resources/hostile/}).
 */
@Tag("slow") // a server and a browser
class ResourcePagesInBrowserTest {

    private static final Path HOSTILE = Path.of("src", "test", "resources", "hostile", "hostile-minutes.txt");

    @TempDir
    static Path folder;

    private static RunningServer server;
    private static WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(HeadlessChromium.installed(), "chromium and chromedriver are not installed");
        server = RunningServer.start(ServiceConfiguration.packaged(), folder.resolve("db"), ServerOptions.readOnly(0),
                List.of(RunningServer.SAMPLES.resolve("003_c8b7ca36a12a45f9.txt"), HOSTILE));
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aPersonsPageShowsTheirMeetingAndItsLinksLeadToTheMeetingAndTheHighlightedPassage() {
        browser.get(server.base() + "/id/person/lancashire-county-council/driver-geoff");
        assertEquals("Geoff Driver CBE", browser.findElement(By.tagName("h1")).getText());
        WebElement meeting = browser.findElement(By.cssSelector("#inbound a.meeting"));
        assertEquals("Cabinet Committee on Performance Improvement, 2017-12-06", meeting.getText());

        meeting.click();
        assertEquals("Cabinet Committee on Performance Improvement, 2017-12-06", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.getCurrentUrl().endsWith("/doc/meeting/a17215ba4186b90b.html"), browser.getCurrentUrl());

        browser.navigate().back();
        browser.findElement(By.cssSelector("#inbound .passage .pos a")).click();
        WebElement highlighted = browser.findElement(By.cssSelector(".passage.highlighted"));
        assertEquals("passage-225-266", highlighted.getAttribute("id"));
        assertEquals("County Councillor Geoff Driver CBE (Chair", highlighted.findElement(By.tagName("mark")).getText());
        assertEquals("rgba(255, 243, 160, 1)", highlighted.getCssValue("background-color"), "the passage is marked in yellow");
    }

    @Test
    void scriptPayloadsInTheMinutesAreShownAsTextAndNeverRun() {
        List<String> pages = server.select("PREFIX cg: <" + CG.NS + "> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT DISTINCT ?x { ?m cg:heldBy/rdfs:label \"Planning Committee\" . "
                + "{ ?m cg:heldBy ?c . BIND(?m AS ?x) } UNION { ?m cg:agendaItem ?x } UNION { ?x cg:decidedAt ?m } "
                + "UNION { ?x cg:minutesOf ?m } UNION { ?x a cg:Declaration ; cg:atMeeting ?m } } ORDER BY ?x")
                .stream().map(row -> row.get("x")).toList();
        assertTrue(pages.size() >= 6, "the meeting, its three items, its resolution and its document: " + pages);
        StringBuilder shown = new StringBuilder();
        for (String iri : pages) {
            browser.get(server.base() + "/id/" + iri.substring(CG.ID.length()));
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert(), "no alert on " + iri);
            assertTrue(browser.findElements(By.tagName("script")).isEmpty(), "no script element on " + iri);
            assertTrue(browser.findElements(By.cssSelector("img, svg, [onerror], [onload]")).isEmpty(), iri);
            // A heading sets document.title to "pwned" if its script ran; as text it is only part of the title.
            assertFalse(browser.getTitle().equals("pwned"), iri);
            browser.findElements(By.tagName("a")).forEach(a -> assertFalse(
                    String.valueOf(a.getAttribute("href")).startsWith("javascript:"), "a javascript: link on " + iri));
            shown.append(browser.findElement(By.tagName("body")).getText()).append('\n');
        }
        String text = shown.toString();
        assertTrue(text.contains("<script>alert('heading')</script>"), "the payloads are shown as the text they are");
        assertTrue(text.contains("<img src=x onerror=alert('minute')>"), text);
        assertTrue(text.contains("<a href=\"javascript:alert('link')\">see the register</a>"), text);
        assertTrue(text.contains("<svg onload=alert('resolved')></svg>"), text);
    }
}
