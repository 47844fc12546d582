package org.councilgraph.store.graph;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph face of the server, added to a Fuseki builder: network exports at {@code /graph/},
 * the interactive views of the same networks at {@code /view/} and their scripts at {@code /static/}.
 */
public final class GraphService {

    private GraphService() {
    }

    /**
     * Adds the servlets to {@code builder}; they read {@code dataset} in read transactions, refuse
     * networks past {@code caps}, and the views link nodes under {@code idBase} (the base the IRIs
     * were minted under) to their pages.
     */
    public static void register(FusekiServer.Builder builder, DatasetGraph dataset, String idBase, NetworkCaps caps) {
        builder.addServlet(GraphExportServlet.PATH + "/*",
                new GraphExportServlet(new NetworkQueries(dataset, caps.maxNodes(), caps.maxEdges())));
        builder.addServlet(GraphViewServlet.PATH + "/*", new GraphViewServlet(idBase));
        builder.addServlet(ViewAssets.PATH + "/*", new ViewAssets());
    }

    /** The server-relative URL of the interactive neighbourhood view of {@code iri}. */
    public static String neighbourhoodView(String iri) {
        return GraphViewServlet.neighbourhood(iri);
    }
}
