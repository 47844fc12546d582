package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a network as GraphML: an undirected graph with label, type, IRI and council keys on nodes
 * and a double weight on edges. Node ids are {@code n0, n1, ...} because GraphML ids are NMTOKENs,
 * which an IRI is not; the IRI is a data value.
 */
final class GraphmlWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String[] NODE_KEYS = {"label", "type", "iri", "council"};

    void write(Network network, OutputStream out) throws IOException {
        XmlOutput.write(out, xml -> {
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (String key : NODE_KEYS) {
                key(xml, key, "node", "string");
            }
            key(xml, "weight", "edge", "double");
            key(xml, "relation", "edge", "string");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", network.kind().id());
            xml.writeAttribute("edgedefault", "undirected");
            Map<String, String> ids = new HashMap<>();
            for (NetworkNode node : network.nodes()) {
                String id = "n" + ids.size();
                ids.put(node.iri(), id);
                xml.writeStartElement("node");
                xml.writeAttribute("id", id);
                String[] values = {node.label(), node.type(), node.iri(), node.council()};
                for (int i = 0; i < values.length; i++) {
                    data(xml, NODE_KEYS[i], values[i]);
                }
                xml.writeEndElement();
            }
            for (NetworkEdge edge : network.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("source", ids.get(edge.source()));
                xml.writeAttribute("target", ids.get(edge.target()));
                data(xml, "weight", Long.toString(edge.weight()));
                data(xml, "relation", edge.relation());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter xml, String name, String domain, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
