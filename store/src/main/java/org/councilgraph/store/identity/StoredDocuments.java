package org.councilgraph.store.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.rdf.ResourceIris;
import org.councilgraph.ontology.CG;

/**
 * Finds the minutes documents of a store and the council each is scoped by, the way
 * {@code answers} reads it from a document's graph (the council of the committee that held the
 * meeting, or the council that held it). Documents whose council is unknown are listed apart: their
 * people are not resolved across documents. Callers hold a transaction.
 */
final class StoredDocuments {

    private static final String QUERY = """
            PREFIX cg:   <https://w3id.org/councilgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?g (MIN(?c) AS ?council) WHERE {
              GRAPH ?g {
                ?document cg:minutesOf ?meeting .
                OPTIONAL {
                  ?meeting cg:heldBy ?committee .
                  ?committee a cg:Committee .
                  OPTIONAL { ?committee cg:unitOf/rdfs:label ?parent }
                }
                OPTIONAL { ?meeting cg:heldBy ?body . ?body a cg:Council ; rdfs:label ?heldBy }
                BIND (COALESCE(?parent, ?heldBy) AS ?c)
              }
            }
            GROUP BY ?g
            """;

    private StoredDocuments() {
    }

    /**
     * The documents of a store: those with a known council by council slug, each list in graph
     * order, and those of no known council (council null) in graph order.
     */
    record Listing(Map<String, List<CouncilDocument>> byCouncil, List<CouncilDocument> withoutCouncil) {
    }

    /** The minutes documents of {@code dataset} under {@code base}. */
    static Listing list(DatasetGraph dataset, IriBase base) {
        Map<String, List<CouncilDocument>> out = new TreeMap<>();
        List<CouncilDocument> without = new ArrayList<>();
        String prefix = base.iri() + "document/";
        // The dataset's query time limit is the endpoint's, for callers; listing every document of a
        // large store may take longer, and a cancelled listing would stop the whole refresh.
        try (QueryExec exec = QueryExec.dataset(dataset).query(QUERY).overallTimeout(1, TimeUnit.DAYS).build()) {
            exec.select().forEachRemaining(row -> {
                Node graph = row.get("g");
                Node council = row.get("council");
                if (!graph.isURI() || !graph.getURI().startsWith(prefix)) {
                    return;
                }
                String key = graph.getURI().substring(prefix.length());
                if (key.isEmpty() || key.contains("/")) {
                    return;
                }
                if (council == null || !council.isLiteral()) {
                    without.add(new CouncilDocument(graph, key, null, digestOf(dataset, graph)));
                    return;
                }
                // Documents are grouped by the key of their council's name, so "Weston PC" and
                // "Weston Parish Council" are one council; the key stands for the name from here on.
                String name = ResolvedBodies.councilKey(council.getLiteralLexicalForm());
                out.computeIfAbsent(ResourceIris.slug(name), k -> new ArrayList<>())
                        .add(new CouncilDocument(graph, key, name, digestOf(dataset, graph)));
            });
        }
        out.values().forEach(list -> list.sort((a, b) -> a.graph().getURI().compareTo(b.graph().getURI())));
        without.sort((a, b) -> a.graph().getURI().compareTo(b.graph().getURI()));
        return new Listing(out, without);
    }

    private static String digestOf(DatasetGraph dataset, Node graph) {
        var it = dataset.find(Quad.defaultGraphIRI, graph, CG.contentSha256, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }
}
