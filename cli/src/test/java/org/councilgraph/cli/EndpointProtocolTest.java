package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SPARQL protocol as clients use it: GET and POST, result formats, graph store reads, CORS, the query page, read-only. */
@Tag("slow") // HTTP
class EndpointProtocolTest {

    private static final String SELECT = "PREFIX cg: <https://w3id.org/councilgraph/ontology#> "
            + "SELECT ?name WHERE { ?a cg:attendee ?p ; cg:nameAsWritten ?name ; cg:presided true }";
    private static final String CONSTRUCT = "PREFIX cg: <https://w3id.org/councilgraph/ontology#> "
            + "CONSTRUCT { ?a cg:nameAsWritten ?name } WHERE { ?a cg:presided true ; cg:nameAsWritten ?name }";
    private static final String DOCUMENT_003 = "https://w3id.org/councilgraph/id/document/a17215ba4186b90b";

    /** Read only: these tests share the samples' server with the other read-only test classes. */
    private static final RunningServer server = RunningServer.sharedSamples();

    @ParameterizedTest(name = "GET {0}")
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml",
        "text/csv, text/csv",
        "text/tab-separated-values, text/tab-separated-values",
    })
    void selectResultsComeInTheFormatAsked(String accept, String contentType) {
        HttpResponse<String> response = Http.get(server.endpoint() + "?query=" + Http.encode(SELECT), accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType));
        assertTrue(response.body().contains("Geoff Driver CBE"), response.body());
        assertTrue(response.body().contains("Councillor Silvester"), response.body());
    }

    @Test
    void queriesCanBePostedAsFormsOrAsSparql() {
        HttpResponse<String> form = Http.post(server.endpoint(), "application/x-www-form-urlencoded",
                "query=" + Http.encode(SELECT), null);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Geoff Driver CBE"));
        HttpResponse<String> direct = Http.post(server.endpoint(), "application/sparql-query", SELECT, null);
        assertEquals(200, direct.statusCode());
        assertTrue(direct.body().contains("Councillor Silvester"));
        HttpResponse<String> onService = Http.get(server.service() + "?query=" + Http.encode(SELECT), "text/csv");
        assertEquals(200, onService.statusCode());
    }

    @ParameterizedTest(name = "CONSTRUCT as {0}")
    @CsvSource({"text/turtle, TTL", "application/n-triples, N-TRIPLES", "application/ld+json, JSON-LD"})
    void constructResultsComeAsTurtleNTriplesOrJsonLd(String accept, String jenaLang) {
        HttpResponse<String> response = Http.get(server.endpoint() + "?query=" + Http.encode(CONSTRUCT), accept);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(accept));
        Model model = ModelFactory.createDefaultModel().read(new StringReader(response.body()), null, jenaLang);
        assertEquals(2, model.size(), "the two chairs of the samples");
    }

    @Test
    void describeGivesTheResourceAsTurtle() {
        HttpResponse<String> response = Http.get(server.endpoint() + "?query="
                + Http.encode("DESCRIBE <https://w3id.org/councilgraph/id/meeting/a17215ba4186b90b>"), "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("2017-12-06"));
    }

    @Test
    void theGraphStoreCanBeReadOneDocumentGraphAtATime() {
        HttpResponse<String> response = Http.get(server.service() + "/get?graph=" + Http.encode(DOCUMENT_003), "application/n-triples");
        assertEquals(200, response.statusCode());
        Model graph = ModelFactory.createDefaultModel().read(new StringReader(response.body()), null, "N-TRIPLES");
        assertTrue(graph.size() > 100);
        assertTrue(response.body().contains("Cabinet Room 'B'"));
    }

    @Test
    void browsersGetCorsHeaders() {
        HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST"));
        assertTrue(preflight.statusCode() < 300, "preflight status " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<String> get = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query=" + Http.encode(SELECT)))
                .header("Origin", "https://example.org"));
        assertTrue(get.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void theQueryPageOffersYasguiAimedAtTheEndpointWithTheUserQueries() {
        HttpResponse<String> page = Http.get(server.base() + "/", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/councilgraph/sparql"));
        assertTrue(page.body().contains("who-attended-what"));
        HttpResponse<String> script = Http.get(server.base() + "/yasgui/yasgui.min.js", "*/*");
        assertEquals(200, script.statusCode());
        assertTrue(script.body().length() > 100_000);
        assertEquals(200, Http.get(server.base() + "/yasgui/yasgui.min.css", "*/*").statusCode());
        assertTrue(Http.get(server.base() + "/yasgui/../../index.html", "*/*").statusCode() >= 400);
        assertEquals(404, Http.get(server.base() + "/yasgui/package.json", "*/*").statusCode());
    }

    @Test
    void withoutAnAdminAccountThereIsNoWayToChangeTheData() {
        String update = "INSERT DATA { GRAPH <https://example.org/g> { <https://example.org/s> <https://example.org/p> 1 } }";
        assertTrue(Http.post(server.service() + "/update", "application/sparql-update", update, null).statusCode() >= 400);
        assertTrue(Http.post(server.endpoint(), "application/sparql-update", update, null).statusCode() >= 400);
        assertTrue(Http.post(server.service(), "application/sparql-update", update, null).statusCode() >= 400);
        assertTrue(Http.put(server.service() + "/get?graph=" + Http.encode("https://example.org/g"), "text/turtle",
                "<https://example.org/s> <https://example.org/p> 1 .").statusCode() >= 400);
        assertTrue(Http.post(server.service() + "/upload", "text/turtle", "<https://example.org/s> <https://example.org/p> 1 .",
                null).statusCode() >= 400);
        assertEquals(0, server.select("SELECT * { GRAPH <https://example.org/g> { ?s ?p ?o } }").size());
    }
}
