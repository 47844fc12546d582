package org.councilgraph.store.identity;

import org.apache.jena.graph.Node;

/**
 * A document graph of the store as identity resolution sees it: its graph IRI, the document key
 * the graph is named by, the council its meeting is scoped by (the key of its name,
 * {@link ResolvedBodies#councilKey}), and the digest of the file it was
 * loaded from (null when the load record has none).
 */
record CouncilDocument(Node graph, String key, String council, String fileDigest) {
}
