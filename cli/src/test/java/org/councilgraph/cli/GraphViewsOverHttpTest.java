package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The graph view pages and their scripts as HTTP resources; {@link GraphViewsInBrowserTest} draws them. */
@Tag("slow") // HTTP
class GraphViewsOverHttpTest {

    private static final RunningServer server = RunningServer.sharedSamples();

    @Test
    void eachNetworkHasAViewPageThatLoadsItsScriptsFromThisServerUnderTheStandardPolicy() {
        for (String network : new String[] {"co-attendance", "membership", "declarations", "neighbourhood"}) {
            HttpResponse<String> response = Http.get(server.base() + "/view/" + network, "text/html");
            assertEquals(200, response.statusCode(), network);
            assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                    + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
                    response.headers().firstValue("Content-Security-Policy").orElse(""), "no inline script is allowed");
            Document page = Jsoup.parse(response.body());
            for (Element script : page.select("script")) {
                assertTrue(script.attr("src").startsWith("/static/"), script.outerHtml());
                assertTrue(script.data().isBlank(), "no inline script: " + script.outerHtml());
            }
            assertEquals("https://w3id.org/councilgraph/id/", page.body().attr("data-id-base"));
        }
    }

    @Test
    void cytoscapeAndTheViewScriptAreServedFromTheJarAndNothingElseIs() {
        HttpResponse<String> cytoscape = Http.get(server.base() + "/static/cytoscape.min.js", "*/*");
        assertEquals(200, cytoscape.statusCode());
        assertTrue(cytoscape.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(cytoscape.body().contains("The Cytoscape Consortium"), "the MIT notice ships with the script");
        assertEquals(200, Http.get(server.base() + "/static/graph-view.js", "*/*").statusCode());
        assertEquals(200, Http.get(server.base() + "/static/graph-view.css", "*/*").statusCode());

        assertEquals(404, Http.get(server.base() + "/static/graph-view.html", "*/*").statusCode());
        assertTrue(Http.get(server.base() + "/static/%2e%2e%2findex.html", "*/*").statusCode() >= 400, "no way out of the folder");
        assertEquals(404, Http.get(server.base() + "/static/org/councilgraph/store/graph/ViewAssets.class", "*/*").statusCode());
        assertEquals(404, Http.get(server.base() + "/view/friendship", "text/html").statusCode());
    }

    @Test
    void aResourcePageLinksItsNeighbourhoodViewWithoutScriptOfItsOwn() {
        String person = "https://w3id.org/councilgraph/id/person/lancashire-county-council/driver-geoff";
        Document page = Jsoup.parse(Http.get(server.base() + "/doc/person/lancashire-county-council/driver-geoff.html", "text/html").body());

        Element view = page.selectFirst("nav#views a.graph-view");
        assertEquals("/view/neighbourhood?resource=" + Http.encode(person), view == null ? null : view.attr("href"));
        assertFalse(page.select("script").size() > 0);
    }
}
