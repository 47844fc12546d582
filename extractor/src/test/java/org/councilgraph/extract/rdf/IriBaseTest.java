package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Test;

class IriBaseTest {

    private static final IriBase OWN = new IriBase("http://localhost:3030/id/");

    @Test
    void movesIrisUnderTheDefaultBaseAndLeavesTheVocabularyAndLiteralsAlone() {
        List<Quad> seen = new ArrayList<>();
        StreamRDF sink = OWN.rebase(new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                seen.add(quad);
            }
        });
        Node literal = NodeFactory.createLiteralString(CG.ID + "person/x");
        sink.quad(Quad.create(iri(CG.ID + "document/d"), iri(CG.ID + "person/x"), CG.familyName, literal));

        assertEquals(Quad.create(iri("http://localhost:3030/id/document/d"), iri("http://localhost:3030/id/person/x"),
                CG.familyName, literal), seen.get(0));
    }

    @Test
    void theDefaultBaseChangesNothing() {
        StreamRDF sink = new StreamRDFBase();
        assertSame(sink, IriBase.DEFAULT.rebase(sink));
        assertEquals("person/x", OWN.pathOf(iri("http://localhost:3030/id/person/x")));
    }

    @Test
    void refusesBasesThatCannotPrefixAPath() {
        assertThrows(IllegalArgumentException.class, () -> new IriBase("https://example.org/id"));
        assertThrows(IllegalArgumentException.class, () -> new IriBase("urn:x:"));
        assertThrows(IllegalArgumentException.class, () -> new IriBase("https://example.org/id/?q=1/"));
        assertThrows(IllegalArgumentException.class, () -> OWN.pathOf(iri(CG.ID + "person/x")));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
