package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.identity.PersonMention;
import org.councilgraph.extract.identity.PersonMentions;
import org.councilgraph.extract.identity.PersonResolution;
import org.councilgraph.extract.identity.PersonResolver;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * Keeps a store's identity graphs, one per council, in step with its document graphs: a step run
 * after documents are loaded. A council is resolved again only when the documents it holds, or
 * their files' digests, differ from those its identity graph was made from, so loading one
 * document re-resolves its council and no other; a council left with no documents loses its
 * identity graph. The identity graphs are replaced in one write transaction, so readers see the
 * old resolution or the new one, never a mixture; a run that stopped between a document's load
 * and the resolution is caught up by the next run, which finds the council's digest changed.
 * Resolved-person, resolved-committee and tenure IRIs the new resolution no longer mints are kept as pointers to their
 * replacements ({@link RetiredIris}).
 */
public final class IdentityRefresh {

    /**
     * What identity graphs hold: 2 adds the co-attendance edges, 3 their page-order keys and the apology
     * counts, 4 makes the council's own meeting the council and one post of a post's spellings.
     */
    private static final String GRAPH_VERSION = "identity graph 4";
    /** Where the co-attendance edges of a document of no known council are kept: {@code identity/document/{key}}. */
    private static final String UNRESOLVED = "identity/document/";

    private final DatasetGraph dataset;
    private final IriBase base;
    private final PersonResolver resolver = new PersonResolver();

    /** @param dataset the store; @param base the base its documents' IRIs were published under */
    public IdentityRefresh(DatasetGraph dataset, IriBase base) {
        this.dataset = dataset;
        this.base = base;
    }

    /** What a refresh did: the councils resolved again, those whose identity graph was dropped, and the resolved persons written. */
    public record Outcome(List<String> resolved, List<String> dropped, int persons) {
    }

    /** Resolves again every council whose documents changed since its identity graph was made, in one write transaction. */
    public Outcome refresh() {
        return Txn.calculateWrite(dataset, () -> {
            StoredDocuments.Listing listing = StoredDocuments.list(dataset, base);
            Map<String, List<CouncilDocument>> councils = listing.byCouncil();
            List<String> resolved = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            int persons = 0;
            for (String council : identityCouncils()) {
                if (!councils.containsKey(council)) {
                    dataset.deleteAny(graphOf(council), Node.ANY, Node.ANY, Node.ANY);
                    dropped.add(council);
                }
            }
            for (Map.Entry<String, List<CouncilDocument>> council : councils.entrySet()) {
                String digest = digest(council.getValue());
                Node graph = graphOf(council.getKey());
                if (dataset.contains(graph, graph, CG.sourcesDigest, NodeFactory.createLiteralString(digest))) {
                    continue;
                }
                Graph identity = resolve(council.getKey(), council.getValue(), digest);
                RetiredIris.of(unbased(dataset.getGraph(graph)), identity).find().forEachRemaining(identity::add);
                replace(graph, identity);
                persons += identity.find(Node.ANY, RDF.type.asNode(), CG.ResolvedPerson).toList().size();
                resolved.add(council.getKey());
            }
            refreshUnresolved(listing.withoutCouncil());
            return new Outcome(resolved, dropped, persons);
        });
    }

    private Graph resolve(String slug, List<CouncilDocument> documents, String digest) {
        Map<String, DocumentPeople> people = new LinkedHashMap<>();
        List<PersonMention> mentions = new ArrayList<>();
        List<Graph> contents = new ArrayList<>();
        for (CouncilDocument d : documents) {
            Graph content = unbased(dataset.getGraph(d.graph()));
            contents.add(content);
            DocumentPeople doc = new DocumentPeople(d.key(), unbase(d.graph()), content);
            people.put(d.key(), doc);
            mentions.addAll(PersonMentions.of(d.key(), d.council(), content));
        }
        PersonResolution resolution = resolver.resolve(mentions);
        Graph identity = IdentityGraph.build(slug, documents.get(0).council(), people, resolution, digest);
        // Co-attendance and apologies count resolved persons, so they change exactly when the resolution does.
        CoAttendanceEdges edges = new CoAttendanceEdges();
        ApologyCounts apologies = new ApologyCounts();
        contents.forEach(content -> {
            edges.add(content, identity);
            apologies.add(content, identity);
        });
        edges.writeTo(identity, IdentityGraph.iri(slug).getURI());
        apologies.writeTo(identity, IdentityGraph.iri(slug).getURI());
        return identity;
    }

    /**
     * Keeps the co-attendance edges and apology counts of each document of no known council, whose people are not
     * resolved, in a graph of its own ({@code identity/document/{key}}), made again when the
     * document's file changes and dropped when the document goes or gains a council.
     */
    private void refreshUnresolved(List<CouncilDocument> documents) {
        Set<Node> kept = new HashSet<>();
        for (CouncilDocument d : documents) {
            Node graph = base.rebase(unresolvedGraph(d.key()));
            kept.add(graph);
            Node digest = NodeFactory.createLiteralString(digest(List.of(d)));
            if (dataset.contains(graph, graph, CG.sourcesDigest, digest)) {
                continue;
            }
            Graph edgesGraph = GraphFactory.createDefaultGraph();
            Node self = unresolvedGraph(d.key());
            edgesGraph.add(self, CG.resolvedDocument, unbase(d.graph()));
            edgesGraph.add(self, CG.sourcesDigest, digest);
            Graph content = unbased(dataset.getGraph(d.graph()));
            CoAttendanceEdges edges = new CoAttendanceEdges();
            edges.add(content, GraphFactory.createDefaultGraph());
            edges.writeTo(edgesGraph, self.getURI());
            ApologyCounts apologies = new ApologyCounts();
            apologies.add(content, GraphFactory.createDefaultGraph());
            apologies.writeTo(edgesGraph, self.getURI());
            replace(graph, edgesGraph);
        }
        String prefix = base.iri() + UNRESOLVED;
        List<Node> gone = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graph -> {
            if (graph.isURI() && graph.getURI().startsWith(prefix) && !kept.contains(graph)) {
                gone.add(graph);
            }
        });
        gone.forEach(graph -> dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
    }

    private static Node unresolvedGraph(String key) {
        return NodeFactory.createURI(CG.ID + UNRESOLVED + key);
    }

    /** Replaces the quads of {@code graph} with {@code content}, its IRIs moved under the base. */
    private void replace(Node graph, Graph content) {
        dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        content.find().forEachRemaining(t -> dataset.add(graph, base.rebase(t.getSubject()), t.getPredicate(),
                base.rebase(t.getObject())));
    }

    /** The councils that have an identity graph in the store. */
    private List<String> identityCouncils() {
        String prefix = base.iri() + "identity/";
        List<String> out = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(prefix) && !g.getURI().substring(prefix.length()).contains("/")) {
                out.add(g.getURI().substring(prefix.length()));
            }
        });
        return out;
    }

    private Node graphOf(String slug) {
        return base.rebase(IdentityGraph.iri(slug));
    }

    /**
     * SHA-256 of the council's documents, each with the digest of the file it was loaded from, in
     * graph order, and of the version of what an identity graph holds, so a store made before
     * the co-attendance edges is resolved again once.
     */
    private static String digest(List<CouncilDocument> documents) {
        TreeSet<String> lines = new TreeSet<>();
        lines.add(GRAPH_VERSION);
        documents.forEach(d -> lines.add(d.graph().getURI() + " " + d.fileDigest()));
        return SourceDocument.sha256Hex(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    /** A copy of {@code graph} with its IRIs moved from the base back under {@link CG#ID}, so resolution does not depend on the base. */
    private Graph unbased(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> copy.add(Triple.create(unbase(t.getSubject()), t.getPredicate(), unbase(t.getObject()))));
        return copy;
    }

    private Node unbase(Node node) {
        if (base.isDefault() || !base.covers(node)) {
            return node;
        }
        return NodeFactory.createURI(CG.ID + base.pathOf(node));
    }
}
