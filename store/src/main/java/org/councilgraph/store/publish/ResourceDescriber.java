package org.councilgraph.store.publish;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the server says about one resource: its own triples, the triples that point at it (a
 * person's attendances, declarations and posts), and a short summary of each resource on the
 * other end of those links (type, label, date, meeting, evidence with its quote), so that a page
 * or a client can show them without asking again. Computed with SPARQL over the document graphs
 * (never the store's own default graph, which holds the load record), and bounded: at most
 * {@value #LIMIT} triples each way and {@value #MAX_NEIGHBOURS} neighbours summarised per round.
 */
public final class ResourceDescriber {

    static final int LIMIT = 2000;
    static final int MAX_NEIGHBOURS = 1000;
    private static final int ROUNDS = 3;

    private static final String OUTBOUND = "CONSTRUCT { ?x ?p ?o } WHERE { GRAPH ?g { ?x ?p ?o } } LIMIT " + LIMIT;
    private static final String INBOUND = "CONSTRUCT { ?s ?p ?x } WHERE { GRAPH ?g { ?s ?p ?x } } LIMIT " + LIMIT;
    private static final String SUMMARY_PROPERTIES = String.join(" ",
            "rdf:type", "rdfs:label", "cg:heading", "cg:itemNumber", "cg:date", "cg:dateWithoutYear", "cg:heldBy",
            "cg:atMeeting", "cg:decidedAt", "cg:attendanceStatus", "cg:attendee", "cg:holder", "cg:role",
            "cg:organisation", "cg:declarant", "cg:evidence", "cg:quote", "cg:start", "cg:end", "cg:inDocument");
    private static final String PREFIXES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "PREFIX cg: <https://w3id.org/councilgraph/ontology#>\n";

    private final DatasetGraph dataset;

    public ResourceDescriber(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The description of {@code resource}; empty when no document graph mentions it. */
    public Graph describe(Node resource) {
        return Txn.calculateRead(dataset, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            construct(OUTBOUND, resource, out);
            construct(INBOUND, resource, out);
            if (out.isEmpty()) {
                return out;
            }
            Set<Node> seen = new LinkedHashSet<>();
            seen.add(resource);
            Set<Node> frontier = neighbours(out.find().toList(), seen);
            for (int round = 0; round < ROUNDS && !frontier.isEmpty(); round++) {
                seen.addAll(frontier);
                Graph summary = summarise(frontier);
                summary.find().forEachRemaining(out::add);
                frontier = neighbours(summary.find().toList(), seen);
            }
            return out;
        });
    }

    /** True when some graph has {@code resource} as a subject or object. */
    /** A resource that replaces a retired one, with its label (null when it has none). */
    public record Successor(Node iri, String label) {
    }

    /**
     * The resources that replace {@code resource} ({@code dcterms:isReplacedBy} in any graph: a
     * resolved person's IRI retired by a later resolution), in IRI order; empty when it is not retired.
     */
    public List<Successor> successors(Node resource) {
        return Txn.calculateRead(dataset, () -> Iter.toList(dataset.find(Node.ANY, resource, DCTerms.isReplacedBy.asNode(), Node.ANY)).stream()
                .map(Quad::getObject).filter(Node::isURI).distinct().sorted(Comparator.comparing(Node::getURI))
                .map(s -> new Successor(s, Iter.toList(dataset.find(Node.ANY, s, RDFS.label.asNode(), Node.ANY)).stream()
                        .map(Quad::getObject).filter(Node::isLiteral).map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null)))
                .toList());
    }

    public boolean isKnown(Node resource) {
        return Txn.calculateRead(dataset, () -> dataset.find(Node.ANY, resource, Node.ANY, Node.ANY).hasNext()
                || dataset.find(Node.ANY, Node.ANY, Node.ANY, resource).hasNext());
    }

    private void construct(String query, Node resource, Graph into) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).substitution("x", resource).build()) {
            exec.construct(into);
        }
    }

    private Graph summarise(Set<Node> nodes) {
        String values = nodes.stream().map(FmtUtils::stringForNode).collect(Collectors.joining(" "));
        String query = PREFIXES + "CONSTRUCT { ?n ?p ?o } WHERE { VALUES ?n { " + values + " } VALUES ?p { "
                + SUMMARY_PROPERTIES + " } GRAPH ?g { ?n ?p ?o } }";
        Graph summary = GraphFactory.createDefaultGraph();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            exec.construct(summary);
        }
        return summary;
    }

    /** The IRIs at the far end of {@code triples} not yet seen (classes excepted), at most {@value #MAX_NEIGHBOURS}. */
    private static Set<Node> neighbours(List<Triple> triples, Set<Node> seen) {
        Set<Node> next = new LinkedHashSet<>();
        for (Triple t : triples) {
            for (Node n : List.of(t.getSubject(), t.getObject())) {
                boolean isClass = n == t.getObject() && t.getPredicate().equals(RDF.type.asNode());
                if (n.isURI() && !isClass && !seen.contains(n) && next.size() < MAX_NEIGHBOURS) {
                    next.add(n);
                }
            }
        }
        return next;
    }
}
