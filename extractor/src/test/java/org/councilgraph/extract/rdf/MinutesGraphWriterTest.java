package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;
import org.councilgraph.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MinutesGraphWriterTest {

    static Stream<Path> allMinutes() {
        return Stream.concat(Fixtures.samples().stream(), Fixtures.corpus().stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allMinutes")
    void everyDocumentsGraphConformsToTheShapes(Path file) {
        DatasetGraph dsg = Graphs.dataset(Fixtures.document(file));
        List<Node> graphs = iteratorToList(dsg.listGraphNodes());
        assertEquals(1, graphs.size(), "one named graph per document");
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), dsg.getGraph(graphs.get(0)));
        assertTrue(report.conforms(), () -> file.getFileName() + ": " + report.getEntries());
    }

    @Test
    void theSameInputGivesByteIdenticalOutput() {
        for (Path sample : Fixtures.samples()) {
            SourceDocument d = Fixtures.document(sample);
            assertEquals(Graphs.trig(d), Graphs.trig(Fixtures.document(sample)), sample.getFileName().toString());
        }
    }

    @Test
    void aSecondPersonWhoseNameGivesTheSameKeyIsScopedByTheDocumentNotTheCouncil() {
        // d151 (Stonehaven) names Stephen Holt and "Stephen John Holt", whom it cannot tell apart:
        // two people keyed holt-stephen. The second's -2 is numbered in this document only, so it
        // must not name a council-wide IRI that another document's second Stephen Holt would share.
        SourceDocument d = Fixtures.document(Fixtures.CORPUS.resolve("d151.txt"));
        var g = Graphs.dataset(d).getGraph(Graphs.dataset(d).listGraphNodes().next());
        List<String> people = g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Person)
                .mapWith(t -> t.getSubject().getURI()).toList();
        assertTrue(people.contains(CG.ID + "person/stonehaven-and-district-community-council/holt-stephen"), people.toString());
        assertTrue(people.contains(CG.ID + "person/document/" + d.key() + "/holt-stephen-2"), people.toString());
        assertFalse(people.stream().anyMatch(p -> p.matches(".*/person/stonehaven-and-district-community-council/.*-[0-9]+")),
                people.toString());
    }

    @Test
    void namesTheGraphAfterTheDocumentAndUsesNoBlankNodes() {
        SourceDocument d = Fixtures.document(Fixtures.sample("003"));
        DatasetGraph dsg = Graphs.dataset(d);
        Node graph = dsg.listGraphNodes().next();
        assertEquals(CG.ID + "document/" + d.key(), graph.getURI());
        dsg.getGraph(graph).find().forEachRemaining(t -> {
            assertFalse(t.getSubject().isBlank(), t.toString());
            assertFalse(t.getObject().isBlank(), t.toString());
        });
    }

    @Test
    void everySpanQuotesTheTextAtItsCodePointOffsets() {
        for (Path sample : Fixtures.samples()) {
            SourceDocument d = Fixtures.document(sample);
            var g = Graphs.dataset(d).getGraph(Graphs.dataset(d).listGraphNodes().next());
            String text = d.text().text();
            List<Triple> starts = g.find(Node.ANY, CG.start, Node.ANY).toList();
            assertFalse(starts.isEmpty());
            for (Triple t : starts) {
                Node span = t.getSubject();
                int start = ((Number) t.getObject().getLiteralValue()).intValue();
                int end = ((Number) g.find(span, CG.end, Node.ANY).next().getObject().getLiteralValue()).intValue();
                String quote = g.find(span, CG.quote, Node.ANY).next().getObject().getLiteralLexicalForm();
                int from = text.offsetByCodePoints(0, start);
                int to = text.offsetByCodePoints(0, end);
                assertEquals(text.substring(from, to), quote, sample.getFileName() + " " + span);
            }
        }
    }

    @Test
    void recordsWhoAttendedTheSampleMeetingAndWhoPresided() {
        DatasetGraph dsg = Graphs.dataset(Fixtures.document(Fixtures.sample("003")));
        var g = dsg.getGraph(dsg.listGraphNodes().next());
        List<String> present = g.find(Node.ANY, CG.attendanceStatus, CG.statusPresent).toList().stream()
                .map(t -> g.find(t.getSubject(), CG.nameAsWritten, Node.ANY).next().getObject().getLiteralLexicalForm())
                .sorted().toList();
        assertEquals(List.of("County Councillor A Atkinson", "County Councillor Geoff Driver CBE", "County Councillor H Khan",
                "County Councillor M Green", "County Councillor Mrs S Charles", "County Councillor P Buckley"), present);
        assertEquals(1, g.find(Node.ANY, CG.presided, Node.ANY).toList().size());
    }

    @Test
    void recordsWhetherTheRulesOrTheNameFinderFoundEachPerson() throws Exception {
        var document = Fixtures.document(Fixtures.sample("003"));
        for (boolean withModel : List.of(true, false)) {
            var extractor = withModel ? new org.councilgraph.extract.MinutesExtractor()
                    : org.councilgraph.extract.MinutesExtractor.withoutModel();
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            var sink = org.apache.jena.riot.system.StreamRDFLib.dataset(dsg);
            sink.start();
            new MinutesGraphWriter().write(extractor.extract(document), sink);
            sink.finish();
            var g = dsg.getGraph(dsg.listGraphNodes().next());
            for (var t : g.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.Attendance).toList()) {
                var methods = g.find(t.getSubject(), CG.detectedBy, Node.ANY).mapWith(x -> x.getObject()).toList();
                var scores = g.find(t.getSubject(), CG.confidence, Node.ANY).mapWith(x -> x.getObject()).toList();
                assertTrue(!methods.isEmpty() && methods.size() <= 3, methods.toString());
                boolean byAModel = methods.contains(CG.methodNameFinder) || methods.contains(CG.methodParticipationModel);
                assertEquals(byAModel ? 1 : 0, scores.size(), "a score exactly when a model found it");
                scores.forEach(score -> {
                    double v = Double.parseDouble(score.getLiteralLexicalForm());
                    assertTrue(v > 0 && v <= 1 && score.getLiteralDatatypeURI().endsWith("#decimal"), score.toString());
                });
            }
            assertEquals(withModel, g.contains(Node.ANY, CG.detectedBy, CG.methodNameFinder));
        }
        // With the model, the officers who spoke (found only by it) are in attendance.
        DatasetGraph dsg = Graphs.dataset(document);
        var g = dsg.getGraph(dsg.listGraphNodes().next());
        List<String> modelOnly = g.find(Node.ANY, CG.detectedBy, CG.methodNameFinder).toList().stream()
                .map(t -> t.getSubject())
                .filter(s -> !g.contains(s, CG.detectedBy, CG.methodRules))
                .filter(s -> g.contains(s, CG.attendanceStatus, CG.statusInAttendance))
                .map(s -> g.find(s, CG.nameAsWritten, Node.ANY).next().getObject().getLiteralLexicalForm()).sorted().toList();
        assertEquals(List.of("Amanda Hatton", "Donna Talbot"), modelOnly);
    }

    private static <T> List<T> iteratorToList(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
