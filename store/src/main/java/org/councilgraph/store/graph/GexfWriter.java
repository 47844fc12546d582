package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a network as GEXF 1.2 (undirected, static, weighted), valid against the GEXF 1.2 schema.
 * Not 1.3: Gephi reads both, but networkx before 3.0 (Debian 12's python3-networkx) reads only 1.2.
 */
final class GexfWriter {

    static final String NS = "http://www.gexf.net/1.2draft";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String[] NODE_ATTRIBUTES = {"type", "iri", "council"};

    void write(Network network, OutputStream out) throws IOException {
        XmlOutput.write(out, xml -> {
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", NS + " http://www.gexf.net/1.2draft/gexf.xsd");
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement("meta");
            element(xml, "creator", "councilgraph");
            element(xml, "description", "The " + network.kind().id() + " network of a councilgraph database");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("defaultedgetype", "undirected");
            xml.writeAttribute("mode", "static");
            attributes(xml, "node", NODE_ATTRIBUTES);
            attributes(xml, "edge", new String[] {"relation"});
            xml.writeStartElement("nodes");
            for (NetworkNode node : network.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.iri());
                xml.writeAttribute("label", node.label());
                xml.writeStartElement("attvalues");
                String[] values = {node.type(), node.iri(), node.council()};
                for (int i = 0; i < values.length; i++) {
                    attvalue(xml, NODE_ATTRIBUTES[i], values[i]);
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeStartElement("edges");
            int id = 0;
            for (NetworkEdge edge : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + id++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                xml.writeAttribute("weight", Long.toString(edge.weight()));
                xml.writeStartElement("attvalues");
                attvalue(xml, "relation", edge.relation());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void attributes(XMLStreamWriter xml, String type, String[] names) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", type);
        for (String name : names) {
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", name);
            xml.writeAttribute("title", name);
            xml.writeAttribute("type", "string");
        }
        xml.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", name);
        xml.writeAttribute("value", value);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
