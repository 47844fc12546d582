package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Readers see each document either whole or absent while documents are being loaded. */
@Tag("slow") // TDB2
class LoadIsolationTest extends DatabaseFixture {

    @Test
    void aDocumentHalfWayThroughItsLoadIsInvisibleToQueriesUntilItCommits() throws Exception {
        ExtractedMinutes sample = SampleMinutes.sample("004");
        Node graph = DocumentSources.graphOf(sample.document());
        long whole = DocumentLoaderTest.extractedAlone(sample).getGraph(graph).size();
        CountDownLatch halfWritten = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        DocumentSource paused = new DocumentSource("004", SampleMinutes.file("004"), sample.document().sha256(), graph,
                null, sink -> new MinutesGraphWriter().write(sample, new StreamRDFWrapper(sink) {
                    private long sent;

                    @Override
                    public void quad(Quad quad) {
                        if (sent++ == whole / 2) {
                            halfWritten.countDown();
                            await(carryOn);
                        }
                        super.quad(quad);
                    }
                }));

        CompletableFuture<LoadOutcome> load = CompletableFuture.supplyAsync(() -> loader.load(paused));
        assertTrue(halfWritten.await(60, TimeUnit.SECONDS), "the load reached its middle");
        assertEquals(0, StoreContents.triplesIn(database.dataset(), graph), "half a document is not visible");
        assertEquals(List.of(), StoreContents.select(database.dataset(),
                "PREFIX cg: <https://w3id.org/councilgraph/ontology#> SELECT ?name { ?a cg:nameAsWritten ?name }"));
        carryOn.countDown();
        load.get(60, TimeUnit.SECONDS);
        assertEquals(whole, StoreContents.triplesIn(database.dataset(), graph), "the committed document is whole");
    }

    @Test
    void queriesDuringRepeatedLoadsSeeEachDocumentWholeOrAbsent() throws Exception {
        List<DocumentSource> sources = SampleMinutes.sources();
        Map<Node, Long> whole = new LinkedHashMap<>();
        for (DocumentSource source : sources) {
            ExtractedMinutes minutes = SampleMinutes.all().get(source.name());
            whole.put(source.graph(), (long) DocumentLoaderTest.extractedAlone(minutes).getGraph(source.graph()).size());
        }
        AtomicBoolean loading = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                for (int round = 0; round < 4; round++) {
                    sources.forEach(loader::load);
                }
            } finally {
                loading.set(false);
            }
        });
        List<String> torn = new ArrayList<>();
        int looks = 0;
        while (loading.get() || looks == 0) {
            for (var entry : whole.entrySet()) {
                long seen = StoreContents.triplesIn(database.dataset(), entry.getKey());
                if (seen != 0 && seen != entry.getValue()) {
                    torn.add(entry.getKey() + ": " + seen + " of " + entry.getValue());
                }
            }
            looks++;
        }
        writer.get(120, TimeUnit.SECONDS);
        assertEquals(List.of(), torn);
        whole.forEach((graph, size) -> assertEquals(size, StoreContents.triplesIn(database.dataset(), graph)));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the load carry on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
