package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Test;

/** Tenures a new resolution no longer mints point to the tenures that now hold their observations. */
class RetiredIrisTest {

    private static final Node H1 = iri("holding/1");
    private static final Node H2 = iri("holding/2");

    @Test
    void aTenureWhoseObservationsNowBelongToTwoTenuresIsReplacedByBothAndIsTheSameAsNeither() {
        Graph old = GraphFactory.createDefaultGraph();
        tenure(old, "tenure/c/old", H1, H2);
        Graph fresh = GraphFactory.createDefaultGraph();
        tenure(fresh, "tenure/c/a", H1);
        tenure(fresh, "tenure/c/b", H2);

        Graph retired = RetiredIris.of(old, fresh);

        assertEquals(Set.of(iri("tenure/c/a"), iri("tenure/c/b")), objects(retired, iri("tenure/c/old"), DCTerms.isReplacedBy.asNode()));
        assertFalse(retired.contains(iri("tenure/c/old"), OWL.sameAs.asNode(), Node.ANY));
        assertEquals(Set.of(iri("tenure/c/a/period"), iri("tenure/c/b/period")),
                objects(retired, iri("tenure/c/old/period"), DCTerms.isReplacedBy.asNode()));
    }

    @Test
    void twoTenuresMergedIntoOneAreEachTheSameAsItAndAnEarlierRetirementFollowsThem() {
        Graph old = GraphFactory.createDefaultGraph();
        tenure(old, "tenure/c/chair", H1);
        tenure(old, "tenure/c/chairman", H2);
        old.add(iri("tenure/c/older"), DCTerms.isReplacedBy.asNode(), iri("tenure/c/chairman"));
        Graph fresh = GraphFactory.createDefaultGraph();
        tenure(fresh, "tenure/c/one", H1, H2);

        Graph retired = RetiredIris.of(old, fresh);

        for (String was : new String[] {"tenure/c/chair", "tenure/c/chairman", "tenure/c/older"}) {
            assertTrue(retired.contains(iri(was), OWL.sameAs.asNode(), iri("tenure/c/one")), was);
            assertEquals(Set.of(iri("tenure/c/one")), objects(retired, iri(was), DCTerms.isReplacedBy.asNode()), was);
        }
        assertFalse(retired.contains(iri("tenure/c/one"), Node.ANY, Node.ANY), "the current tenure is not retired");
    }

    private static void tenure(Graph g, String path, Node... holdings) {
        Node t = iri(path);
        g.add(t, RDF.type.asNode(), CG.RoleTenure);
        for (Node h : holdings) {
            g.add(t, CG.observation, h);
        }
        g.add(t, NodeFactory.createURI(RoleTenures.ORG + "memberDuring"), iri(path + "/period"));
        g.add(iri(path + "/period"), RDF.type.asNode(), NodeFactory.createURI(RoleTenures.TIME + "Interval"));
    }

    private static Set<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(t -> t.getObject()).collect(Collectors.toSet());
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(CG.ID + path);
    }
}
