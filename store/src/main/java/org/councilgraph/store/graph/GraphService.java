package org.councilgraph.store.graph;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/** The graph face of the server: network exports at {@code /graph/}, added to a Fuseki builder. */
public final class GraphService {

    private GraphService() {
    }

    /** Adds the servlets to {@code builder}; they read {@code dataset} in read transactions. */
    public static void register(FusekiServer.Builder builder, DatasetGraph dataset) {
        builder.addServlet(GraphExportServlet.PATH + "/*", new GraphExportServlet(NetworkQueries.of(dataset)));
    }
}
