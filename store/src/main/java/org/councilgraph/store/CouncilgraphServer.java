package org.councilgraph.store;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.councilgraph.store.publish.Publication;

/**
 * The councilgraph SPARQL server: Fuseki (jena-fuseki-main) built from the service
 * configuration, serving one database folder read-only, with CORS for browser tools and a
 * query page at {@code /}, behind the {@link EndpointGuards} (no SERVICE calls, size,
 * concurrency and result limits, security headers, plain errors). With an {@link AdminAccount}
 * it also offers {@code update} (no {@code LOAD} of server files; from URLs only if the account
 * allows it), {@code data} (graph store, read-write) and {@code upload} endpoints to that account
 * only, over HTTPS or from this machine.
 *
 * <p>Prepare it, {@link #publish} its linked-data pages if wanted, load into {@link #database()}
 * if wanted, then {@link #start()} it.
 */
public final class CouncilgraphServer {

    private static final String REALM = "councilgraph";

    private final FusekiServer.Builder builder;
    private final String serviceName;
    private final CouncilDatabase database;
    private final EndpointLimits limits;

    private CouncilgraphServer(FusekiServer.Builder builder, String serviceName, CouncilDatabase database,
            EndpointLimits limits) {
        this.builder = builder;
        this.serviceName = serviceName;
        this.database = database;
        this.limits = limits;
    }

    /**
     * Parses {@code configuration} pointed at {@code folder} (which opens the database) and adds
     * what {@code options} ask for. Nothing listens until {@link #start()}.
     */
    public static CouncilgraphServer prepare(ServiceConfiguration configuration, Path folder, ServerOptions options) {
        ServiceConfiguration local = configuration.forDatabase(folder);
        String name = local.serviceName();
        FusekiServer.Builder builder = FusekiServer.create()
                // No modules found on the class path: this server is exactly what is built here.
                .fusekiModules(FusekiModules.create())
                .port(options.port())
                .loopback(options.localhostOnly())
                .enablePing(true)
                // Parsing counts against the query time limit, as execution does.
                .registerOperation(Operation.Query, new TimeLimitedQuery())
                .parseConfig(local.model());
        DatasetGraph dataset = builder.getDataset(name);
        if (dataset == null) {
            throw new IllegalStateException("the configuration did not build the dataset of service " + name);
        }
        // A public endpoint fetches nothing on a caller's behalf, whatever the configuration says.
        dataset.getContext().set(ARQ.httpServiceAllowed, false);
        EndpointGuards.addTo(builder, options.limits());
        if (options.admin() != null) {
            allowUpdates(builder, name, options.admin());
            if (options.admin().remoteLoad()) {
                RemoteLoadFailures.register();
                dataset.getContext().set(RemoteLoadFailures.ENABLED, true);
            }
        }
        QueryPage page = new QueryPage("/" + name + "/sparql", options.examples());
        builder.addServlet("", page).addServlet("/index.html", page).addServlet(QueryPage.ASSETS + "/*", page);
        return new CouncilgraphServer(builder, name, CouncilDatabase.of(folder, dataset), options.limits());
    }

    private static void allowUpdates(FusekiServer.Builder builder, String name, AdminAccount admin) {
        AuthPolicy adminOnly = Auth.policyAllowSpecific(admin.user());
        builder.securityHandler(JettySecurityLib.makeSecurityHandler(REALM,
                JettySecurityLib.makeUserStore(admin.user(), admin.password()), AuthScheme.BASIC));
        for (String endpoint : List.of("update", "data", "upload")) {
            builder.addFilter("/" + name + "/" + endpoint, new AdminTransport());
        }
        builder.addEndpoint(name, "update", Operation.Update, adminOnly);
        builder.addFilter("/" + name + "/update", new UpdateLoadRefusal(admin.remoteLoad()));
        builder.addEndpoint(name, "data", Operation.GSP_RW, adminOnly);
        builder.addEndpoint(name, "upload", Operation.Upload, adminOnly);
    }

    /**
     * Adds the linked-data pages (resources, vocabulary, VoID, dumps, search) of {@code publication}
     * beside the SPARQL service; call before {@link #start()}.
     */
    public CouncilgraphServer publish(Publication publication) {
        publication.register(builder, database.dataset());
        return this;
    }

    /** The database the server will serve; load into its dataset before starting. */
    public CouncilDatabase database() {
        return database;
    }

    /** The path of the service, e.g. {@code /councilgraph}. */
    public String servicePath() {
        return "/" + serviceName;
    }

    /** Builds and starts the server; stop it with {@link FusekiServer#stop()}. */
    public FusekiServer start() {
        FusekiServer server = builder.build();
        EndpointGuards.afterBuild(server, limits);
        return server.start();
    }
}
