package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes a network as Cytoscape.js JSON ({@code {"elements": {"nodes": [...], "edges": [...]}}}),
 * which {@code cytoscape({elements: ...})} draws and Cytoscape desktop imports as a .cyjs file.
 */
final class CytoscapeJsonWriter {

    void write(Network network, OutputStream out) throws IOException {
        JSON.write(out, elements(network));
        out.write('\n');
        out.flush();
    }

    /** The document, as a JSON value. */
    static JsonObject elements(Network network) {
        JsonArray nodes = new JsonArray();
        for (NetworkNode node : network.nodes()) {
            JsonObject data = new JsonObject();
            data.put("id", node.iri());
            data.put("label", node.label());
            data.put("type", node.type());
            data.put("iri", node.iri());
            data.put("council", node.council());
            nodes.add(wrapped(data));
        }
        JsonArray edges = new JsonArray();
        int id = 0;
        for (NetworkEdge edge : network.edges()) {
            JsonObject data = new JsonObject();
            data.put("id", "e" + id++);
            data.put("source", edge.source());
            data.put("target", edge.target());
            data.put("weight", edge.weight());
            data.put("relation", edge.relation());
            edges.add(wrapped(data));
        }
        JsonObject elements = new JsonObject();
        elements.put("nodes", nodes);
        elements.put("edges", edges);
        JsonObject document = new JsonObject();
        document.put("network", network.kind().id());
        document.put("elements", elements);
        return document;
    }

    private static JsonObject wrapped(JsonObject data) {
        JsonObject element = new JsonObject();
        element.put("data", data);
        return element;
    }
}
