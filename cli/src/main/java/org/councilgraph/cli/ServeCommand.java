package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.store.AdminAccount;
import org.councilgraph.store.CouncilgraphServer;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.councilgraph.store.identity.IdentityRefresh;
import org.councilgraph.store.graph.NetworkCaps;
import org.councilgraph.store.graph.NetworkQueries;
import org.councilgraph.store.publish.Publication;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph serve}: the database as a SPARQL endpoint (embedded Fuseki, configured by
 * {@code fuseki-config/config.ttl}), optionally loading inputs first.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a database as a SPARQL endpoint at http://HOST:PORT/councilgraph/sparql, with a query page at /"
                + " and every resource as linked data at /id/ (pages, Turtle, JSON-LD; VoID at /.well-known/void).",
            "Read-only unless --allow-update is given; the admin password then comes from the environment variable "
                + ServeCommand.PASSWORD_VARIABLE + " or --password-file, never the command line."})
public final class ServeCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "COUNCILGRAPH_ADMIN_PASSWORD";

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database folder (created if missing).")
    Path db;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--load", arity = "1..*", paramLabel = "INPUT",
            description = "Load these minutes or RDF files (or folders of minutes) before serving; unchanged ones are skipped.")
    List<Path> load = new ArrayList<>();

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ExtractionOptions extraction;

    @Option(names = "--localhost", description = "Listen on the loopback interface only.")
    boolean localhost;

    @Option(names = "--allow-update", description = "Add update, upload and read-write graph store endpoints for the admin user (HTTP basic auth),"
            + " answered over HTTPS or from this machine only.")
    boolean allowUpdate;

    @Option(names = "--allow-remote-load", description = "With --allow-update: let the admin's updates LOAD from http and https URLs"
            + " (LOAD of a server file is always refused).")
    boolean allowRemoteLoad;

    @Option(names = "--admin-user", defaultValue = "admin", paramLabel = "NAME", description = "The admin user name (default ${DEFAULT-VALUE}).")
    String adminUser;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the admin password.")
    Path passwordFile;

    @Mixin
    BaseIriOption base;

    @Option(names = "--licence", paramLabel = "IRI",
            description = "The licence of the data, stated in the VoID description (e.g. http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/).")
    String licence;

    @Option(names = "--max-nodes", defaultValue = "" + NetworkQueries.DEFAULT_MAX_NODES, paramLabel = "N",
            description = "Refuse graph exports and views of networks with more nodes (default ${DEFAULT-VALUE}).")
    int maxNodes;

    @Option(names = "--max-edges", defaultValue = "" + NetworkQueries.DEFAULT_MAX_EDGES, paramLabel = "N",
            description = "Refuse graph exports and views of networks with more edges (default ${DEFAULT-VALUE}).")
    int maxEdges;

    @Option(names = "--config", paramLabel = "FILE", description = "A Fuseki configuration to use instead of the packaged fuseki-config/config.ttl.")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AdminAccount admin = adminAccount();
        ServiceConfiguration configuration = config == null ? ServiceConfiguration.packaged() : ServiceConfiguration.read(config);
        CouncilgraphServer server = CouncilgraphServer.prepare(configuration, db,
                new ServerOptions(port, localhost, admin, UserQueries.all()));
        server.publish(Publication.of(base.base(), server.servicePath() + "/sparql", licence)
                .withCaps(networkCaps()));
        int exit = 0;
        if (!load.isEmpty()) {
            exit = new DatabaseLoad(new DocumentLoader(server.database().dataset()), err, false,
                    () -> ExtractionOptions.extractor(extraction), base.base(), OrderedWork.availableThreads(),
                    new IdentityRefresh(server.database().dataset(), base.base())).run(load, DocumentMetadata.NONE);
        }
        FusekiServer fuseki = server.start();
        long[] counts = Txn.calculateRead(server.database().dataset(), () -> {
            long n = 0;
            long underBase = 0;
            for (var it = server.database().dataset().listGraphNodes(); it.hasNext();) {
                Node graph = it.next();
                boolean covered = base.base().covers(graph);
                if (covered && base.base().pathOf(graph).startsWith("identity/")) {
                    continue; // a council's identity graph, not a document's
                }
                n++;
                underBase += covered ? 1 : 0;
            }
            return new long[] {n, underBase};
        });
        long documents = counts[0];
        if (documents > 0 && counts[1] == 0) {
            err.printf("councilgraph: no document graph of %s is under the base %s: load and serve with the same --base%n",
                    db, base.base().iri());
        }
        String base = "http://localhost:" + fuseki.getHttpPort();
        out.printf("councilgraph: serving %d document graphs from %s%n", documents, db);
        out.printf("  query page:      %s/%n", base);
        out.printf("  SPARQL endpoint: %s%s/sparql%n", base, server.servicePath());
        if (admin != null) {
            out.printf("  update:          %s%s/update, upload: %s%s/upload (user %s)%n", base, server.servicePath(), base,
                    server.servicePath(), admin.user());
        }
        out.printf("  linked data:     %s/id/... (IRIs under %s), %s/.well-known/void%n", base, this.base.base().iri(), base);
        out.println("  Stop with Ctrl-C.");
        out.flush();
        fuseki.join();
        return exit;
    }

    private NetworkCaps networkCaps() {
        try {
            return new NetworkCaps(maxNodes, maxEdges);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private AdminAccount adminAccount() throws IOException {
        if (!allowUpdate) {
            if (passwordFile != null || allowRemoteLoad) {
                throw new ParameterException(spec.commandLine(), (passwordFile != null ? "--password-file" : "--allow-remote-load")
                        + " is only used with --allow-update");
            }
            return null;
        }
        String password;
        if (passwordFile != null) {
            List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            password = lines.isEmpty() ? "" : lines.get(0).strip();
        } else {
            password = System.getenv(PASSWORD_VARIABLE);
        }
        if (password == null || password.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--allow-update needs the admin password in the environment variable "
                    + PASSWORD_VARIABLE + " or in a file given with --password-file");
        }
        return new AdminAccount(adminUser, password, allowRemoteLoad);
    }
}
