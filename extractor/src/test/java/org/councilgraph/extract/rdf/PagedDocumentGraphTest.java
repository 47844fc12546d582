package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.Fixtures;
import org.councilgraph.ontology.CG;
import org.councilgraph.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;

/** The page of each fact of a PDF, on its text span. */
class PagedDocumentGraphTest {

    private static Graph graph(DatasetGraph dsg) {
        return dsg.getGraph(dsg.listGraphNodes().next());
    }

    @Test
    void everySpanOfAPdfNamesThePageItStartsOnAndTheGraphConforms() {
        Graph g = graph(Graphs.dataset(Fixtures.document(Fixtures.realDocument("pdf", "kent-cc_cabinet_2025-01-30_printed-minutes.pdf"))));
        Set<Integer> pages = new TreeSet<>();
        Set<Integer> pagesOfGough = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), CG.TextSpan).forEachRemaining(t -> {
            List<Triple> page = g.find(t.getSubject(), CG.page, Node.ANY).toList();
            assertEquals(1, page.size(), "a span without its page: " + t.getSubject());
            int number = ((Number) page.get(0).getObject().getLiteralValue()).intValue();
            pages.add(number);
            if (g.find(t.getSubject(), CG.quote, Node.ANY).next().getObject().getLiteralLexicalForm().contains("Gough")) {
                pagesOfGough.add(number);
            }
        });
        assertTrue(pages.contains(1) && pages.contains(17), pages.toString());
        assertTrue(pagesOfGough.contains(1), "the PRESENT block naming Mr Gough is on page 1: " + pagesOfGough);
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), g);
        assertTrue(report.conforms(), report.getEntries().toString());
    }

    @Test
    void spansOfATextDocumentHaveNoPage() {
        Graph g = graph(Graphs.dataset(Fixtures.document(Fixtures.sample("003"))));
        assertFalse(g.find(Node.ANY, CG.page, Node.ANY).hasNext());
    }
}
