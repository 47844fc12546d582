package org.councilgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.store.CouncilgraphServer;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.councilgraph.store.graph.NetworkCaps;
import org.councilgraph.store.identity.IdentityRefresh;
import org.councilgraph.store.publish.Publication;

/** A councilgraph server on a free port over a new database loaded with some inputs, for a test class or shared by read-only ones. */
final class RunningServer implements AutoCloseable {

    static final Path SAMPLES = Path.of("..", "samples");

    private final CouncilgraphServer server;
    private final FusekiServer fuseki;
    private final String loadLog;

    private RunningServer(CouncilgraphServer server, FusekiServer fuseki, String loadLog) {
        this.server = server;
        this.fuseki = fuseki;
        this.loadLog = loadLog;
    }

    /** Loads {@code inputs} into a database in {@code folder} and serves it as {@code configuration} and {@code options} say. */
    static RunningServer start(ServiceConfiguration configuration, Path folder, ServerOptions options, List<Path> inputs) {
        return start(configuration, folder, options, inputs, IriBase.DEFAULT);
    }

    /** As {@link #start(ServiceConfiguration, Path, ServerOptions, List)}, minting and publishing IRIs under {@code base}. */
    static RunningServer start(ServiceConfiguration configuration, Path folder, ServerOptions options, List<Path> inputs,
            IriBase base) {
        return start(configuration, folder, options, inputs, base, NetworkCaps.DEFAULT);
    }

    /** As {@link #start(ServiceConfiguration, Path, ServerOptions, List, IriBase)}, refusing networks past {@code caps}. */
    static RunningServer start(ServiceConfiguration configuration, Path folder, ServerOptions options, List<Path> inputs,
            IriBase base, NetworkCaps caps) {
        CouncilgraphServer server = CouncilgraphServer.prepare(configuration, folder, options);
        // As serve does: the linked-data pages beside the SPARQL service.
        server.publish(Publication.of(base, server.servicePath() + "/sparql", null).withCaps(caps));
        StringWriter log = new StringWriter();
        int exit = new DatabaseLoad(new DocumentLoader(server.database().dataset()), new PrintWriter(log), false,
                org.councilgraph.extract.MinutesExtractor::new, base, 1, new IdentityRefresh(server.database().dataset(), base))
                .run(inputs, DocumentMetadata.NONE);
        if (exit != 0) {
            throw new IllegalStateException("the test inputs did not all load:\n" + log);
        }
        return new RunningServer(server, server.start(), log.toString());
    }

    /**
     * The samples, served read-only with the packaged configuration, started once for all the
     * test classes that only read from it, and stopped when the test JVM exits.
     */
    static synchronized RunningServer sharedSamples() {
        if (shared == null) {
            try {
                Path folder = java.nio.file.Files.createTempDirectory("councilgraph-samples-server");
                shared = samples(folder.resolve("db"));
                RunningServer server = shared;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    org.apache.jena.atlas.lib.FileOps.clearAll(folder.toString());
                    org.apache.jena.atlas.lib.FileOps.delete(folder.toString());
                }));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static RunningServer shared;

    /** The samples, served read-only with the packaged configuration. */
    static RunningServer samples(Path folder) {
        return samples(folder, NetworkCaps.DEFAULT);
    }

    /** The samples, served read-only with the packaged configuration, refusing networks past {@code caps}. */
    static RunningServer samples(Path folder, NetworkCaps caps) {
        return start(ServiceConfiguration.packaged(), folder,
                new ServerOptions(0, true, null, UserQueries.all()), List.of(SAMPLES), IriBase.DEFAULT, caps);
    }

    /** http://localhost:PORT */
    String base() {
        return "http://localhost:" + fuseki.getHttpPort();
    }

    String endpoint() {
        return base() + server.servicePath() + "/sparql";
    }

    String service() {
        return base() + server.servicePath();
    }

    /** Loads {@code inputs} into the running server's database as {@code load} would, identity resolution included. */
    void load(List<Path> inputs) {
        StringWriter log = new StringWriter();
        int exit = new DatabaseLoad(new DocumentLoader(server.database().dataset()), new PrintWriter(log), false,
                org.councilgraph.extract.MinutesExtractor::new, IriBase.DEFAULT, 1,
                new IdentityRefresh(server.database().dataset(), IriBase.DEFAULT)).run(inputs, DocumentMetadata.NONE);
        if (exit != 0) {
            throw new IllegalStateException("the test inputs did not all load:\n" + log);
        }
    }

    /** The database served. */
    org.councilgraph.store.CouncilDatabase database() {
        return server.database();
    }

    String loadLog() {
        return loadLog;
    }

    /** Runs a SELECT query over HTTP; each row maps variables to lexical forms or IRIs. */
    List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.service(endpoint()).query(query).build()) {
            ResultSet results = execution.execSelect();
            List<String> vars = results.getResultVars();
            results.forEachRemaining(solution -> {
                Map<String, String> row = new LinkedHashMap<>();
                for (String var : vars) {
                    RDFNode node = solution.get(var);
                    row.put(var, node == null ? null : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                }
                rows.add(row);
            });
        }
        return rows;
    }

    @Override
    public void close() {
        fuseki.stop();
        server.database().close();
    }
}
