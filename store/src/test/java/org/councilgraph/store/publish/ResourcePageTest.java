package org.councilgraph.store.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ResourcePageTest {

    private static final String HOSTILE_NAME = "Cllr <script>alert('name')</script> Smith";
    private static final String HOSTILE_QUOTE = "Present: <img src=x onerror=alert(1)> and <a href=\"javascript:alert(2)\">link</a>";

    private final PublishedPaths paths = new PublishedPaths(IriBase.DEFAULT);
    private final Node person = iri(CG.ID + "person/x/smith");
    private final Node attendance = iri(CG.ID + "meeting/m/attendance/1");
    private final Node meeting = iri(CG.ID + "meeting/m");
    private final Node span = iri(CG.ID + "document/m/span/10-20");
    private final Node document = iri(CG.ID + "document/m");

    @Test
    void minutesTextIsShownAsTextNeverAsMarkup() {
        Document page = Jsoup.parse(new ResourcePage(paths).render(person, hostileGraph(), null));

        assertTrue(page.select("script").isEmpty(), "no script element");
        assertTrue(page.select("[onerror]").isEmpty(), "no event handler attribute");
        assertTrue(page.select("img").isEmpty(), "no image from the quote");
        assertTrue(page.select("a[href^=javascript]").isEmpty(), "no javascript: link");
        assertEquals(HOSTILE_NAME, page.selectFirst("h1").text());
        assertTrue(page.select("blockquote").stream().anyMatch(b -> b.wholeText().equals(HOSTILE_QUOTE)),
                "the quote is shown as it was written");
    }

    @Test
    void aPersonsPageListsTheAttendancesThatPointAtThemWithTheirMeetingAndPassage() {
        Document page = Jsoup.parse(new ResourcePage(paths).render(person, hostileGraph(), null));

        Element inbound = page.getElementById("inbound");
        assertNotNull(inbound);
        assertNotNull(inbound.selectFirst("a[href=/id/meeting/m/attendance/1]"), "the attendance is linked");
        assertNotNull(inbound.selectFirst("a.meeting[href=/id/meeting/m]"), "so is its meeting");
        assertNotNull(inbound.selectFirst("a[href=/doc/document/m.html?passage=10-20#passage-10-20]"),
                "the passage links to its place on the document's page");
        assertNotNull(page.getElementById("views"), "the place where other views of the resource are linked");
        assertNotNull(page.selectFirst("nav#views a.graph[href=\"/graph/neighbourhood.gexf?resource="
                + URLEncoder.encode(person.getURI(), StandardCharsets.UTF_8) + "\"]"), "its neighbourhood as a graph file");
    }

    @Test
    void aDocumentsPageHighlightsThePassageItWasAskedFor() {
        Graph g = hostileGraph();
        g.add(Triple.create(document, RDF.type.asNode(), CG.MinutesDocument));
        Document page = Jsoup.parse(new ResourcePage(paths).render(document, g, "10-20"));

        Element passage = page.getElementById("passage-10-20");
        assertNotNull(passage);
        assertTrue(passage.hasClass("highlighted"));
        assertEquals(HOSTILE_QUOTE, passage.selectFirst("mark").wholeText());
        assertFalse(page.html().contains("<img"), "the highlighted quote is escaped too");
    }

    private Graph hostileGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        add(g, person, RDF.type.asNode(), CG.Person);
        add(g, person, RDFS.label.asNode(), NodeFactory.createLiteralString(HOSTILE_NAME));
        add(g, person, RDFS.seeAlso.asNode(), iri("javascript:alert(3)"));
        add(g, attendance, RDF.type.asNode(), CG.Attendance);
        add(g, attendance, CG.attendee, person);
        add(g, attendance, CG.atMeeting, meeting);
        add(g, attendance, CG.evidence, span);
        add(g, meeting, RDF.type.asNode(), CG.Meeting);
        add(g, meeting, CG.date, NodeFactory.createLiteralDT("2024-01-02", XSDDatatype.XSDdate));
        add(g, span, RDF.type.asNode(), CG.TextSpan);
        add(g, span, CG.quote, NodeFactory.createLiteralString(HOSTILE_QUOTE));
        add(g, span, CG.start, NodeFactory.createLiteralDT("10", XSDDatatype.XSDinteger));
        add(g, span, CG.end, NodeFactory.createLiteralDT("20", XSDDatatype.XSDinteger));
        add(g, span, CG.inDocument, document);
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
