package org.councilgraph.store;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * What loading one document did.
 *
 * @param name    the document's name
 * @param skipped true when it was already loaded from the same bytes and nothing was written
 * @param graphs  the named graphs it now fills (empty when skipped)
 * @param triples how many triples it wrote
 * @param dropped graphs of an earlier version of the file that were removed
 */
public record LoadOutcome(String name, boolean skipped, List<Node> graphs, long triples, List<Node> dropped) {

    public LoadOutcome {
        graphs = List.copyOf(graphs);
        dropped = List.copyOf(dropped);
    }

    static LoadOutcome skipped(String name) {
        return new LoadOutcome(name, true, List.of(), 0, List.of());
    }
}
