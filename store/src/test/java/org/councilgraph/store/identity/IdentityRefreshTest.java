package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;
import org.councilgraph.ontology.OntologyFiles;
import org.councilgraph.store.CouncilDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution of the identity set's people in a store: one resolved person per person across meetings, with evidence. */
class IdentityRefreshTest {

    @TempDir
    Path folder;

    @Test
    void theSamePersonAcrossMeetingsIsOneResolvedPersonAndTheGoldPairsAgree() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityRefresh.Outcome outcome = IdentityStores.load(db, IdentitySet.names());
            assertEquals(List.of("st-weonards-parish-council", "temple-cloud-with-cameley-parish-council", "weston-parish-council"),
                    outcome.resolved());
            Map<String, Node> canonical = IdentityStores.canonicalByMention(db.dataset());
            // Cllr Dicks is at every Weston meeting: one resolved person in the store.
            Set<Node> dicks = new HashSet<>();
            for (String doc : List.of("J11.txt", "J12.txt", "J13.txt", "J14.txt", "J15.txt")) {
                assertTrue(canonical.containsKey(doc + " Cllr Dicks"), doc + " " + canonical.keySet());
                dicks.add(canonical.get(doc + " Cllr Dicks"));
            }
            assertEquals(1, dicks.size(), dicks.toString());
            // Every pair of found gold mentions in two documents of one council: one person in gold
            // iff one resolved person in the store, as identity-score.py counts them.
            Map<String, String> goldPerson = new HashMap<>();
            IdentitySet.gold().forEach(p -> p.mentions().forEach(m -> goldPerson.put(m[0] + " " + m[1], p.council() + " " + p.id())));
            List<String> found = goldPerson.keySet().stream().filter(canonical::containsKey).sorted().toList();
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    String a = found.get(i);
                    String b = found.get(j);
                    String councilA = goldPerson.get(a).substring(0, goldPerson.get(a).lastIndexOf(' '));
                    if (a.split(" ")[0].equals(b.split(" ")[0]) || !goldPerson.get(b).startsWith(councilA + " ")) {
                        continue;
                    }
                    boolean gold = goldPerson.get(a).equals(goldPerson.get(b));
                    boolean store = canonical.get(a).equals(canonical.get(b));
                    tp += gold && store ? 1 : 0;
                    fp += !gold && store ? 1 : 0;
                    fn += gold && !store ? 1 : 0;
                }
            }
            double f1 = 2.0 * tp / (2.0 * tp + fp + fn);
            assertTrue(found.size() > goldPerson.size() * 0.8, found.size() + " of " + goldPerson.size() + " gold mentions found");
            assertTrue(f1 >= 0.98, "identity F1 " + f1 + " (tp " + tp + ", fp " + fp + ", fn " + fn + ")");
        }
    }

    @Test
    void twoPeopleOfOneSurnameAtOneMeetingStayTwoAndEachIsOnePersonAcrossMeetings() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            Map<String, Node> canonical = IdentityStores.canonicalByMention(db.dataset());
            // St Weonards: Mrs Laura Williams and Richard Williams, both members, at every meeting
            // (people/J-st-weonards-parish-council-people.json).
            Node laura = canonical.get("J06.txt Mrs L Williams");
            Node richard = canonical.get("J06.txt Cllr R Williams");
            assertTrue(laura != null && richard != null, canonical.keySet().toString());
            assertNotEquals(laura, richard);
            assertEquals(richard, canonical.get("J06.txt Cllr Richard Williams"));
            assertEquals(laura, canonical.get("J10.txt Mrs Laura Williams"));
            assertEquals(richard, canonical.get("J10.txt Cllr Williams"), "the bare Cllr Williams of J10 is Richard: Laura is also named there");
            // And no two people of one document share a resolved person, anywhere in the store.
            DatasetGraph ds = db.dataset();
            Txn.executeRead(ds, () -> {
                try (QueryExec exec = QueryExec.dataset(ds).query(IdentityStores.PREFIXES + """
                        SELECT * WHERE { GRAPH ?g {
                          ?a cg:sourceDocument ?doc ; cg:mentionOf ?x ; cg:canonicalPerson ?p .
                          ?b cg:sourceDocument ?doc ; cg:mentionOf ?y ; cg:canonicalPerson ?p .
                          FILTER (?a != ?b) } }
                        """).build()) {
                    RowSet rows = exec.select();
                    assertFalse(rows.hasNext(), () -> rows.next().toString());
                }
            });
        }
    }

    @Test
    void aLinkCarriesItsEvidenceAndTheIdentityGraphsConformToTheShapes() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            DatasetGraph ds = db.dataset();
            Txn.executeRead(ds, () -> {
                try (QueryExec exec = QueryExec.dataset(ds).query(IdentityStores.PREFIXES + """
                        SELECT ?kind ?reason ?committee ?other WHERE { GRAPH ?g {
                          ?m cg:nameAsWritten "Cllr Dicks" ; cg:sourceDocument ?doc ; cg:matchKind ?kind ; cg:matchReason ?reason ;
                             cg:matchedWith ?other ; cg:sharedCommittee ?committee .
                          ?other cg:sourceDocument ?otherDoc . FILTER (?otherDoc != ?doc) } }
                        """).build()) {
                    RowSet rows = exec.select();
                    assertTrue(rows.hasNext(), "a linked mention of Cllr Dicks with the mention it was matched with and the shared committee");
                    var row = rows.next();
                    assertTrue(row.get("kind").getURI().startsWith(CG.NS + "match-"), row.toString());
                    assertFalse(row.get("reason").getLiteralLexicalForm().isBlank());
                    assertTrue(row.get("committee").getURI().contains("/weston-parish-council"), row.toString());
                }
                // The identity graphs, and the types of what they link to in the document graphs;
                // only the identity graphs' resources are judged here (the document graphs have their
                // own tests, and their union conforms to no shape: a council-wide person IRI has a
                // label in each document that names it).
                Graph union = GraphFactory.createDefaultGraph();
                Set<Node> judged = new HashSet<>();
                ds.listGraphNodes().forEachRemaining(g -> {
                    boolean identity = g.getURI().startsWith(CG.ID + "identity/");
                    ds.getGraph(g).find().forEachRemaining(t -> {
                        if (identity || t.getPredicate().equals(RDF.type.asNode())) {
                            union.add(t);
                        }
                        if (identity) {
                            judged.add(t.getSubject());
                        }
                    });
                });
                ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), union);
                List<String> problems = report.getEntries().stream().filter(e -> judged.contains(e.focusNode()))
                        .map(Object::toString).toList();
                assertTrue(judged.size() > 100, "the identity graphs describe their mentions and persons");
                assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
            });
        }
    }

    @Test
    void theDocumentedQueriesCountAResolvedPersonAcrossMeetings() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            DatasetGraph ds = db.dataset();
            Map<String, Integer> apologies = new HashMap<>();
            int[] mostMeetingsTogether = {0};
            Txn.executeRead(ds, () -> {
                try (QueryExec exec = QueryExec.dataset(ds).query(query("apologies-per-person")).build()) {
                    exec.select().forEachRemaining(r -> apologies.merge(r.get("name").getLiteralLexicalForm(),
                            ((Number) r.get("apologies").getLiteralValue()).intValue(), Integer::sum));
                }
                try (QueryExec exec = QueryExec.dataset(ds).query(query("co-attendance")).build()) {
                    exec.select().forEachRemaining(r -> mostMeetingsTogether[0] = Math.max(mostMeetingsTogether[0],
                            ((Number) r.get("meetings").getLiteralValue()).intValue()));
                }
            });
            assertTrue(apologies.values().stream().anyMatch(n -> n > 1), apologies.toString());
            assertTrue(mostMeetingsTogether[0] > 1, "pairs of members sit together at several meetings: " + mostMeetingsTogether[0]);
        }
    }

    @Test
    void theStoredListsComeHeaviestFirstPageAfterPage() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            List<Integer> apologies = column(db.dataset(), "apologies-per-person", "apologies");
            List<Integer> together = column(db.dataset(), "co-attendance", "meetings");
            assertTrue(apologies.stream().distinct().count() > 1 && together.stream().distinct().count() > 1,
                    "several weights: " + apologies + " " + together);
            assertEquals(apologies.stream().sorted(Comparator.reverseOrder()).toList(), apologies, "most apologies first");
            assertEquals(together.stream().sorted(Comparator.reverseOrder()).toList(), together, "most meetings together first");
        }
    }

    /** Column {@code variable} of every row of the documented query {@code name}, in the query's order. */
    private static List<Integer> column(DatasetGraph ds, String name, String variable) {
        Query all = QueryFactory.create(query(name));
        all.setLimit(Query.NOLIMIT);
        all.setOffset(Query.NOLIMIT);
        List<Integer> out = new ArrayList<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(all).build()) {
                exec.select().forEachRemaining(r -> out.add(((Number) r.get(variable).getLiteralValue()).intValue()));
            }
        });
        return out;
    }

    @Test
    void theCoAttendanceEdgesOfACouncilAreCountedAgainWhenItsDocumentsChangeAndAsAFreshLoadCountsThem() {
        List<String> all = IdentitySet.names();
        String last = all.get(all.size() - 1);
        try (CouncilDatabase grown = CouncilDatabase.open(folder.resolve("grown"));
                CouncilDatabase fresh = CouncilDatabase.open(folder.resolve("fresh"))) {
            IdentityStores.load(grown, all.subList(0, all.size() - 1));
            Map<Node, Graph> before = edges(grown.dataset());
            IdentityRefresh.Outcome added = IdentityStores.load(grown, List.of(last));
            assertEquals(1, added.resolved().size(), added.toString());
            Map<Node, Graph> after = edges(grown.dataset());
            IdentityStores.load(fresh, all);
            Map<Node, Graph> expected = edges(fresh.dataset());
            assertEquals(expected.keySet(), after.keySet());
            expected.forEach((g, edges) -> assertTrue(edges.isIsomorphicWith(after.get(g)), g + ": the edges of a fresh load"));
            Node changed = NodeFactory.createURI(CG.ID + "identity/" + added.resolved().get(0));
            assertTrue(after.get(changed).size() > 0, "the council's members sat together");
            before.forEach((g, edges) -> {
                if (!g.equals(changed)) {
                    assertTrue(edges.isIsomorphicWith(after.get(g)), g + ": a council whose documents did not change keeps its edges");
                }
            });
        }
    }

    /** The co-attendance edges of each identity graph. */
    private static Map<Node, Graph> edges(DatasetGraph ds) {
        Map<Node, Graph> out = new HashMap<>();
        IdentityStores.graphs(ds).forEach((g, content) -> {
            if (g.getURI().startsWith(CG.ID + "identity/")) {
                Graph edges = GraphFactory.createDefaultGraph();
                content.find(Node.ANY, CG.meetingsTogether, Node.ANY).forEachRemaining(w -> content.find(w.getSubject(), Node.ANY, Node.ANY)
                        .forEachRemaining(edges::add));
                out.put(g, edges);
            }
        });
        return out;
    }

    private static String query(String name) {
        try {
            return Files.readString(Path.of("..", "queries", name + ".rq"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
