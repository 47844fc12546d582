package org.councilgraph.store.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class NetworkFormatTest {

    private static final String A = "https://w3id.org/councilgraph/id/person/a";
    private static final String B = "https://w3id.org/councilgraph/id/person/b";
    private static final String C = "https://w3id.org/councilgraph/id/person/c";
    private static final Network NETWORK = new Network(NetworkKind.CO_ATTENDANCE,
            List.of(new NetworkNode(A, "Cllr \"Al\" Smith & <Co>", "Person", "Leicestershire County Council"),
                    new NetworkNode(B, "B Jones", "Person", ""),
                    new NetworkNode(C, "C, Brown", "Person", "")),
            List.of(new NetworkEdge(A, B, 3, "co-attendance"), new NetworkEdge(B, C, 1, "co-attendance")));

    @Test
    void gexfHasEveryNodeWithItsAttributesAndEveryEdgeWithItsWeight() throws Exception {
        Document gexf = xml(NetworkFormat.GEXF);

        Element root = gexf.getDocumentElement();
        assertEquals(GexfWriter.NS, root.getNamespaceURI());
        assertEquals("1.2", root.getAttribute("version"));
        assertEquals("undirected", first(gexf, GexfWriter.NS, "graph").getAttribute("defaultedgetype"));
        NodeList nodes = gexf.getElementsByTagNameNS(GexfWriter.NS, "node");
        assertEquals(3, nodes.getLength());
        Element a = (Element) nodes.item(0);
        assertEquals(A, a.getAttribute("id"));
        assertEquals("Cllr \"Al\" Smith & <Co>", a.getAttribute("label"));
        NodeList values = a.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        assertEquals("type", ((Element) values.item(0)).getAttribute("for"));
        assertEquals("Person", ((Element) values.item(0)).getAttribute("value"));
        assertEquals("Leicestershire County Council", ((Element) values.item(2)).getAttribute("value"));
        NodeList edges = gexf.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertEquals(2, edges.getLength());
        Element ab = (Element) edges.item(0);
        assertEquals(List.of(A, B, "3"), List.of(ab.getAttribute("source"), ab.getAttribute("target"), ab.getAttribute("weight")));
        // The schema's order: attribute declarations, then nodes, then edges.
        assertEquals(List.of("attributes", "attributes", "nodes", "edges"), childNames(first(gexf, GexfWriter.NS, "graph")));
    }

    @Test
    void graphmlParsesBackToTheSameNodesEdgesAndWeights() throws Exception {
        Document graphml = xml(NetworkFormat.GRAPHML);

        NodeList nodes = graphml.getElementsByTagNameNS(GraphmlWriter.NS, "node");
        assertEquals(3, nodes.getLength());
        Element b = (Element) nodes.item(1);
        assertEquals("n1", b.getAttribute("id"));
        assertEquals(List.of("B Jones", "Person", B, ""), dataOf(b));
        NodeList edges = graphml.getElementsByTagNameNS(GraphmlWriter.NS, "edge");
        Element bc = (Element) edges.item(1);
        assertEquals(List.of("n1", "n2"), List.of(bc.getAttribute("source"), bc.getAttribute("target")));
        assertEquals(List.of("1", "co-attendance"), dataOf(bc));
    }

    @Test
    void cytoscapeJsonHoldsTheElementsCytoscapeDraws() throws IOException {
        JsonObject json = JSON.parse(text(NetworkFormat.CYTOSCAPE_JSON));

        JsonObject elements = json.get("elements").getAsObject();
        assertEquals(3, elements.get("nodes").getAsArray().size());
        JsonObject edge = elements.get("edges").getAsArray().get(0).getAsObject().get("data").getAsObject();
        assertEquals(A, edge.getString("source"));
        assertEquals(3, edge.get("weight").getAsNumber().value().intValue());
    }

    @Test
    void csvTablesHaveGephisHeadersAndQuoteWhatNeedsIt() throws IOException {
        List<CSVRecord> nodes = csv(NetworkFormat.CSV_NODES);
        List<CSVRecord> edges = csv(NetworkFormat.CSV_EDGES);

        assertEquals(List.of("Id", "Label", "Type", "IRI", "Council"), nodes.get(0).toList());
        assertEquals(List.of(C, "C, Brown", "Person", C, ""), nodes.get(3).toList());
        assertEquals(List.of("Source", "Target", "Weight", "Type", "Relation"), edges.get(0).toList());
        assertEquals(List.of(A, B, "3", "Undirected", "co-attendance"), edges.get(1).toList());
    }

    private static String text(NetworkFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(NETWORK, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document xml(NetworkFormat format) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text(format).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<CSVRecord> csv(NetworkFormat format) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(text(format))).getRecords();
    }

    private static Element first(Document document, String ns, String name) {
        return (Element) document.getElementsByTagNameNS(ns, name).item(0);
    }

    private static List<String> childNames(Element element) {
        List<String> names = new ArrayList<>();
        for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                names.add(e.getLocalName());
            }
        }
        return names;
    }

    private static List<String> dataOf(Element element) {
        NodeList data = element.getElementsByTagNameNS(GraphmlWriter.NS, "data");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < data.getLength(); i++) {
            values.add(data.item(i).getTextContent());
        }
        return values;
    }
}
