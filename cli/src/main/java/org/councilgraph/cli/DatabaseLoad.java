package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.read.DocumentFormats;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.split.MeetingSplitter;
import org.councilgraph.store.BufferedDocument;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSource;
import org.councilgraph.store.DocumentSources;
import org.councilgraph.store.identity.IdentityRefresh;

/**
 * Loads minutes and RDF files into a database: unchanged files are skipped (before extraction;
 * a file holding several meetings' minutes is unchanged when its meetings' graphs are stored
 * from its bytes, which finding the meetings, a scan of its lines, tells),
 * failures are reported by name and reason and the load goes on. Minutes are extracted on
 * several threads; each document's quads are buffered whole, in input order, and many documents
 * are committed in one write transaction ({@link LoadBatch}). After the documents, the people of
 * the councils whose documents changed are resolved across documents ({@link IdentityRefresh}).
 * Shared by {@code load} and {@code serve --load}.
 */
final class DatabaseLoad {

    private final DocumentLoader loader;
    private final PrintWriter err;
    private final boolean force;
    private final LoadTally tally = new LoadTally();
    private final Supplier<MinutesExtractor> extractor;
    private final IriBase base;
    private final int threads;
    private final IdentityRefresh identities;
    /** Where a file holds several meetings' minutes, found without extracting them, to know the graphs it fills. */
    private final MeetingSplitter splitter = new MeetingSplitter(Lexicons.standard());

    /**
     * @param base where the minutes' resource IRIs are minted
     * @param threads how many documents are extracted at once; they are loaded in input order
     * @param identities the resolution step run after the documents are loaded, or null for none
     */
    DatabaseLoad(DocumentLoader loader, PrintWriter err, boolean force, Supplier<MinutesExtractor> extractor, IriBase base,
            int threads, IdentityRefresh identities) {
        this.identities = identities;
        this.base = base;
        this.loader = loader;
        this.extractor = extractor;
        this.err = err;
        this.force = force;
        this.threads = threads;
    }

    /** Loads every input (files, or folders of minutes); returns 0 when all succeeded, 1 when any failed. */
    int run(List<Path> inputs, DocumentMetadata metadata) {
        List<Path> files = MinutesBatch.files(inputs, err);
        tally.expect(files.size());
        LoadProgress progress = LoadProgress.on(err, tally, LoadProgress.isTerminal());
        MinutesBatch batch = new MinutesBatch(progress.messages(), extractor, DocumentBudget.STANDARD, threads);
        LoadBatch pending = new LoadBatch(loader, batch, tally, progress, LoadBatch.STANDARD_DOCUMENTS,
                LoadBatch.STANDARD_TRIPLES);
        // Read once: the digest decides whether the costly extraction is needed at all.
        batch.process(files, metadata, file -> DocumentFormats.rdf(file).isEmpty(),
                (file, document) -> !force && loader.isUnchangedWithin(file, document.sha256(),
                        DocumentSources.graphsOf(document, base, splitter.meetings(document))),
                outcome -> {
                    String name = outcome.file().getFileName().toString();
                    if (outcome.isFailure()) {
                        pending.report(name, "failed");
                    } else if (outcome.extracted() != null) {
                        // The meetings of a file holding several are buffered, and so stored, together.
                        List<ExtractedMinutes> meetings = outcome.extracted().meetings();
                        if (!meetings.isEmpty()) {
                            buffer(meetings.size() == 1 ? DocumentSources.minutes(outcome.file(), meetings.get(0), base)
                                    : DocumentSources.meetings(outcome.file(), meetings, base), true, batch, pending);
                        }
                    } else if (outcome.document() != null) {
                        pending.report(name, "skipped");
                    } else {
                        rdfFile(outcome.file(), batch, pending);
                    }
                });
        pending.commit();
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

    private void rdfFile(Path file, MinutesBatch batch, LoadBatch pending) {
        String name = file.getFileName().toString();
        var rdf = DocumentFormats.rdf(file).orElseThrow();
        if (!Files.isRegularFile(file)) {
            batch.fail(file, "no such file");
            pending.report(name, "failed");
            return;
        }
        DocumentSource source;
        try {
            source = DocumentSources.rdfFile(file, rdf);
        } catch (IOException e) {
            batch.fail(file, "cannot be read: " + e.getMessage());
            pending.report(name, "failed");
            return;
        }
        if (!force && loader.isUnchanged(file, source.sha256(), null)) {
            pending.report(name, "skipped");
            return;
        }
        // An RDF file names its own graphs: it replaces another file's document only with --force.
        buffer(source, force, batch, pending);
    }

    /** Buffers a document whole (parsing an RDF file, writing the quads of minutes); one that fails there is never stored. */
    private static void buffer(DocumentSource source, boolean mayReplaceOthers, MinutesBatch batch, LoadBatch pending) {
        BufferedDocument buffered;
        try {
            buffered = BufferedDocument.of(source, mayReplaceOthers);
        } catch (RuntimeException e) {
            batch.fail(source.file(), "could not be loaded, nothing of it was stored: " + e.getMessage());
            pending.report(source.name(), "failed");
            return;
        }
        pending.add(buffered);
    }
}
