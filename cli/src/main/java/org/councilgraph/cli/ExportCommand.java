package org.councilgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.graph.Network;
import org.councilgraph.store.graph.NetworkFormat;
import org.councilgraph.store.graph.NetworkKind;
import org.councilgraph.store.graph.NetworkQueries;
import org.councilgraph.store.graph.NetworkScope;
import org.councilgraph.store.graph.NetworkTooLargeException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code councilgraph export}: a network of the database as a file for Gephi, Cytoscape or networkx. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a network of a database made by 'councilgraph load' for graph tools (Gephi, Cytoscape, networkx).",
            "co-attendance: people present at the same meetings, weighted by meetings; membership: people and the committees"
                + " they sat on; declarations: people and the items they declared an interest in; neighbourhood: what"
                + " --resource links to and what links to it."})
public final class ExportCommand implements Callable<Integer> {

    /** Export formats; csv is Gephi's node and edge tables, written as two files. */
    enum Format { gexf, graphml, cytoscape_json, csv }

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database folder.")
    Path db;

    @Option(names = "--graph", required = true, paramLabel = "NETWORK",
            description = "co-attendance, membership, declarations or neighbourhood.")
    String graph;

    @Option(names = "--format", defaultValue = "gexf", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "gexf, graphml, cytoscape-json or csv (default ${DEFAULT-VALUE}); csv writes NAME-nodes.csv and NAME-edges.csv for -o NAME.csv.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The file to write (default: standard output).")
    Path output;

    @Option(names = "--council", paramLabel = "NAME", description = "Only meetings of this council (part of its name, or its IRI).")
    String council;

    @Option(names = "--committee", paramLabel = "NAME", description = "Only meetings of this committee (part of its name, or its IRI).")
    String committee;

    @Option(names = "--from", paramLabel = "DATE", description = "Only meetings on or after this date (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only meetings on or before this date (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Count attendance records of these statuses in co-attendance and membership: present, apologies,"
                + " absent, substitute, in-attendance, remote, expected (default: present, substitute and remote).")
    List<String> statuses = List.of();

    @Option(names = "--resource", paramLabel = "IRI", description = "The resource a neighbourhood is drawn around.")
    String resource;

    @Option(names = "--max-nodes", defaultValue = "" + NetworkQueries.DEFAULT_MAX_NODES, paramLabel = "N",
            description = "Refuse networks with more nodes (default ${DEFAULT-VALUE}).")
    int maxNodes;

    @Option(names = "--max-edges", defaultValue = "" + NetworkQueries.DEFAULT_MAX_EDGES, paramLabel = "N",
            description = "Refuse networks with more edges (default ${DEFAULT-VALUE}).")
    int maxEdges;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        NetworkKind kind = NetworkKind.byId(graph).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "no network '" + graph + "'; choose co-attendance, membership, declarations or neighbourhood"));
        if (!Files.isDirectory(db.resolve("tdb2"))) {
            throw new ParameterException(spec.commandLine(),
                    "no database in " + db + "; make one first: councilgraph load --db " + db + " samples/");
        }
        if (format == Format.csv && output == null) {
            throw new ParameterException(spec.commandLine(),
                    "--format csv writes two tables (nodes and edges): name them with -o, e.g. -o network.csv");
        }
        Network network;
        try (CouncilDatabase database = CouncilDatabase.open(db)) {
            NetworkScope scope = new NetworkScope(Optional.ofNullable(council), Optional.ofNullable(committee),
                    Optional.ofNullable(from), Optional.ofNullable(to), Optional.ofNullable(resource)).withStatuses(statuses);
            network = new NetworkQueries(database.dataset(), maxNodes, maxEdges).compute(kind, scope);
        } catch (NetworkTooLargeException e) {
            // Not a usage error to print the help for: the same options on a smaller scope work.
            spec.commandLine().getErr().println("councilgraph: " + e.getMessage() + ", or raise --max-nodes and --max-edges");
            return 2;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        for (Target target : targets()) {
            if (target.file() == null) {
                OutputStream out = System.out;
                target.format().write(network, out);
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target.file()))) {
                    target.format().write(network, out);
                }
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("councilgraph: %s network, %d nodes, %d edges%s%n", kind.id(), network.nodes().size(),
                network.edges().size(), output == null ? "" : " -> " + String.join(", ", targets().stream()
                        .map(t -> t.file().toString()).toList()));
        err.flush();
        return 0;
    }

    /** Where one format goes: a file, or standard output when {@code file} is null. */
    private record Target(NetworkFormat format, Path file) {
    }

    private List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        switch (format) {
            case gexf -> targets.add(new Target(NetworkFormat.GEXF, output));
            case graphml -> targets.add(new Target(NetworkFormat.GRAPHML, output));
            case cytoscape_json -> targets.add(new Target(NetworkFormat.CYTOSCAPE_JSON, output));
            case csv -> {
                String name = output.getFileName().toString().replaceFirst("\\.csv$", "");
                targets.add(new Target(NetworkFormat.CSV_NODES, output.resolveSibling(name + "-nodes.csv")));
                targets.add(new Target(NetworkFormat.CSV_EDGES, output.resolveSibling(name + "-edges.csv")));
            }
        }
        return targets;
    }

    /** Reads {@code cytoscape-json} as well as the enum's own spelling. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "' is not a format; choose gexf, graphml, cytoscape-json or csv");
            }
        }
    }
}
