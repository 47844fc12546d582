package org.councilgraph.store.graph;

import java.util.Objects;

/**
 * One undirected, weighted edge of an exported network.
 *
 * @param source   the IRI of one end
 * @param target   the IRI of the other end
 * @param weight   how many meetings, declarations or links it stands for (at least 1)
 * @param relation what the edge means, e.g. "co-attendance" or a property's label
 */
public record NetworkEdge(String source, String target, long weight, String relation) {

    public NetworkEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(relation, "relation");
        if (weight < 1) {
            throw new IllegalArgumentException("an edge weighs at least 1, not " + weight);
        }
    }
}
