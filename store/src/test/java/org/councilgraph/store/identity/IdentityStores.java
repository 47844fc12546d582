package org.councilgraph.store.identity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSource;

/** Loading the identity set into a store and reading back what its identity graphs say. */
final class IdentityStores {

    static final String PREFIXES = "PREFIX cg: <https://w3id.org/councilgraph/ontology#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

    private IdentityStores() {
    }

    static IdentityRefresh.Outcome load(CouncilDatabase db, List<String> names) {
        DocumentLoader loader = new DocumentLoader(db.dataset());
        for (DocumentSource s : IdentitySet.sources(names)) {
            loader.load(s);
        }
        return new IdentityRefresh(db.dataset(), IriBase.DEFAULT).refresh();
    }

    /** (document name, name as written) to the resolved person the store links it to. */
    static Map<String, Node> canonicalByMention(DatasetGraph ds) {
        Map<String, String> nameOfGraph = new HashMap<>();
        IdentitySet.names().forEach(n -> nameOfGraph.put(IdentitySet.graphOf(n).getURI(), n));
        Map<String, Node> out = new TreeMap<>();
        Txn.executeRead(ds, () -> {
            try (QueryExec exec = QueryExec.dataset(ds).query(PREFIXES + """
                    SELECT ?doc ?name ?person WHERE { GRAPH ?g {
                      ?m a cg:PersonMention ; cg:sourceDocument ?doc ; cg:nameAsWritten ?name ; cg:canonicalPerson ?person } }
                    """).build()) {
                exec.select().forEachRemaining(r -> out.put(nameOfGraph.get(r.get("doc").getURI()) + " " + r.get("name").getLiteralLexicalForm(),
                        r.get("person")));
            }
        });
        return out;
    }

    static Set<Node> difference(Set<Node> a, Set<Node> b) {
        Set<Node> d = new TreeSet<>((x, y) -> x.getURI().compareTo(y.getURI()));
        d.addAll(a);
        d.removeAll(b);
        return d;
    }

    static Set<Node> resolvedPersons(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            Set<Node> out = new HashSet<>();
            ds.find(Node.ANY, Node.ANY, RDF.type.asNode(), CG.ResolvedPerson)
                    .forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }

    static Map<Node, Graph> graphs(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            Map<Node, Graph> out = new HashMap<>();
            ds.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                ds.getGraph(g).find().forEachRemaining(copy::add);
                out.put(g, copy);
            });
            return out;
        });
    }
}
