package org.councilgraph.store.publish;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.councilgraph.extract.rdf.GraphPrefixes;
import org.councilgraph.extract.rdf.IriBase;

/** The prefixes of councilgraph output, with {@code cgid:} at the published base, on a copy of a graph. */
final class PublishedPrefixes {

    private PublishedPrefixes() {
    }

    static Graph withPrefixes(Graph graph, IriBase base) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        GraphPrefixes.all().forEach((prefix, iri) -> copy.getPrefixMapping().setNsPrefix(prefix, iri));
        copy.getPrefixMapping().setNsPrefix("cgid", base.iri());
        return copy;
    }
}
