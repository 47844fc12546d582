package org.councilgraph.store;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.NormalizeTermsTDB2;

/**
 * The sink a document streams into inside its write transaction: the first quad of each named
 * graph empties that graph, so the graph ends up holding exactly the new quads. Triples given
 * outside a named graph go to the document's default graph name; the stored default graph
 * (the load record) is never written.
 */
final class GraphReplacement implements StreamRDF {

    private final DatasetGraph dataset;
    private final Node defaultGraph;
    private final Set<Node> emptied;
    private final Predicate<Node> mayReplace;
    private final Set<Node> written = new LinkedHashSet<>();
    private long triples;

    /**
     * @param emptied    graphs already emptied in this transaction; they are not emptied again
     * @param mayReplace whether a graph that is not yet emptied may be replaced; when not, the
     *                   document fails with a {@link GraphTakeoverException}
     */
    GraphReplacement(DatasetGraph dataset, Node defaultGraph, Set<Node> emptied, Predicate<Node> mayReplace) {
        this.dataset = dataset;
        this.defaultGraph = defaultGraph;
        this.emptied = new LinkedHashSet<>(emptied);
        this.mayReplace = mayReplace;
    }

    @Override
    public void start() {
    }

    @Override
    public void triple(Triple triple) {
        add(null, triple.getSubject(), triple.getPredicate(), triple.getObject());
    }

    @Override
    public void quad(Quad quad) {
        add(quad.isDefaultGraph() ? null : quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private void add(Node graph, Node s, Node p, Node given) {
        // TDB2 keeps numbers and dates as values; a literal in a non-canonical form ("0.340")
        // is stored so that deleting the graph later leaves it behind. Store the canonical form.
        Node o = NormalizeTermsTDB2.normalizeTDB2(given);
        Node target = graph != null ? graph : defaultGraph;
        if (target == null) {
            throw new IllegalArgumentException("the document has triples outside any named graph");
        }
        if (!emptied.contains(target) && !mayReplace.test(target)) {
            throw new GraphTakeoverException(target);
        }
        if (emptied.add(target)) {
            dataset.deleteAny(target, Node.ANY, Node.ANY, Node.ANY);
        }
        written.add(target);
        if (!dataset.contains(target, s, p, o)) {
            dataset.add(target, s, p, o);
            triples++;
        }
    }

    @Override
    public void base(String base) {
    }

    @Override
    public void prefix(String prefix, String iri) {
    }

    @Override
    public void finish() {
    }

    /** The graphs written, in the order first seen. */
    Set<Node> graphs() {
        return written;
    }

    /** Triples written (a triple given twice counts once). */
    long triples() {
        return triples;
    }
}
