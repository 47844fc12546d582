package org.councilgraph.store.graph;

import java.util.List;

/**
 * A network computed from the database, small enough to write: its nodes (each end of every
 * edge, once) and its edges, both in a stable order.
 *
 * @param kind  which network it is
 * @param nodes the nodes
 * @param edges the edges, between nodes of {@code nodes}
 */
public record Network(NetworkKind kind, List<NetworkNode> nodes, List<NetworkEdge> edges) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
