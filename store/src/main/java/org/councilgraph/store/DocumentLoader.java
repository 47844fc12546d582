package org.councilgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Loads documents into a councilgraph dataset, one in a write transaction or many together: the graphs an
 * earlier version of the same file filled are dropped, the document's graphs are replaced by its
 * quads, the load record is updated, and only then is the transaction committed. Any failure
 * aborts the transaction, so a document is stored whole or not at all, and readers (which see
 * only committed transactions) never see half of one.
 */
public final class DocumentLoader {

    private final DatasetGraph dataset;
    private final LoadRecord record;

    /** @param dataset the text dataset of a {@link CouncilDatabase}, so that the text index follows */
    public DocumentLoader(DatasetGraph dataset) {
        this.dataset = dataset;
        this.record = new LoadRecord(dataset);
    }

    /**
     * True when {@code file}'s bytes, with digest {@code sha256}, were already loaded from that
     * file (into {@code graph}, when it is not null), so loading it again would change nothing.
     */
    public boolean isUnchanged(Path file, String sha256, Node graph) {
        Node origin = LoadRecord.origin(file);
        return Txn.calculateRead(dataset, () -> {
            List<Node> graphs = record.graphsFrom(origin);
            if (graphs.isEmpty() || (graph != null && !graphs.contains(graph))) {
                return false;
            }
            return graphs.stream().allMatch(g -> sha256.equals(record.digestOf(g)));
        });
    }

    /**
     * True when {@code file}'s bytes, with digest {@code sha256}, were already loaded from that
     * file into some of {@code graphs} and no other graph (the meetings of a file that holds
     * several fill a graph each), so loading it again would change nothing.
     */
    public boolean isUnchangedWithin(Path file, String sha256, Set<Node> graphs) {
        Node origin = LoadRecord.origin(file);
        return Txn.calculateRead(dataset, () -> {
            List<Node> loaded = record.graphsFrom(origin);
            return !loaded.isEmpty() && graphs.containsAll(loaded) && loaded.stream().allMatch(g -> sha256.equals(record.digestOf(g)));
        });
    }

    /** Loads {@code document} unless its file is unchanged since it was last loaded. */
    public LoadOutcome loadIfChanged(DocumentSource document) {
        return loadIfChanged(document, true);
    }

    /** Loads {@code document} unless its file is unchanged, as {@link #load(DocumentSource, boolean)} does. */
    public LoadOutcome loadIfChanged(DocumentSource document, boolean mayReplaceOthers) {
        if (isUnchanged(document.file(), document.sha256(), document.graph())) {
            return LoadOutcome.skipped(document.name());
        }
        return load(document, mayReplaceOthers);
    }

    /**
     * Loads {@code document} in one write transaction, replacing what it replaces.
     *
     * @throws RuntimeException whatever the document's quad source or the store threw; nothing
     *         of the document was stored
     */
    public LoadOutcome load(DocumentSource document) {
        return load(document, true);
    }

    /**
     * Loads {@code document} as {@link #load(DocumentSource)} does; unless {@code mayReplaceOthers},
     * a graph another file filled is not replaced and the document fails, with nothing stored.
     * RDF files name their graphs themselves, so one could silently replace another's document.
     *
     * @throws GraphTakeoverException when the document names a graph another file filled
     */
    public LoadOutcome load(DocumentSource document, boolean mayReplaceOthers) {
        // Buffered before the transaction, so the write lock is not held while the quads are made.
        BufferedDocument buffered = BufferedDocument.of(document, mayReplaceOthers);
        return Txn.calculateWrite(dataset, () -> write(buffered));
    }

    /**
     * Loads buffered documents in one write transaction: one commit (one sync of the store and
     * of the text index) for all of them. Each document's graphs are checked before any of its
     * quads are written, so a document that may not replace a graph fails alone and leaves
     * nothing behind. Should the store itself fail during the batch, the transaction is aborted
     * and the documents are loaded again one per transaction, so that only the one the store
     * refuses is lost.
     *
     * @return each document's outcome or failure, in the order given
     */
    public List<BatchResult> loadAll(List<BufferedDocument> documents) {
        List<BatchResult> results;
        try {
            results = Txn.calculateWrite(dataset, () -> {
                List<BatchResult> done = new ArrayList<>();
                for (BufferedDocument document : documents) {
                    try {
                        done.add(BatchResult.of(write(document)));
                    } catch (GraphTakeoverException e) {
                        done.add(BatchResult.failed(document.source().name(), e));
                    }
                }
                return done;
            });
        } catch (RuntimeException storeFailure) {
            results = new ArrayList<>();
            for (BufferedDocument document : documents) {
                try {
                    results.add(BatchResult.of(Txn.calculateWrite(dataset, () -> write(document))));
                } catch (RuntimeException e) {
                    results.add(BatchResult.failed(document.source().name(), e));
                }
            }
        }
        return results;
    }

    /** Writes one buffered document inside the caller's write transaction; its graphs are checked first. */
    private LoadOutcome write(BufferedDocument document) {
        DocumentSource source = document.source();
        Node origin = LoadRecord.origin(source.file());
        List<Node> previous = record.graphsFrom(origin);
        for (Node graph : document.graphs()) {
            if (!previous.contains(graph) && !document.mayReplaceOthers() && !ownedBy(graph, origin)) {
                throw new GraphTakeoverException(graph);
            }
        }
        for (Node graph : previous) {
            dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            record.forget(graph);
        }
        for (var entry : document.quads().entrySet()) {
            Node graph = entry.getKey();
            if (!previous.contains(graph)) {
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            }
            // Buffered without repeats into an emptied graph: nothing to check before adding.
            for (Quad quad : entry.getValue()) {
                dataset.add(quad);
            }
            record.record(graph, origin, source.sha256());
        }
        List<Node> dropped = new ArrayList<>(previous);
        dropped.removeAll(document.graphs());
        return new LoadOutcome(source.name(), false, new ArrayList<>(document.graphs()), document.triples(), dropped);
    }

    /** True when {@code graph} is empty or was filled from {@code origin}. */
    private boolean ownedBy(Node graph, Node origin) {
        Node from = record.originOf(graph);
        if (from == null) {
            return !dataset.containsGraph(graph) || dataset.getGraph(graph).isEmpty();
        }
        return from.equals(origin);
    }
}
