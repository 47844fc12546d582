package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IRIs of resolved persons in a store: the same documents in any order give the same store,
 * documents that add no mention leave a person's IRI as it is, loading re-resolves only the
 * council it touches, and an IRI that is no longer minted points to its successor.
 */
class ResolvedPersonIrisTest {

    @TempDir
    Path folder;

    @Test
    void theSameDocumentsInEitherOrderGiveTheSameStore() {
        List<String> forward = IdentitySet.names();
        List<String> backward = new ArrayList<>(forward);
        Collections.reverse(backward);
        try (CouncilDatabase a = CouncilDatabase.open(folder.resolve("a")); CouncilDatabase b = CouncilDatabase.open(folder.resolve("b"))) {
            IdentityStores.load(a, forward);
            IdentityStores.load(b, backward);
            Map<Node, Graph> graphsA = IdentityStores.graphs(a.dataset());
            Map<Node, Graph> graphsB = IdentityStores.graphs(b.dataset());
            assertEquals(graphsA.keySet(), graphsB.keySet());
            assertTrue(graphsA.keySet().stream().anyMatch(g -> g.getURI().startsWith(CG.ID + "identity/")));
            graphsA.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(graphsB.get(g)), g.toString()));
        }
    }

    @Test
    void addingAnotherCouncilsDocumentsResolvesOnlyThatCouncilAndLeavesTheOthersAsTheyWere() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            List<String> names = IdentitySet.names();
            IdentityStores.load(db, names.subList(0, 10));
            Map<Node, Graph> before = IdentityStores.graphs(db.dataset());
            IdentityRefresh.Outcome outcome = IdentityStores.load(db, names.subList(10, 15));
            assertEquals(List.of("weston-parish-council"), outcome.resolved());
            Map<Node, Graph> after = IdentityStores.graphs(db.dataset());
            for (Node g : before.keySet()) {
                assertTrue(before.get(g).isIsomorphicWith(after.get(g)), g + " unchanged");
            }
            assertEquals(new IdentityRefresh.Outcome(List.of(), List.of(), 0), new IdentityRefresh(db.dataset(), IriBase.DEFAULT).refresh(),
                    "nothing changed, nothing resolved again");
        }
    }

    @Test
    void aLaterMeetingOfTheSameCouncilKeepsEveryEarlierPersonsIri() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            List<String> names = IdentitySet.names();
            IdentityStores.load(db, names.subList(0, 4));
            Set<Node> before = IdentityStores.resolvedPersons(db.dataset());
            IdentityRefresh.Outcome outcome = IdentityStores.load(db, names.subList(4, 5));
            assertEquals(List.of("temple-cloud-with-cameley-parish-council"), outcome.resolved());
            Set<Node> after = IdentityStores.resolvedPersons(db.dataset());
            assertFalse(before.isEmpty());
            assertTrue(after.containsAll(before), "lost: " + IdentityStores.difference(before, after));
        }
    }

    @Test
    void anEarlierMeetingLoadedLaterRefoundsItsPeopleAndTheirOldIrisPointToTheNewOnes() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            List<String> names = IdentitySet.names();
            IdentityStores.load(db, names.subList(1, 5));
            Set<Node> before = IdentityStores.resolvedPersons(db.dataset());
            IdentityStores.load(db, names.subList(0, 1)); // J01, 2020-05-12, the earliest Temple Cloud meeting
            Set<Node> after = IdentityStores.resolvedPersons(db.dataset());
            Set<Node> retired = IdentityStores.difference(before, after);
            assertFalse(retired.isEmpty(), "people of J01 are founded there now");
            DatasetGraph ds = db.dataset();
            Txn.executeRead(ds, () -> {
                for (Node old : retired) {
                    List<Node> to = new ArrayList<>();
                    ds.find(Node.ANY, old, DCTerms.isReplacedBy.asNode(), Node.ANY).forEachRemaining(q -> to.add(q.getObject()));
                    assertFalse(to.isEmpty(), old + " resolves to its replacement");
                    assertTrue(after.containsAll(to), to.toString());
                    if (to.size() == 1) {
                        assertTrue(ds.contains(Node.ANY, old, OWL.sameAs.asNode(), to.get(0)), old + " sameAs " + to);
                    }
                }
            });
            IdentityStores.load(db, names.subList(5, 6)); // another council's document: the retired IRIs stay as they are
            Txn.executeRead(ds, () -> retired.forEach(old -> assertTrue(ds.contains(Node.ANY, old, DCTerms.isReplacedBy.asNode(), Node.ANY))));
        }
    }
}
