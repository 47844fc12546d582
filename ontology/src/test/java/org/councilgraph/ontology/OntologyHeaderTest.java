package org.councilgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;

class OntologyHeaderTest {

    private final Graph ontology = OntologyFiles.ontology();

    @Test
    void theOntologyResourceIsTheOnlyOwlOntology() {
        assertEquals(Set.of(CG.ONTOLOGY), G.nodesOfTypeAsSet(ontology, Vocab.OWL_ONTOLOGY));
    }

    @Test
    void theOntologyHasItsVersionIriAndVersionInfo() {
        assertEquals(NodeFactory.createURI("https://w3id.org/councilgraph/ontology/0.1.0"),
                G.getOneSP(ontology, CG.ONTOLOGY, Vocab.VERSION_IRI));
        assertEquals("0.1.0", G.getOneSP(ontology, CG.ONTOLOGY, Vocab.VERSION_INFO).getLiteralLexicalForm());
    }

    @Test
    void theOntologyHasAnEnglishLabelAndComment() {
        assertEnglishText(G.getOneSP(ontology, CG.ONTOLOGY, Vocab.LABEL));
        assertEnglishText(G.getOneSP(ontology, CG.ONTOLOGY, Vocab.COMMENT));
    }

    @Test
    void theOntologyHasDublinCoreMetadata() {
        assertEnglishText(G.getOneSP(ontology, CG.ONTOLOGY, Vocab.iri(Vocab.DCTERMS_NS, "title")));
        assertEnglishText(G.getOneSP(ontology, CG.ONTOLOGY, Vocab.iri(Vocab.DCTERMS_NS, "description")));
        assertEquals(NodeFactory.createLiteralDT("2026-11-24", XSDDatatype.XSDdate),
                G.getOneSP(ontology, CG.ONTOLOGY, Vocab.iri(Vocab.DCTERMS_NS, "created")));
        assertEquals(NodeFactory.createURI("http://www.apache.org/licenses/LICENSE-2.0"),
                G.getOneSP(ontology, CG.ONTOLOGY, Vocab.iri(Vocab.DCTERMS_NS, "license")));
    }

    @Test
    void theOntologyStatesItsPreferredPrefixAndNamespace() {
        assertEquals("cg", G.getOneSP(ontology, CG.ONTOLOGY,
                Vocab.iri(Vocab.VANN_NS, "preferredNamespacePrefix")).getLiteralLexicalForm());
        assertEquals(CG.NS, G.getOneSP(ontology, CG.ONTOLOGY,
                Vocab.iri(Vocab.VANN_NS, "preferredNamespaceUri")).getLiteralLexicalForm());
    }

    @Test
    void theOntologyIriIsTheNamespaceWithoutItsHash() {
        assertEquals(CG.NS, CG.ONTOLOGY.getURI() + "#");
    }

    private static void assertEnglishText(Node literal) {
        assertTrue(literal.isLiteral(), () -> literal + " is not a literal");
        assertEquals("en", literal.getLiteralLanguage(), () -> literal + " is not tagged @en");
        assertTrue(!literal.getLiteralLexicalForm().isBlank(), "empty text");
    }
}
