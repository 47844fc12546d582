package org.councilgraph.cli;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.store.BatchResult;
import org.councilgraph.store.BufferedDocument;
import org.councilgraph.store.DocumentLoader;

/**
 * The documents of a load waiting for their write transaction: committed together when there
 * are enough of them (documents or triples) and at the end. What became of each file is told
 * (tally and progress) in input order, and of a buffered document only once it is committed, so
 * "loaded" is never said of a document a crash could still lose.
 */
final class LoadBatch {

    /** Documents per transaction: few commits keep the store near its bulk-loaded size. */
    static final int STANDARD_DOCUMENTS = 1000;

    /** Triples per transaction, so that a batch of large documents stays small in memory. */
    static final long STANDARD_TRIPLES = 1_000_000;

    private final DocumentLoader loader;
    private final MinutesBatch batch;
    private final LoadTally tally;
    private final LoadProgress progress;
    private final int maxDocuments;
    private final long maxTriples;
    private final List<Entry> entries = new ArrayList<>();
    private final List<BufferedDocument> documents = new ArrayList<>();
    private long triples;

    /** One file's fate: a buffered document, or a word ("failed", "skipped") already known. */
    private record Entry(String name, BufferedDocument document, String what) {
    }

    LoadBatch(DocumentLoader loader, MinutesBatch batch, LoadTally tally, LoadProgress progress, int maxDocuments, long maxTriples) {
        this.loader = loader;
        this.batch = batch;
        this.tally = tally;
        this.progress = progress;
        this.maxDocuments = maxDocuments;
        this.maxTriples = maxTriples;
    }

    /** Adds a whole document; commits the batch when it is full. */
    void add(BufferedDocument document) {
        entries.add(new Entry(document.source().name(), document, null));
        documents.add(document);
        triples += document.triples();
        if (documents.size() >= maxDocuments || triples >= maxTriples) {
            commit();
        }
    }

    /** A file that was not loaded ("failed" or "skipped"), told in its place among the others. */
    void report(String name, String what) {
        entries.add(new Entry(name, null, what));
        if (documents.isEmpty()) {
            commit();
        }
    }

    /** Commits the waiting documents in one transaction and tells what became of every file so far. */
    void commit() {
        List<BatchResult> results = documents.isEmpty() ? List.of() : loader.loadAll(documents);
        int next = 0;
        for (Entry entry : entries) {
            if (entry.document() == null) {
                tell(entry.name(), entry.what(), 0);
                continue;
            }
            BatchResult result = results.get(next++);
            if (result.failure() != null) {
                batch.fail(entry.document().source().file(), "could not be loaded, nothing of it was stored: "
                        + result.failure().getMessage());
                tell(entry.name(), "failed", 0);
            } else {
                tell(entry.name(), "loaded", result.outcome().triples());
            }
        }
        entries.clear();
        documents.clear();
        triples = 0;
    }

    private void tell(String name, String what, long triplesWritten) {
        switch (what) {
            case "failed" -> tally.addFailed();
            case "skipped" -> tally.addSkipped();
            default -> tally.addLoaded(triplesWritten);
        }
        progress.document(name, what, triplesWritten);
    }
}
