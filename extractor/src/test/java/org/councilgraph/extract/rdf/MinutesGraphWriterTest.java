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

    private static <T> List<T> iteratorToList(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
