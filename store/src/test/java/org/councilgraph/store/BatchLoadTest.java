package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Many documents in one write transaction: each stored whole or not at all, as when each had its own. */
@Tag("slow") // TDB2
class BatchLoadTest extends DatabaseFixture {

    private static final String HEADINGS = """
            PREFIX cg: <https://w3id.org/councilgraph/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s { ?s text:query (cg:heading "customer") } ORDER BY ?s""";

    private static List<BufferedDocument> buffered(List<DocumentSource> sources) {
        return sources.stream().map(s -> BufferedDocument.of(s, true)).toList();
    }

    @Test
    void aBatchStoresTheQuadsAndTextIndexThatOneTransactionPerDocumentStores() {
        List<BatchResult> results = loader.loadAll(buffered(SampleMinutes.sources()));
        assertTrue(results.stream().allMatch(r -> r.failure() == null), results.toString());
        try (CouncilDatabase single = CouncilDatabase.open(folder.resolve("single"))) {
            DocumentLoader one = new DocumentLoader(single.dataset());
            List<Long> triples = new ArrayList<>();
            for (DocumentSource source : SampleMinutes.sources()) {
                triples.add(one.load(source).triples());
            }
            assertEquals(StoreContents.quads(single.dataset()), StoreContents.quads(database.dataset()));
            assertEquals(triples, results.stream().map(r -> r.outcome().triples()).toList());
            assertEquals(StoreContents.select(single.dataset(), HEADINGS), StoreContents.select(database.dataset(), HEADINGS));
        }
        assertEquals(2, StoreContents.select(database.dataset(), HEADINGS).size(), "the text index follows the batch");
    }

    @Test
    void aDocumentWhoseQuadsFailPartWayNeverJoinsTheBatchAndTheOthersAreStored() {
        ExtractedMinutes sample = SampleMinutes.sample("004");
        DocumentSource failing = new DocumentSource("004", SampleMinutes.file("004"), sample.document().sha256(),
                DocumentSources.graphOf(sample.document()), null, DocumentLoaderTest.failAfter(100, sample));
        assertThrows(DocumentLoaderTest.InjectedFailure.class, () -> BufferedDocument.of(failing, true));

        List<DocumentSource> others = SampleMinutes.sources().stream().filter(s -> !s.file().equals(failing.file())).toList();
        loader.loadAll(buffered(others));
        assertEquals(4, StoreContents.namedGraphs(database.dataset()).size());
        assertEquals(0, StoreContents.triplesIn(database.dataset(), failing.graph()));
        assertFalse(loader.isUnchanged(failing.file(), failing.sha256(), null));
    }

    @Test
    void aDocumentThatMayNotReplaceAnotherFilesGraphFailsAloneAndLeavesNothing() {
        DocumentSource first = SampleMinutes.sources().get(0);
        DocumentSource last = SampleMinutes.sources().get(4);
        Node taken = first.graph();
        Node own = NodeFactory.createURI("urn:test:own");
        Node s = NodeFactory.createURI("urn:test:s");
        DocumentSource hijack = new DocumentSource("hijack.nq", Path.of("hijack.nq"), "0".repeat(64), null, null, sink -> {
            sink.quad(Quad.create(own, s, s, s));
            sink.quad(Quad.create(taken, s, s, s));
        });
        List<BatchResult> results = loader.loadAll(List.of(BufferedDocument.of(first, true),
                BufferedDocument.of(hijack, false), BufferedDocument.of(last, true)));

        assertNotNull(results.get(0).outcome());
        assertInstanceOf(GraphTakeoverException.class, results.get(1).failure());
        assertNotNull(results.get(2).outcome());
        assertEquals(0, StoreContents.triplesIn(database.dataset(), own), "nothing of the refused document");
        assertEquals(results.get(0).outcome().triples(), StoreContents.triplesIn(database.dataset(), taken));
        assertEquals(2, StoreContents.namedGraphs(database.dataset()).size());
    }

    @Test
    void aDocumentTheStoreRefusesMidBatchLosesOnlyItselfAndLeavesNoPartBehind() {
        DocumentSource refused = SampleMinutes.sources().get(2);
        Map<Node, List<Quad>> quads = new LinkedHashMap<>(BufferedDocument.of(refused, true).quads());
        // A variable cannot be stored: the store throws after the document's other quads were added.
        Node graph = refused.graph();
        List<Quad> withVariable = new ArrayList<>(quads.get(graph));
        withVariable.add(Quad.create(graph, Var.alloc("x"), Var.alloc("x"), Var.alloc("x")));
        quads.put(graph, withVariable);
        List<BufferedDocument> documents = new ArrayList<>(buffered(SampleMinutes.sources()));
        documents.set(2, new BufferedDocument(refused, quads, true));

        List<BatchResult> results = loader.loadAll(documents);

        assertNull(results.get(2).outcome());
        assertNotNull(results.get(2).failure());
        assertEquals(4, results.stream().filter(r -> r.outcome() != null).count(), results.toString());
        assertEquals(0, StoreContents.triplesIn(database.dataset(), graph), "no part of the refused document");
        assertEquals(4, StoreContents.namedGraphs(database.dataset()).size());
    }

    @Test
    void aBufferedDocumentRefusesTriplesOutsideAnyNamedGraph() {
        Node s = NodeFactory.createURI("urn:test:s");
        DocumentSource bare = new DocumentSource("bare.nt", Path.of("bare.nt"), "0".repeat(64), null, null,
                sink -> sink.triple(org.apache.jena.graph.Triple.create(s, s, s)));
        assertThrows(IllegalArgumentException.class, () -> BufferedDocument.of(bare, true));
    }
}
