package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Committees and councils resolved across a council's documents: one resource per committee of one council, with evidence. */
class ResolvedCommitteesTest {

    private static final String COMMITTEES = IdentityStores.PREFIXES + """
            SELECT ?doc ?name ?canonical ?council ?reason WHERE { GRAPH ?g {
              ?m a cg:BodyMention ; cg:sourceDocument ?doc ; cg:nameAsWritten ?name ; cg:canonicalBody ?canonical ;
                 cg:matchReason ?reason .
              ?canonical a cg:ResolvedCommittee ; cg:unitOf ?council } }
            """;

    @TempDir
    Path folder;

    @Test
    void aCommitteeNamedAlikeInEveryDocumentIsOneResolvedCommitteeOfItsCouncil() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            List<Map<String, Node>> rows = rows(db.dataset(), COMMITTEES);
            Map<String, Node> byDocument = new HashMap<>();
            rows.forEach(r -> byDocument.put(name(r.get("doc")) + " " + r.get("name").getLiteralLexicalForm(), r.get("canonical")));
            // St Weonards writes "Ordinary meeting" (J07) and "Ordinary Meeting" (J09, J10): one body.
            Node ordinary = byDocument.get("J07.txt Ordinary meeting");
            assertEquals(CG.ID + "committee/st-weonards-parish-council/resolved/ordinary", ordinary.getURI(), byDocument.toString());
            assertEquals(ordinary, byDocument.get("J09.txt Ordinary Meeting"));
            assertEquals(ordinary, byDocument.get("J10.txt Ordinary Meeting"));
            assertFalse(byDocument.containsKey("J01.txt Parish Council"), "the council's own meeting is no resolved committee");
            // Every resolved committee belongs to one council, the council of every document naming it.
            Map<Node, Set<Node>> councils = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
            rows.forEach(r -> councils.computeIfAbsent(r.get("canonical"), k -> new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI())))
                    .add(r.get("council")));
            councils.forEach((committee, of) -> assertEquals(1, of.size(), committee + " " + of));
            councils.forEach((committee, of) -> assertTrue(committee.getURI().startsWith(CG.ID + "committee/"
                    + of.iterator().next().getURI().substring((CG.ID + "council/").length()) + "/resolved/"), committee.toString()));
        }
    }

    @Test
    void theCouncilsOwnMeetingIsTheCouncilItselfAndTheIriOnceMintedForItPointsToTheCouncil() {
        Node council = NodeFactory.createURI(CG.ID + "council/temple-cloud-with-cameley-parish-council");
        Node published = ResolvedBodies.committeeIri("temple-cloud-with-cameley-parish-council", "council");
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, List.of("J01.txt", "J02.txt"));
            // Temple Cloud's "Parish Council" (J01, J02) is the council's own meeting: the council.
            List<Map<String, Node>> own = rows(db.dataset(), IdentityStores.PREFIXES + """
                    SELECT ?doc ?canonical WHERE { GRAPH ?g {
                      ?m a cg:BodyMention ; cg:sourceDocument ?doc ; cg:nameAsWritten "Parish Council" ; cg:canonicalBody ?canonical } }
                    """);
            assertEquals(2, own.size(), own.toString());
            own.forEach(r -> assertEquals(council, r.get("canonical"), r.toString()));
            assertFalse(Txn.calculateRead(db.dataset(), () -> db.dataset().find(Node.ANY, published, Node.ANY, Node.ANY).hasNext()),
                    "no second body beside the council");

            // A store resolved before, where the meeting was a resolved committee beside the council:
            // the IRI then published is retired to the council when the council is resolved again.
            Node identity = IdentityGraph.iri("temple-cloud-with-cameley-parish-council");
            Txn.executeWrite(db.dataset(), () -> {
                DatasetGraph ds = db.dataset();
                List<Node> mentions = Iter.toList(ds.find(identity, Node.ANY, CG.nameAsWritten,
                        NodeFactory.createLiteralString("Parish Council"))).stream().map(q -> q.getSubject()).toList();
                mentions.forEach(m -> {
                    ds.delete(identity, m, CG.canonicalBody, council);
                    ds.add(identity, m, CG.canonicalBody, published);
                });
                ds.add(identity, published, RDF.type.asNode(), CG.ResolvedCommittee);
                ds.add(identity, published, CG.unitOf, council);
                ds.deleteAny(identity, identity, CG.sourcesDigest, Node.ANY);
            });
            new IdentityRefresh(db.dataset(), IriBase.DEFAULT).refresh();
            Txn.executeRead(db.dataset(), () -> {
                DatasetGraph ds = db.dataset();
                assertEquals(List.of(council), Iter.toList(ds.find(identity, published, DCTerms.isReplacedBy.asNode(), Node.ANY))
                        .stream().map(q -> q.getObject()).toList());
                assertTrue(ds.contains(identity, published, OWL.sameAs.asNode(), council));
                assertFalse(ds.contains(identity, published, RDF.type.asNode(), CG.ResolvedCommittee));
            });
        }
    }

    @Test
    void oneCommitteeNamedInThreeWaysIsOneResourceAndAnotherCouncilsIsNot() {
        // Real Weston minutes given three spellings of one committee (metadata wins over the text),
        // and real St Weonards minutes given the same name.
        Map<String, String> committees = new TreeMap<>(Map.of(
                "J12.txt", "Planning Committee", "J13.txt", "Planning Cttee",
                "J14.txt", "the Planning Committee of Weston Parish Council", "J07.txt", "Planning Committee"));
        Map<String, String> councils = Map.of("J12.txt", "Weston Parish Council", "J13.txt", "Weston Parish Council",
                "J14.txt", "Weston Parish Council", "J07.txt", "St Weonards Parish Council");
        List<String> order = new ArrayList<>(committees.keySet());
        Map<String, ExtractedMinutes> extracted = extract(committees, councils);
        Graph forward;
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("a"))) {
            load(db, order, extracted);
            Map<String, Node> canonical = new HashMap<>();
            Map<String, String> reasons = new HashMap<>();
            rows(db.dataset(), COMMITTEES).forEach(r -> {
                canonical.put(name(r.get("doc")), r.get("canonical"));
                reasons.put(name(r.get("doc")), r.get("reason").getLiteralLexicalForm());
            });
            Node planning = canonical.get("J12.txt");
            assertEquals(CG.ID + "committee/weston-parish-council/resolved/planning-committee", planning.getURI());
            assertEquals(planning, canonical.get("J13.txt"));
            assertEquals(planning, canonical.get("J14.txt"));
            assertNotEquals(planning, canonical.get("J07.txt"), "another council's committee of the same name is another body");
            assertTrue(canonical.get("J07.txt").getURI().contains("/st-weonards-parish-council/"), canonical.toString());
            assertTrue(reasons.get("J13.txt").contains("'cttee' read as 'committee'"), reasons.get("J13.txt"));
            assertTrue(reasons.get("J14.txt").contains("'of weston parish council' left out"), reasons.get("J14.txt"));
            assertFalse(rows(db.dataset(), IdentityStores.PREFIXES + """
                    SELECT * WHERE { GRAPH ?g { ?c a cg:ResolvedCommittee ; cg:unitOf ?a , ?b FILTER (?a != ?b) } }
                    """).iterator().hasNext(), "a resolved committee of two councils");
            forward = IdentityStores.graphs(db.dataset()).get(IdentityGraph.iri("weston-parish-council"));
        }
        Collections.reverse(order);
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("b"))) {
            load(db, order, extracted);
            assertTrue(forward.isIsomorphicWith(IdentityStores.graphs(db.dataset()).get(IdentityGraph.iri("weston-parish-council"))),
                    "the same documents in the other order give the same identity graph");
        }
    }

    private static Map<String, ExtractedMinutes> extract(Map<String, String> committees, Map<String, String> councils) {
        MinutesReader reader = new MinutesReader();
        MinutesExtractor extractor = new MinutesExtractor();
        Map<String, ExtractedMinutes> out = new HashMap<>();
        committees.forEach((file, committee) -> {
            try {
                out.put(file, extractor.extract(reader.read(IdentitySet.FOLDER.resolve(file),
                        new DocumentMetadata(councils.get(file), committee, null, null))));
            } catch (DocumentException e) {
                throw new IllegalStateException(file + " no longer extracts: " + e.getMessage(), e);
            }
        });
        return out;
    }

    private static void load(CouncilDatabase db, List<String> order, Map<String, ExtractedMinutes> extracted) {
        DocumentLoader loader = new DocumentLoader(db.dataset());
        order.forEach(f -> loader.load(DocumentSources.minutes(IdentitySet.FOLDER.resolve(f), extracted.get(f))));
        new IdentityRefresh(db.dataset(), IriBase.DEFAULT).refresh();
    }

    /** The identity-set file name of a document graph, or its IRI when it is none of them. */
    private static String name(Node document) {
        for (String n : IdentitySet.names()) {
            if (IdentitySet.graphOf(n).equals(document)) {
                return n;
            }
        }
        return document.getURI();
    }

    private static List<Map<String, Node>> rows(DatasetGraph ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<Map<String, Node>> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                exec.select().forEachRemaining(b -> {
                    Map<String, Node> row = new HashMap<>();
                    b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                    out.add(row);
                });
            }
            return out;
        });
    }
}
