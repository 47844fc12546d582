package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.councilgraph.extract.read.SourceDocument;

/**
 * Page-order keys for stored tallies (co-attendance edges, apology counts): an {@code xsd:integer}
 * whose ascending order is heaviest first, ties in the order of a hash of the tally's identity.
 * TDB2 keeps small integers inline in its indexes, sorted by value, so a query that reads the
 * key's triples first meets the tallies in this order and a page costs its own rows, not a sort
 * of all of them. Keys stay below 2^52, inside TDB2's 56-bit inline range.
 */
final class HeaviestFirst {

    /** Weights at or above this share the first place. */
    private static final long MAX_WEIGHT = 1L << 20;

    private HeaviestFirst() {
    }

    /** The key of a tally of {@code weight} (1 or more) whose identity is {@code id}. */
    static Node key(long weight, String id) {
        long place = MAX_WEIGHT - Math.min(weight, MAX_WEIGHT);
        long tie = Long.parseLong(SourceDocument.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 8), 16);
        return NodeFactory.createLiteralDT(Long.toString((place << 32) | tie), XSDDatatype.XSDinteger);
    }
}
