package org.councilgraph.store.publish;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code DESCRIBE} with the links pointing at the resource too (a person's attendances,
 * declarations and posts), as the resource pages give them: Jena's standard description has only
 * the resource's own triples. At most {@value ResourceDescriber#LIMIT} inbound triples per
 * resource. Jena keeps describe handlers in one registry for the whole process, so this is
 * registered once, by the first server that publishes.
 */
final class InboundDescribe implements DescribeHandler {

    private static boolean registered;

    private Model description;
    private DatasetGraph dataset;

    /** Adds the handler to Jena's registry, once per process. */
    static synchronized void register() {
        if (!registered) {
            DescribeHandlerFactory factory = InboundDescribe::new;
            DescribeHandlerRegistry.get().add(factory);
            registered = true;
        }
    }

    @Override
    public void start(Model accumulator, Context context) {
        this.description = accumulator;
        // The model handed to describe() is the stored default graph; the links are in the document graphs.
        this.dataset = context == null ? null : context.get(ARQConstants.sysCurrentDataset);
    }

    @Override
    public void describe(Resource resource) {
        if (dataset == null) {
            return;
        }
        Graph out = description.getGraph();
        int n = 0;
        for (Iterator<Quad> it = dataset.find(Node.ANY, Node.ANY, Node.ANY, resource.asNode()); it.hasNext() && n < ResourceDescriber.LIMIT; ) {
            Quad q = it.next();
            if (!q.isDefaultGraph()) {
                out.add(q.asTriple());
                n++;
            }
        }
    }

    @Override
    public void finish() {
    }
}
