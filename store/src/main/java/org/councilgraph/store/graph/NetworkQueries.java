package org.councilgraph.store.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.councilgraph.ontology.CG;

/**
 * Computes networks from a database by SPARQL: one aggregating query for the edges (stopped one
 * row past the cap; the unfiltered co-attendance network from the edges {@code load} stored), then
 * one for the names, types and councils of their ends. Reads in a read
 * transaction of its own, so it serves the command line and the server alike.
 *
 * @param dataset  the database, with the union of the document graphs as its default graph
 * @param maxNodes the most nodes a network may have
 * @param maxEdges the most edges a network may have
 */
public record NetworkQueries(DatasetGraph dataset, int maxNodes, int maxEdges) {

    /** The caps used unless told otherwise: a few thousand people stay drawable. */
    public static final int DEFAULT_MAX_NODES = 5_000;
    public static final int DEFAULT_MAX_EDGES = 50_000;

    static final String PREFIXES = """
            PREFIX cg:   <%s>
            PREFIX rdf:  <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """.formatted(CG.NS);

    private static final String NODE_QUERY = PREFIXES + """
            SELECT ?node (SAMPLE(?class) AS ?type) (SAMPLE(?name) AS ?label) (SAMPLE(?councilName) AS ?council)
            WHERE {
              VALUES ?node { %s }
              OPTIONAL { ?node a ?class FILTER (STRSTARTS(STR(?class), STR(cg:)) && ?class != cg:Organisation) }
              OPTIONAL { ?node rdfs:label ?ownName }
              OPTIONAL { ?node cg:heading ?heading }
              OPTIONAL { ?node cg:heldBy/rdfs:label ?bodyName OPTIONAL { ?node cg:date ?date } }
              BIND (COALESCE(?ownName, ?heading, IF(BOUND(?date), CONCAT(?bodyName, " ", STR(?date)), ?bodyName)) AS ?name)
              OPTIONAL {
                { ?node cg:unitOf ?councilNode }
                UNION { ?node a cg:Council BIND (?node AS ?councilNode) }
                UNION { ?node cg:heldBy/cg:unitOf ?councilNode }
                UNION { ?meeting cg:agendaItem ?node ; cg:heldBy/cg:unitOf ?councilNode }
                UNION { ?attendance cg:attendee ?node ; cg:atMeeting/cg:heldBy/cg:unitOf ?councilNode }
                UNION { ?node cg:resolvedWithin ?councilNode }
                ?councilNode rdfs:label ?councilName
              }
            }
            GROUP BY ?node
            """;

    /** Caps of {@link #DEFAULT_MAX_NODES} and {@link #DEFAULT_MAX_EDGES}. */
    public static NetworkQueries of(DatasetGraph dataset) {
        return new NetworkQueries(dataset, DEFAULT_MAX_NODES, DEFAULT_MAX_EDGES);
    }

    /**
     * The {@code kind} network in {@code scope}.
     *
     * @throws NetworkTooLargeException when it passes a cap
     * @throws IllegalArgumentException when the scope does not suit the kind
     */
    public Network compute(NetworkKind kind, NetworkScope scope) {
        long limit = (long) maxEdges + 1;
        String counted = kind.edgeQuery(scope, limit);
        return Txn.calculateRead(dataset, () -> {
            // The edges load stored, where this network is theirs and the database has them (a
            // database never refreshed by load, e.g. changed by SPARQL update only, is counted).
            boolean stored = kind.readsStoredEdges(scope) && hasStoredEdges();
            List<NetworkEdge> edges = edges(stored ? NetworkKind.storedEdgeQuery(limit) : counted);
            if (edges.size() > maxEdges) {
                throw tooLarge(kind, "more than " + maxEdges + " edges");
            }
            Set<String> ends = new LinkedHashSet<>();
            edges.forEach(e -> {
                ends.add(e.source());
                ends.add(e.target());
            });
            if (ends.size() > maxNodes) {
                throw tooLarge(kind, ends.size() + " nodes, more than " + maxNodes);
            }
            return new Network(kind, nodes(ends), edges);
        });
    }

    private boolean hasStoredEdges() {
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(NetworkKind.storedEdgesExist()).build()) {
            return execution.execAsk();
        }
    }

    private List<NetworkEdge> edges(String query) {
        List<NetworkEdge> edges = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset)).query(query).build()) {
            ResultSet rows = execution.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                edges.add(new NetworkEdge(row.getResource("source").getURI(), row.getResource("target").getURI(),
                        row.getLiteral("weight").getLong(), text(row.get("relation"), "")));
            }
        }
        return edges;
    }

    private List<NetworkNode> nodes(Set<String> iris) {
        if (iris.isEmpty()) {
            return List.of();
        }
        String values = iris.stream().map(iri -> "<" + iri + ">").collect(Collectors.joining(" "));
        Map<String, NetworkNode> found = new LinkedHashMap<>();
        try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(dataset))
                .query(NODE_QUERY.formatted(values)).build()) {
            execution.execSelect().forEachRemaining(row -> {
                String iri = row.getResource("node").getURI();
                RDFNode type = row.get("type");
                // A resolved person is drawn and exported as the person it is (the views key colours on the type).
                String kind = type == null ? "Resource" : type.asResource().getLocalName().replace("ResolvedPerson", "Person");
                found.put(iri, new NetworkNode(iri, text(row.get("label"), lastSegment(iri)), kind, text(row.get("council"), "")));
            });
        }
        // Keep the order in which the edges met the nodes, so exports are stable.
        return iris.stream().map(iri -> found.getOrDefault(iri, new NetworkNode(iri, lastSegment(iri), "Resource", "")))
                .toList();
    }

    private static String text(RDFNode node, String otherwise) {
        return node == null ? otherwise : node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString();
    }

    private static String lastSegment(String iri) {
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#')) + 1);
    }

    private static NetworkTooLargeException tooLarge(NetworkKind kind, String what) {
        return new NetworkTooLargeException("the " + kind.id() + " network has " + what
                + "; narrow it with a council, a committee or a date range (--council, --committee, --from, --to)");
    }
}
