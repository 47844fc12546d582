package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.ontology.CG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("slow") // HTTP
class LinkedDataOverHttpTest {

    private static final RunningServer server = RunningServer.sharedSamples();
    private static final List<String> RDF_TYPES = List.of("text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Person", "Council", "Committee", "Meeting", "AgendaItem", "Resolution", "Attendance",
        "Declaration", "RoleHolding", "MinutesDocument", "TextSpan"})
    void aResourceOfEveryClassDereferencesToEachSyntaxWithItsTriplesAndInboundLinks(String cls) {
        Node resource = oneOf(cls);
        Graph stored = stored("CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }", resource);
        Graph inbound = stored("CONSTRUCT { ?s ?p ?x } WHERE { ?s ?p ?x }", resource);
        assertFalse(stored.isEmpty());
        for (String accept : RDF_TYPES) {
            HttpResponse<String> redirect = Http.get(local(resource), accept);
            assertEquals(303, redirect.statusCode(), accept);
            assertEquals("Accept", redirect.headers().firstValue("Vary").orElse(""));
            String location = redirect.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> description = Http.get(server.base() + location, accept);
            assertEquals(200, description.statusCode(), location);
            assertTrue(description.headers().firstValue("Content-Type").orElse("").startsWith(accept), location);
            Graph parsed = RDFParser.fromString(description.body(), RDFLanguages.contentTypeToLang(accept)).toGraph();
            stored.find().forEachRemaining(t -> assertTrue(parsed.contains(t), accept + " lacks " + t));
            inbound.find().forEachRemaining(t -> assertTrue(parsed.contains(t), accept + " lacks the inbound " + t));
        }
        HttpResponse<String> html = Http.get(local(resource), "text/html");
        assertEquals(303, html.statusCode());
        HttpResponse<String> page = Http.get(server.base() + html.headers().firstValue("Location").orElseThrow(), "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertFalse(Jsoup.parse(page.body()).selectFirst("h1").text().isBlank());
    }

    @Test
    void explicitFormatUrlsNeedNoHeaderAndTheBareDocumentUrlNegotiates() {
        Node meeting = oneOf("Meeting");
        String doc = server.base() + "/doc/" + meeting.getURI().substring(CG.ID.length());
        HttpResponse<String> turtle = Http.get(doc + ".ttl", "*/*");
        assertEquals(200, turtle.statusCode());
        assertTrue(turtle.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        HttpResponse<String> negotiated = Http.get(doc, "application/ld+json");
        assertEquals(200, negotiated.statusCode());
        assertEquals("Accept", negotiated.headers().firstValue("Vary").orElse(""));
        assertTrue(negotiated.headers().firstValue("Content-Location").orElse("").endsWith(".jsonld"));
    }

    @Test
    void aPersonsPageShowsTheirMeetingsAndItsLinksLeadThere() {
        Node driver = NodeFactory.createURI(CG.ID + "person/lancashire-county-council/driver-geoff");
        Document page = Jsoup.parse(Http.get(server.base() + "/doc/person/lancashire-county-council/driver-geoff.html", "text/html").body());
        var meetingLink = page.selectFirst("#inbound a.meeting");
        assertNotNull(meetingLink, "the meeting of an attendance");
        assertEquals("Cabinet Committee on Performance Improvement, 2017-12-06", meetingLink.text());
        HttpResponse<String> followed = Http.get(server.base() + meetingLink.attr("href"), "text/html");
        assertEquals(303, followed.statusCode());
        Document meeting = Jsoup.parse(Http.get(server.base() + followed.headers().firstValue("Location").orElseThrow(), "text/html").body());
        assertTrue(meeting.select("#inbound a").stream().anyMatch(a -> a.attr("href").equals("/id/" + driver.getURI().substring(CG.ID.length()))
                || a.text().contains("Geoff Driver")), "the meeting's page lists his attendance");
        var passage = page.selectFirst("#inbound .passage a");
        Document source = Jsoup.parse(Http.get(server.base() + passage.attr("href"), "text/html").body());
        var highlighted = source.selectFirst(".passage.highlighted mark");
        assertNotNull(highlighted, "the document's page highlights the passage");
        assertEquals("County Councillor Geoff Driver CBE (Chair", highlighted.wholeText());
    }

    @Test
    void sparqlDescribeOfAPersonIncludesTheirAttendances() {
        String person = CG.ID + "person/lancashire-county-council/driver-geoff";
        HttpResponse<String> response = Http.get(server.endpoint() + "?query=" + Http.encode("DESCRIBE <" + person + ">"), "text/turtle");
        assertEquals(200, response.statusCode());
        Graph g = RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(Node.ANY, CG.attendee, NodeFactory.createURI(person)), response.body());
        assertTrue(g.contains(NodeFactory.createURI(person), CG.familyName, Node.ANY), "and their own triples");
    }

    @Test
    void anUnknownIriIsNotFoundAndTheAnswerDoesNotRepeatIt() {
        for (String path : List.of("/id/person/nowhere/zz-marker-71", "/doc/person/nowhere/zz-marker-71.ttl")) {
            HttpResponse<String> response = Http.get(server.base() + path, "text/html");
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("zz-marker-71"), response.body());
        }
    }

    @Test
    void theVoidDescriptionParsesAndCountsTheData() {
        HttpResponse<String> response = Http.get(server.base() + "/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                RDFParser.fromString(response.body(), Lang.TURTLE).toGraph());
        String v = "http://rdfs.org/ns/void#";
        assertTrue(model.listObjectsOfProperty(model.createProperty(v + "sparqlEndpoint")).toList().stream()
                .anyMatch(o -> o.toString().equals(server.endpoint())));
        long triples = model.listObjectsOfProperty(model.createProperty(v + "triples")).next().asLiteral().getLong();
        assertEquals(dump("councilgraph.nq.gz").stream().map(q -> q.asTriple()).distinct().count(), triples,
                "the distinct triples of the document graphs (a council named in two documents counts once)");
        assertTrue(model.contains(null, model.createProperty(v + "class"), model.createResource(CG.Person.getURI())));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"councilgraph.nq.gz", "councilgraph.trig.gz"})
    void theDumpsHoldEveryDocumentGraphAndNoServerPath(String name) {
        DatasetGraph dump = dump(name);
        List<Node> graphs = new ArrayList<>();
        dump.listGraphNodes().forEachRemaining(graphs::add);
        List<Node> identity = graphs.stream().filter(g -> g.getURI().startsWith(CG.ID + "identity/")).toList();
        assertEquals(5, graphs.size() - identity.size(), "one graph per sample");
        List<Node> councils = identity.stream().filter(g -> !g.getURI().startsWith(CG.ID + "identity/document/")).toList();
        assertEquals(2, councils.size(), "and an identity graph for each of their two councils");
        assertEquals(identity.size() - 2, identity.stream().filter(g -> g.getURI().startsWith(CG.ID + "identity/document/")).count(),
                "the other identity graphs are the co-attendance edges of samples of no known council");
        assertEquals(2725, dump.stream().filter(q -> !identity.contains(q.getGraph())).count(), "the samples' triples, as serve reports them");
        assertTrue(dump.stream().noneMatch(q -> q.toString().contains("file:")));
    }

    private static DatasetGraph dump(String name) {
        byte[] gz = bytes(server.base() + "/dump/" + name);
        DatasetGraph dump = DatasetGraphFactory.create();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            RDFParser.source(in).lang(name.contains(".nq") ? Lang.NQUADS : Lang.TRIG).parse(dump);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dump;
    }

    @Test
    void theStoredDefaultGraphPublishesNoServerPath() {
        HttpResponse<String> response = Http.get(server.service() + "/get?default", "application/n-quads");
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("file:"), response.body());
    }

    @Test
    void theVocabularyIsServedAtItsNamespaceAsDataAndAsDocumentation() {
        HttpResponse<String> turtle = Http.get(server.base() + "/ontology", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertEquals("Accept", turtle.headers().firstValue("Vary").orElse(""));
        Graph ontology = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(ontology.contains(CG.Person, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.OWL.Class.asNode()));
        Document html = Jsoup.parse(Http.get(server.base() + "/ontology", "text/html").body());
        assertNotNull(html.getElementById("Person"));
        assertTrue(html.getElementById("attendee").text().contains("cg:Attendance"), "the property's domain");
    }

    @Test
    void theSitemapListsTheMeetingPages() {
        HttpResponse<String> response = Http.get(server.base() + "/sitemap.xml", "application/xml");
        assertEquals(200, response.statusCode());
        Document xml = Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertTrue(xml.select("url > loc").stream().anyMatch(l -> l.text().equals(server.base() + "/doc/meeting/a17215ba4186b90b.html")));
    }

    @Test
    void theSearchBoxFindsItemsByTheirWords() {
        Document page = Jsoup.parse(Http.get(server.base() + "/search?q=" + Http.encode("apologies"), "text/html").body());
        assertFalse(page.select("#hits li a[href^=/id/meeting/]").isEmpty(), page.body().text());
    }

    private static Node oneOf(String cls) {
        List<Map<String, String>> rows = server.select("PREFIX cg: <" + CG.NS + "> SELECT ?x { ?x a cg:" + cls
                + " OPTIONAL { ?y ?p ?x } } ORDER BY DESC(BOUND(?y)) ?x LIMIT 1");
        assertFalse(rows.isEmpty(), "the samples have a " + cls);
        return NodeFactory.createURI(rows.get(0).get("x"));
    }

    private static Graph stored(String construct, Node resource) {
        String query = construct.replace("?x", "<" + resource.getURI() + ">");
        try (QueryExecution execution = QueryExecution.service(server.endpoint()).query(query).build()) {
            return execution.execConstruct().getGraph();
        }
    }

    private static String local(Node resource) {
        return server.base() + "/id/" + resource.getURI().substring(CG.ID.length());
    }

    private static byte[] bytes(String url) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
