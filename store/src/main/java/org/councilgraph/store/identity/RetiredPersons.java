package org.councilgraph.store.identity;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;

/**
 * What becomes of a council's resolved-person IRIs that a new resolution no longer mints, so
 * that IRIs once published keep resolving. A person's IRI changes when its founding mention
 * changes (minutes of an earlier meeting loaded later), when new evidence merges two persons or
 * splits one: the old IRI is then kept in the identity graph with {@code dcterms:isReplacedBy}
 * each resolved person its mentions now stand for, and with {@code owl:sameAs} as well when they
 * all stand for one (the same human under a new IRI; a split is no sameness). IRIs retired by
 * earlier resolutions are carried on, pointing at what their replacements became. An IRI whose
 * mentions are all gone (their documents removed) is dropped.
 */
final class RetiredPersons {

    private RetiredPersons() {
    }

    /** The retirement triples to add to {@code fresh}, the new identity graph, given {@code old}, the one it replaces. */
    static Graph of(Graph old, Graph fresh) {
        Set<Node> current = subjectsOfType(fresh, CG.ResolvedPerson);
        Map<Node, Node> personOfMention = new HashMap<>();
        fresh.find(Node.ANY, CG.canonicalPerson, Node.ANY).forEachRemaining(t -> personOfMention.put(t.getSubject(), t.getObject()));

        Map<Node, Set<Node>> replacements = new TreeMap<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Node person : subjectsOfType(old, CG.ResolvedPerson)) {
            if (current.contains(person)) {
                continue;
            }
            Set<Node> to = sorted();
            old.find(Node.ANY, CG.canonicalPerson, person).forEachRemaining(t -> {
                Node now = personOfMention.get(t.getSubject());
                if (now != null) {
                    to.add(now);
                }
            });
            replacements.put(person, to);
        }
        Map<Node, Set<Node>> earlier = new HashMap<>();
        old.find(Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY)
                .forEachRemaining(t -> earlier.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        earlier.forEach((retired, targets) -> {
            if (current.contains(retired)) {
                return;
            }
            Set<Node> to = sorted();
            for (Node target : targets) {
                if (current.contains(target)) {
                    to.add(target);
                } else {
                    to.addAll(replacements.getOrDefault(target, Set.of()));
                }
            }
            replacements.merge(retired, to, (a, b) -> {
                a.addAll(b);
                return a;
            });
        });

        Graph out = GraphFactory.createDefaultGraph();
        replacements.forEach((retired, to) -> {
            to.forEach(t -> out.add(Triple.create(retired, DCTerms.isReplacedBy.asNode(), t)));
            if (to.size() == 1) {
                out.add(Triple.create(retired, OWL.sameAs.asNode(), to.iterator().next()));
            }
        });
        return out;
    }

    private static Set<Node> subjectsOfType(Graph g, Node type) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static Set<Node> sorted() {
        return new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
    }
}
