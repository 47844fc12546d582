package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Resolved-person IRIs the new resolution no longer mints are kept as pointers to their
 * replacements ({@link RetiredPersons}).
 */
public final class IdentityRefresh {

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
            Map<String, List<CouncilDocument>> councils = StoredDocuments.byCouncil(dataset, base);
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
                RetiredPersons.of(unbased(dataset.getGraph(graph)), identity).find().forEachRemaining(identity::add);
                dataset.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                identity.find().forEachRemaining(t -> dataset.add(graph, base.rebase(t.getSubject()), t.getPredicate(),
                        base.rebase(t.getObject())));
                persons += identity.find(Node.ANY, RDF.type.asNode(), CG.ResolvedPerson).toList().size();
                resolved.add(council.getKey());
            }
            return new Outcome(resolved, dropped, persons);
        });
    }

    private Graph resolve(String slug, List<CouncilDocument> documents, String digest) {
        Map<String, DocumentPeople> people = new LinkedHashMap<>();
        List<PersonMention> mentions = new ArrayList<>();
        for (CouncilDocument d : documents) {
            Graph content = unbased(dataset.getGraph(d.graph()));
            DocumentPeople doc = new DocumentPeople(d.key(), unbase(d.graph()), content);
            people.put(d.key(), doc);
            mentions.addAll(PersonMentions.of(d.key(), d.council(), content));
        }
        PersonResolution resolution = resolver.resolve(mentions);
        return IdentityGraph.build(slug, documents.get(0).council(), people, resolution, digest);
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

    /** SHA-256 of the council's documents, each with the digest of the file it was loaded from, in graph order. */
    private static String digest(List<CouncilDocument> documents) {
        TreeSet<String> lines = new TreeSet<>();
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
