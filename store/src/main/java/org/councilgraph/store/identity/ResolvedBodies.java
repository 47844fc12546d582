package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.identity.BodyNameKeys;
import org.councilgraph.extract.rdf.ResourceIris;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * The councils and committees of one council's documents resolved across them, for its identity
 * graph: each committee named in a document (not one scoped by its document, named only by its
 * kind) joins the {@code cg:ResolvedCommittee} of its key ({@link BodyNameKeys}),
 * {@code committee/{council}/resolved/{key}}, and each document's council joins the council of
 * the identity graph, as does a committee whose name is the council's own meeting ("Full
 * Council", "Parish Council" of a parish council): that meeting is the council's, so it is one
 * body with the council, not a resolved committee beside it. Every such use is a
 * {@code cg:BodyMention} with the name as written and the readings that led to the key. Keys depend on names alone, so the IRIs do not change as
 * documents come and go; a resolved committee's label is its most written name (ties to the
 * least), so the same documents give the same graph in any order.
 */
final class ResolvedBodies {

    private static final BodyNameKeys KEYS = BodyNameKeys.standard();

    private ResolvedBodies() {
    }

    /** The resolved committee of key {@code key} in council {@code slug}. */
    static Node committeeIri(String slug, String key) {
        return NodeFactory.createURI(CG.ID + "committee/" + slug + "/resolved/" + ResourceIris.slug(key));
    }

    /** The key of a council's name, as identity graphs group documents by (its slug names the identity graph). */
    static String councilKey(String name) {
        return KEYS.council(name).key();
    }

    /** The body triples of council {@code slug}'s identity graph, whose council resource is {@code council}. */
    static Graph of(String slug, Node council, Map<String, DocumentPeople> documents) {
        Graph g = GraphFactory.createDefaultGraph();
        Map<Node, Map<String, Integer>> labels = new TreeMap<>(Comparator.comparing(Node::getURI));
        Set<Node> documentCouncils = new HashSet<>();
        String committeePrefix = CG.ID + "committee/document/";
        for (DocumentPeople d : documents.values()) {
            Graph content = d.content();
            for (Node body : d.bodies()) {
                String name = label(content, body);
                if (name == null) {
                    continue;
                }
                if (content.contains(body, RDF.type.asNode(), CG.Council)) {
                    documentCouncils.add(body);
                    mention(g, slug, d, body, name, council, KEYS.council(name).reason());
                    continue;
                }
                Node unit = first(content, body, CG.unitOf);
                if (!content.contains(body, RDF.type.asNode(), CG.Committee) || unit == null || body.getURI().startsWith(committeePrefix)) {
                    continue;
                }
                String councilName = label(content, unit);
                documentCouncils.add(unit);
                if (councilName != null) {
                    mention(g, slug, d, unit, councilName, council, KEYS.council(councilName).reason());
                }
                BodyNameKeys.Key key = KEYS.committee(name, councilName);
                if (key.councilsOwnMeeting()) {
                    // The council meeting as a whole is the council, not a committee of it.
                    mention(g, slug, d, body, name, council, key.reason());
                    continue;
                }
                Node resolved = committeeIri(slug, key.key());
                mention(g, slug, d, body, name, resolved, key.reason());
                labels.computeIfAbsent(resolved, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
            }
        }
        labels.forEach((resolved, names) -> {
            g.add(resolved, RDF.type.asNode(), CG.ResolvedCommittee);
            g.add(resolved, RDF.type.asNode(), CG.Committee);
            g.add(resolved, RDFS.label.asNode(), NodeFactory.createLiteralString(mostWritten(names)));
            g.add(resolved, CG.unitOf, council);
        });
        if (!documentCouncils.isEmpty() && !documentCouncils.contains(council)) {
            // No document names the council as its key spells it: the identity graph describes it.
            g.add(council, RDF.type.asNode(), CG.Council);
            g.add(council, RDFS.label.asNode(), NodeFactory.createLiteralString(councilLabel(g, council, documentCouncils)));
        }
        return g;
    }

    private static void mention(Graph g, String slug, DocumentPeople d, Node body, String name, Node canonical, String reason) {
        String hash = SourceDocument.sha256Hex(body.getURI().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        Node m = NodeFactory.createURI(CG.ID + "identity/" + slug + "/body/" + d.key() + "/" + hash);
        g.add(m, RDF.type.asNode(), CG.BodyMention);
        g.add(m, CG.mentionOfBody, body);
        g.add(m, CG.sourceDocument, d.graph());
        g.add(m, CG.nameAsWritten, NodeFactory.createLiteralString(name));
        g.add(m, CG.canonicalBody, canonical);
        g.add(m, CG.matchReason, NodeFactory.createLiteralString(reason));
    }

    /** The most written of the council's names among its mentions of a council (not those of its own meeting). */
    private static String councilLabel(Graph g, Node council, Set<Node> documentCouncils) {
        Map<String, Integer> names = new TreeMap<>();
        g.find(Node.ANY, CG.canonicalBody, council).filterKeep(t -> g.find(t.getSubject(), CG.mentionOfBody, Node.ANY)
                .filterKeep(b -> documentCouncils.contains(b.getObject())).hasNext())
                .forEachRemaining(t -> g.find(t.getSubject(), CG.nameAsWritten, Node.ANY)
                        .forEachRemaining(n -> names.merge(n.getObject().getLiteralLexicalForm(), 1, Integer::sum)));
        return mostWritten(names);
    }

    private static String mostWritten(Map<String, Integer> names) {
        return names.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    private static String label(Graph content, Node node) {
        return content.find(node, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst().orElse(null);
    }

    private static Node first(Graph content, Node s, Node p) {
        return content.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .min(Comparator.comparing(Node::getURI)).orElse(null);
    }
}
