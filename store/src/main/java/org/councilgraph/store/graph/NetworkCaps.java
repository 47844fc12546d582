package org.councilgraph.store.graph;

/**
 * The largest network the server computes for one request; a larger one is refused (HTTP 422)
 * with a hint to narrow it.
 *
 * @param maxNodes the most nodes a network may have
 * @param maxEdges the most edges a network may have
 */
public record NetworkCaps(int maxNodes, int maxEdges) {

    /** The caps of {@link NetworkQueries#of}: a few thousand people stay drawable. */
    public static final NetworkCaps DEFAULT = new NetworkCaps(NetworkQueries.DEFAULT_MAX_NODES, NetworkQueries.DEFAULT_MAX_EDGES);

    public NetworkCaps {
        if (maxNodes <= 0 || maxEdges <= 0) {
            throw new IllegalArgumentException("network caps must be positive: " + maxNodes + " nodes, " + maxEdges + " edges");
        }
    }
}
