package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** The file formats a network is written in, for Gephi, Cytoscape, networkx and spreadsheets. */
public enum NetworkFormat {

    /** GEXF 1.2, Gephi's own format. */
    GEXF("gexf", "gexf", "application/gexf+xml"),
    /** GraphML, read by Gephi, Cytoscape, yEd, networkx and igraph. */
    GRAPHML("graphml", "graphml", "application/graphml+xml"),
    /** Cytoscape.js elements JSON, which Cytoscape desktop imports too. */
    CYTOSCAPE_JSON("cytoscape-json", "cyjs", "application/json"),
    /** Gephi's node table (Id, Label, Type, IRI, Council). */
    CSV_NODES("csv-nodes", "nodes.csv", "text/csv"),
    /** Gephi's edge table (Source, Target, Weight, Type, Relation). */
    CSV_EDGES("csv-edges", "edges.csv", "text/csv");

    private final String id;
    private final String extension;
    private final String mediaType;

    NetworkFormat(String id, String extension, String mediaType) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** The name users type. */
    public String id() {
        return id;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format whose file name extension {@code extension} is, if any. */
    public static Optional<NetworkFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
    }

    /** Writes {@code network} to {@code out} in this format, as UTF-8; leaves {@code out} open. */
    public void write(Network network, OutputStream out) throws IOException {
        switch (this) {
            case GEXF -> new GexfWriter().write(network, out);
            case GRAPHML -> new GraphmlWriter().write(network, out);
            case CYTOSCAPE_JSON -> new CytoscapeJsonWriter().write(network, out);
            case CSV_NODES -> GephiTables.writeNodes(network, out);
            case CSV_EDGES -> GephiTables.writeEdges(network, out);
        }
    }
}
