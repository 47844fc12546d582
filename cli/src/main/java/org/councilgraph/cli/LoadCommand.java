package org.councilgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.identity.IdentityRefresh;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph load}: minutes and RDF files into a TDB2 database, one named graph per
 * document, many whole documents per write transaction; unchanged files are skipped.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load minutes (.txt, .html) and RDF files (.ttl, .nt, .trig, .nq, .jsonld, .rdf) into a TDB2 database.",
            "Each document becomes one named graph, replaced whole when its file is loaded again; unchanged files are"
                + " skipped. Queries see the union of the document graphs as the default graph."})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database folder (created if missing).")
    Path db;

    @Option(names = "--force", description = "Load every file again, even when it has not changed, and let an RDF file replace a graph another file filled.")
    boolean force;

    @Mixin
    InputOptions input;

    @Mixin
    BaseIriOption base;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CouncilDatabase database = CouncilDatabase.open(db)) {
            DatabaseLoad load = new DatabaseLoad(new DocumentLoader(database.dataset()), spec.commandLine().getErr(), force,
                    input::extractor, base.base(), threads.threads(), new IdentityRefresh(database.dataset(), base.base()));
            return load.run(input.inputs(), input.metadata());
        }
    }
}
