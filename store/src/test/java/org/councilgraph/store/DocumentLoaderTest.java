package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.RdfFormat;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.split.MeetingSplitter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // TDB2
class DocumentLoaderTest extends DatabaseFixture {

    private static final String CG = "PREFIX cg: <https://w3id.org/councilgraph/ontology#> ";

    @Test
    void eachSampleBecomesOneNamedGraphHoldingExactlyItsExtractedTriples() {
        for (DocumentSource source : SampleMinutes.sources()) {
            loader.load(source);
        }
        List<Node> graphs = StoreContents.namedGraphs(database.dataset());
        assertEquals(5, graphs.size());
        for (var entry : SampleMinutes.all().entrySet()) {
            DatasetGraph expected = extractedAlone(entry.getValue());
            Node graph = DocumentSources.graphOf(entry.getValue().document());
            assertEquals(expected.getGraph(graph).size(), StoreContents.triplesIn(database.dataset(), graph), entry.getKey());
        }
    }

    @Test
    void loadingTheSameSamplesTwiceLeavesIdenticalQuads() {
        SampleMinutes.sources().forEach(loader::loadIfChanged);
        List<String> once = StoreContents.quads(database.dataset());

        List<LoadOutcome> second = SampleMinutes.sources().stream().map(loader::loadIfChanged).toList();
        assertTrue(second.stream().allMatch(LoadOutcome::skipped), "unchanged documents are skipped");
        assertEquals(once, StoreContents.quads(database.dataset()));

        // Forcing the load rewrites every document; the store must still hold the same quads.
        SampleMinutes.sources().forEach(loader::load);
        assertEquals(once, StoreContents.quads(database.dataset()));
    }

    @Test
    void theLoadRecordNamesTheSourceFileByDigestWithoutItsPathAndIsHiddenFromTheDefaultGraphOfQueries() {
        DocumentSource source = DocumentSources.minutes(SampleMinutes.file("003"), SampleMinutes.sample("003"));
        loader.load(source);

        assertEquals(List.of(source.sha256()), StoreContents.select(database.dataset(), CG
                + "SELECT ?sha { GRAPH <urn:x-arq:DefaultGraph> { ?g cg:loadedFrom ?file ; cg:contentSha256 ?sha } }"));
        List<String> origins = StoreContents.select(database.dataset(), CG + "SELECT ?file { GRAPH <urn:x-arq:DefaultGraph> { ?g cg:loadedFrom ?file } }");
        assertEquals(1, origins.size());
        assertTrue(origins.get(0).matches("urn:sha256:[0-9a-f]{64}"), origins.get(0));
        assertFalse(StoreContents.quads(database.dataset()).stream().anyMatch(q -> q.contains("file:")),
                "no server path is stored");
        assertEquals(List.of(), StoreContents.select(database.dataset(), CG + "SELECT ?file { ?g cg:loadedFrom ?file }"),
                "the default graph of queries is the union of the document graphs");
        assertEquals(List.of("2017-12-06"), StoreContents.select(database.dataset(), CG + "SELECT ?date { ?doc cg:minutesOf ?m . ?m cg:date ?date }"));
    }

    @Test
    void aDocumentThatFailsMidwayLeavesNoQuadsBehind() {
        loader.load(DocumentSources.minutes(SampleMinutes.file("003"), SampleMinutes.sample("003")));
        List<String> before = StoreContents.quads(database.dataset());

        ExtractedMinutes sample004 = SampleMinutes.sample("004");
        DocumentSource failing = new DocumentSource("004", SampleMinutes.file("004"), sample004.document().sha256(),
                DocumentSources.graphOf(sample004.document()), null, failAfter(100, sample004));
        assertThrows(InjectedFailure.class, () -> loader.load(failing));

        assertEquals(before, StoreContents.quads(database.dataset()));
        assertEquals(0, StoreContents.triplesIn(database.dataset(), DocumentSources.graphOf(sample004.document())));
        assertFalse(loader.isUnchanged(SampleMinutes.file("004"), sample004.document().sha256(), null),
                "a failed document is not recorded as loaded");
    }

    @Test
    void aReplacementThatFailsMidwayKeepsThePreviousVersionWhole() {
        DocumentSource source = DocumentSources.minutes(SampleMinutes.file("004"), SampleMinutes.sample("004"));
        loader.load(source);
        List<String> before = StoreContents.quads(database.dataset());

        DocumentSource failing = new DocumentSource(source.name(), source.file(), "0".repeat(64), source.graph(), null,
                failAfter(300, SampleMinutes.sample("004")));
        assertThrows(InjectedFailure.class, () -> loader.load(failing));

        assertEquals(before, StoreContents.quads(database.dataset()));
    }

    @Test
    void aChangedFileReplacesTheGraphOfItsEarlierVersion() throws IOException {
        Path copy = Files.copy(SampleMinutes.file("003"), folder.resolve("minutes.txt"));
        DocumentSource first = DocumentSources.minutes(copy, SampleMinutes.sample("003"));
        loader.load(first);

        // The graph IRI comes from the content hash, so the changed file fills a new graph.
        Files.writeString(copy, "\nSigned: Chair\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        ExtractedMinutes changed = extract(copy);
        DocumentSource second = DocumentSources.minutes(copy, changed);
        assertFalse(second.graph().equals(first.graph()));
        assertFalse(loader.isUnchanged(copy, second.sha256(), second.graph()));

        LoadOutcome outcome = loader.load(second);
        assertEquals(List.of(first.graph()), outcome.dropped());
        assertEquals(List.of(second.graph()), StoreContents.namedGraphs(database.dataset()));
        assertEquals(List.of(second.sha256()), StoreContents.select(database.dataset(), CG
                + "SELECT ?sha { GRAPH <urn:x-arq:DefaultGraph> { ?g cg:contentSha256 ?sha } }"));
        assertTrue(loader.isUnchanged(copy, second.sha256(), second.graph()));
    }

    @Test
    void aFileOfSeveralMeetingsIsUnchangedWhenEachMeetingsGraphIsStoredFromItsBytesKnownBeforeExtraction() throws DocumentException {
        Path merton = Path.of("../extractor/src/test/resources/real-documents/pdf/"
                + "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf");
        SourceDocument document = new MinutesReader().read(merton, DocumentMetadata.NONE);
        Set<Node> graphs = DocumentSources.graphsOf(document, IriBase.DEFAULT, new MeetingSplitter(Lexicons.standard()).meetings(document));
        assertFalse(loader.isUnchangedWithin(merton, document.sha256(), graphs), "nothing is loaded yet");

        List<ExtractedMinutes> meetings = MinutesExtractor.withoutModel().extractMeetings(document).meetings();
        loader.load(DocumentSources.meetings(merton, meetings, IriBase.DEFAULT));
        assertEquals(meetings.stream().map(m -> DocumentSources.graphOf(m.document())).collect(Collectors.toSet()), graphs,
                "the graphs known before extraction are the graphs the meetings filled");
        assertTrue(loader.isUnchangedWithin(merton, document.sha256(), graphs));
        assertFalse(loader.isUnchangedWithin(merton, document.sha256(), Set.of(DocumentSources.graphOf(document))),
                "as one document's graph, the file would be loaded again");
        assertFalse(loader.isUnchangedWithin(merton, "0".repeat(64), graphs), "changed bytes");
    }

    @Test
    void anRdfFileLoadsItsNamedGraphsAsTheyAreAndItsTriplesIntoAGraphNamedByTheFile() throws IOException {
        ExtractedMinutes sample = SampleMinutes.sample("001");
        Path trig = folder.resolve("001.trig");
        try (var out = Files.newOutputStream(trig)) {
            RDFDataMgr.write(out, extractedAlone(sample), Lang.TRIG);
        }
        Path turtle = folder.resolve("extra.ttl");
        Files.writeString(turtle, "<https://example.org/a> <https://example.org/b> \"c\" .\n");

        loader.load(DocumentSources.rdfFile(trig, new RdfFormat(Lang.TRIG)));
        loader.load(DocumentSources.rdfFile(turtle, new RdfFormat(Lang.TURTLE)));

        Node documentGraph = DocumentSources.graphOf(sample.document());
        assertEquals(extractedAlone(sample).getGraph(documentGraph).size(),
                StoreContents.triplesIn(database.dataset(), documentGraph));
        Node fileGraph = NodeFactory.createURI(LoadRecord.fileId(turtle));
        assertEquals(1, StoreContents.triplesIn(database.dataset(), fileGraph));
        assertTrue(loader.loadIfChanged(DocumentSources.rdfFile(trig, new RdfFormat(Lang.TRIG))).skipped());
    }

    @Test
    void reloadingAChangedRdfFileLeavesNothingOfItsOldVersionEvenForNonCanonicalLiterals() throws IOException {
        // TDB2 keeps numbers as values: "0.340" comes back as "0.34", which a replacement must still remove.
        Path turtle = folder.resolve("scores.ttl");
        Files.writeString(turtle, "<https://example.org/a> <https://example.org/score> \"0.340\"^^<http://www.w3.org/2001/XMLSchema#decimal> , "
                + "\"007\"^^<http://www.w3.org/2001/XMLSchema#integer> , \"1.50E0\"^^<http://www.w3.org/2001/XMLSchema#double> .\n");
        loader.load(DocumentSources.rdfFile(turtle, new RdfFormat(Lang.TURTLE)));
        Files.writeString(turtle, "<https://example.org/a> <https://example.org/b> \"c\" .\n");
        loader.load(DocumentSources.rdfFile(turtle, new RdfFormat(Lang.TURTLE)));
        Node fileGraph = NodeFactory.createURI(LoadRecord.fileId(turtle));
        assertEquals(1, StoreContents.triplesIn(database.dataset(), fileGraph));
    }

    @Test
    void anRdfFileWithASyntaxErrorLeavesNoQuadsBehind() throws IOException {
        Path broken = folder.resolve("broken.ttl");
        Files.writeString(broken, "<https://example.org/a> <https://example.org/b> \"c\" .\n<https://example.org/a> oops\n");
        assertThrows(RuntimeException.class, () -> loader.load(DocumentSources.rdfFile(broken, new RdfFormat(Lang.TURTLE))));
        assertEquals(List.of(), StoreContents.quads(database.dataset()));
    }

    /** Quads of the document's own extraction, in memory, to compare with what the store holds. */
    static DatasetGraph extractedAlone(ExtractedMinutes minutes) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> new MinutesGraphWriter().write(minutes, StreamRDFLib.dataset(dsg)));
        return dsg;
    }

    /** A quad source that streams the first {@code count} quads of {@code minutes}, then fails. */
    static QuadSource failAfter(int count, ExtractedMinutes minutes) {
        return sink -> new MinutesGraphWriter().write(minutes, new StreamRDFWrapper(sink) {
            private int sent;

            @Override
            public void quad(Quad quad) {
                if (sent++ == count) {
                    throw new InjectedFailure();
                }
                super.quad(quad);
            }
        });
    }

    private static ExtractedMinutes extract(Path file) {
        try {
            return new MinutesExtractor().extract(new MinutesReader().read(file, DocumentMetadata.NONE));
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The failure a test injects into a load. */
    static final class InjectedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InjectedFailure() {
            super("injected failure");
        }
    }
}
