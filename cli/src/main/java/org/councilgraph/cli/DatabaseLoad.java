package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.read.DocumentFormats;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSources;
import org.councilgraph.store.LoadOutcome;
import org.councilgraph.store.identity.IdentityRefresh;

/**
 * Loads minutes and RDF files into a database, one document per transaction: unchanged files
 * are skipped (before extraction), failures are reported by name and reason and the load goes
 * on. After the documents, the people of the councils whose documents changed are resolved
 * across documents ({@link IdentityRefresh}). Shared by {@code load} and {@code serve --load}.
 */
final class DatabaseLoad {

    private final DocumentLoader loader;
    private final PrintWriter err;
    private final boolean force;
    private final LoadTally tally = new LoadTally();

    private final Supplier<MinutesExtractor> extractor;
    private final IriBase base;
    private final IdentityRefresh identities;

    DatabaseLoad(DocumentLoader loader, PrintWriter err, boolean force, Supplier<MinutesExtractor> extractor) {
        this(loader, err, force, extractor, IriBase.DEFAULT, null);
    }

    /**
     * @param base where the minutes' resource IRIs are minted
     * @param identities the resolution step run after the documents are loaded, or null for none
     */
    DatabaseLoad(DocumentLoader loader, PrintWriter err, boolean force, Supplier<MinutesExtractor> extractor, IriBase base,
            IdentityRefresh identities) {
        this.base = base;
        this.identities = identities;
        this.loader = loader;
        this.extractor = extractor;
        this.err = err;
        this.force = force;
    }

    /** Loads every input (files, or folders of minutes); returns 0 when all succeeded, 1 when any failed. */
    int run(List<Path> inputs, DocumentMetadata metadata) {
        List<Path> files = MinutesBatch.files(inputs, err);
        tally.expect(files.size());
        LoadProgress progress = LoadProgress.on(err, tally, LoadProgress.isTerminal());
        MinutesBatch batch = new MinutesBatch(progress.messages(), extractor);
        for (Path file : files) {
            int failuresBefore = batch.failures().size();
            String name = file.getFileName().toString();
            LoadOutcome outcome = loadOne(file, metadata, batch);
            if (batch.failures().size() > failuresBefore) {
                tally.addFailed();
                progress.document(name, "failed", 0);
            } else if (outcome == null || outcome.skipped()) {
                tally.addSkipped();
                progress.document(name, "skipped", 0);
            } else {
                tally.addLoaded(outcome.triples());
                progress.document(name, "loaded", outcome.triples());
            }
        }
        progress.end();
        tally.summary(batch.failures()).forEach(err::println);
        if (identities != null) {
            IdentityRefresh.Outcome people = identities.refresh();
            if (people.resolved().isEmpty() && people.dropped().isEmpty()) {
                err.println("councilgraph: people across meetings unchanged (no council's documents changed)");
            } else {
                err.printf("councilgraph: people resolved across the documents of %d council%s (%d persons)%s%n",
                        people.resolved().size(), people.resolved().size() == 1 ? "" : "s", people.persons(),
                        people.dropped().isEmpty() ? "" : "; identity graphs of " + people.dropped().size() + " councils without documents dropped");
            }
        }
        err.flush();
        return batch.exitCode();
    }

    /** The counts of the last run. */
    LoadTally tally() {
        return tally;
    }

    private LoadOutcome loadOne(Path file, DocumentMetadata metadata, MinutesBatch batch) {
        var rdf = DocumentFormats.rdf(file);
        try {
            if (rdf.isPresent()) {
                if (!Files.isRegularFile(file)) {
                    batch.fail(file, "no such file");
                    return null;
                }
                var source = DocumentSources.rdfFile(file, rdf.get());
                // An RDF file names its own graphs: it replaces another file's document only with --force.
                return force ? loader.load(source, true) : loader.loadIfChanged(source, false);
            }
            // Read once: the digest decides whether the costly extraction is needed at all.
            SourceDocument document = batch.read(file, metadata).orElse(null);
            if (document == null
                    || !force && loader.isUnchanged(file, document.sha256(), DocumentSources.graphOf(document, base))) {
                return null;
            }
            LoadOutcome[] outcome = {null};
            batch.extract(file, document, (f, minutes) -> {
                try {
                    outcome[0] = loader.load(DocumentSources.minutes(f, minutes, base));
                } catch (RuntimeException e) {
                    batch.fail(f, "could not be loaded, nothing of it was stored: " + e.getMessage());
                }
            });
            return outcome[0];
        } catch (IOException e) {
            batch.fail(file, "cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            batch.fail(file, "could not be loaded, nothing of it was stored: " + e.getMessage());
        }
        return null;
    }
}
