package org.councilgraph.store;

import org.apache.jena.graph.Node;

/** A document named a graph that holds another file's document; nothing of it was stored. */
public final class GraphTakeoverException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    GraphTakeoverException(Node graph) {
        super("it names the graph <" + graph.getURI() + ">, which holds another document; load with --force to replace it");
    }
}
