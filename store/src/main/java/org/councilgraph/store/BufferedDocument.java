package org.councilgraph.store;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.sys.NormalizeTermsTDB2;

/**
 * A document whose quads were all streamed into memory and checked before it goes near the
 * store: when its quad source fails part-way, there is no buffered document at all, so a batch
 * transaction only ever receives whole documents. Quads are grouped by graph, without repeats,
 * with literals in TDB2's canonical form.
 *
 * @param source           the document
 * @param quads            its quads by named graph, in the order the graphs were first seen
 * @param mayReplaceOthers whether it may replace a graph another file filled
 */
public record BufferedDocument(DocumentSource source, Map<Node, List<Quad>> quads, boolean mayReplaceOthers) {

    public BufferedDocument {
        quads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(quads));
    }

    /**
     * Streams {@code source}'s quads into memory.
     *
     * @throws RuntimeException whatever the quad source threw, or an {@link IllegalArgumentException}
     *         for triples outside any named graph (when the source has no default graph name) or
     *         a term the store cannot hold
     */
    public static BufferedDocument of(DocumentSource source, boolean mayReplaceOthers) {
        Collector collector = new Collector(source.defaultGraph());
        collector.start();
        source.quads().emit(collector);
        collector.finish();
        Map<Node, List<Quad>> byGraph = new LinkedHashMap<>();
        collector.quads.forEach((graph, quads) -> byGraph.put(graph, List.copyOf(quads)));
        return new BufferedDocument(source, byGraph, mayReplaceOthers);
    }

    /** The named graphs it fills. */
    public Set<Node> graphs() {
        return quads.keySet();
    }

    /** Its triples, a triple given twice counted once. */
    public long triples() {
        return quads.values().stream().mapToLong(List::size).sum();
    }

    /** The sink that gathers a document's quads. */
    private static final class Collector extends StreamRDFBase {

        private final Node defaultGraph;
        private final Map<Node, Set<Quad>> quads = new LinkedHashMap<>();

        Collector(Node defaultGraph) {
            this.defaultGraph = defaultGraph;
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
            Node target = graph != null ? graph : defaultGraph;
            if (target == null) {
                throw new IllegalArgumentException("the document has triples outside any named graph");
            }
            if (!target.isConcrete() || !s.isConcrete() || !p.isConcrete() || !given.isConcrete()) {
                throw new IllegalArgumentException("the document has a term the store cannot hold: a variable");
            }
            // TDB2 keeps numbers and dates as values; a literal in a non-canonical form ("0.340")
            // is stored so that deleting the graph later leaves it behind. Store the canonical form.
            Node o = NormalizeTermsTDB2.normalizeTDB2(given);
            quads.computeIfAbsent(target, g -> new LinkedHashSet<>()).add(Quad.create(target, s, p, o));
        }
    }
}
