package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.identity.PersonMention;
import org.councilgraph.extract.identity.PersonResolution;
import org.councilgraph.extract.rdf.ResourceIris;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * The identity graph of one council, {@code identity/{council}}: the resolution resource (the
 * council, the documents resolved and their digest), every resolved person and every person
 * mention with its canonical person and, when linked, its evidence, and the council's resolved
 * committees ({@link ResolvedBodies}) and the posts its persons held over time ({@link RoleTenures}). Built in memory from the
 * resolution of the council's documents, with IRIs under {@link CG#ID}; the same documents give
 * the same graph.
 */
final class IdentityGraph {

    private IdentityGraph() {
    }

    /** The graph (and resolution resource) of council {@code slug}: {@code identity/{slug}}. */
    static Node iri(String slug) {
        return NodeFactory.createURI(CG.ID + "identity/" + slug);
    }

    /**
     * A mention: {@code identity/{council}/mention/{document key}/{hash}}, the hash twelve hex
     * digits of the person's IRI and the names the mention stands for (when it stands for some only).
     */
    static Node mentionIri(String slug, PersonMention m) {
        String id = m.person().getURI() + " " + String.join("|", new TreeSet<>(m.names()));
        return NodeFactory.createURI(CG.ID + "identity/" + slug + "/mention/" + m.document() + "/"
                + SourceDocument.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
    }

    /** The identity graph of council {@code slug} (named {@code councilName}) from its documents and their resolution. */
    static Graph build(String slug, String councilName, Map<String, DocumentPeople> documents, PersonResolution resolution,
            String sourcesDigest) {
        Graph g = GraphFactory.createDefaultGraph();
        Node self = iri(slug);
        Node council = new ResourceIris("x", null).council(councilName);
        g.add(self, RDF.type.asNode(), CG.IdentityResolution);
        g.add(self, CG.resolvedWithin, council);
        documents.values().forEach(d -> g.add(self, CG.resolvedDocument, d.graph()));
        g.add(self, CG.sourcesDigest, NodeFactory.createLiteralString(sourcesDigest));
        Graph bodies = ResolvedBodies.of(slug, council, documents);
        bodies.find().forEachRemaining(g::add);
        RoleTenures.of(slug, council, documents, resolution, bodies).find().forEachRemaining(g::add);

        Map<PersonMention, PersonResolution.Link> links = new HashMap<>();
        resolution.links().forEach(l -> links.put(l.of(), l));
        Map<String, Set<String>> split = new HashMap<>();
        resolution.persons().forEach(p -> p.members().stream().filter(m -> !m.names().isEmpty())
                .forEach(m -> split.computeIfAbsent(m.document() + " " + m.person().getURI(), k -> new HashSet<>()).addAll(m.names())));
        for (PersonResolution.Person person : resolution.persons()) {
            if (!person.council().equals(slug)) {
                continue;
            }
            Node p = person.iri();
            g.add(p, RDF.type.asNode(), CG.ResolvedPerson);
            g.add(p, RDFS.label.asNode(), NodeFactory.createLiteralString(label(person, documents)));
            PersonMention rep = person.members().get(0);
            String family = documents.get(rep.document()).familyName(rep.person());
            g.add(p, CG.familyName, NodeFactory.createLiteralString(family == null ? rep.family() : family));
            g.add(p, CG.resolvedWithin, council);
            g.add(p, CG.foundedBy, mentionIri(slug, person.founder()));
            for (PersonMention m : person.members()) {
                writeMention(g, slug, m, p, person.ambiguous(), links.get(m), documents, split);
            }
        }
        return g;
    }

    private static void writeMention(Graph g, String slug, PersonMention m, Node canonical, boolean ambiguous,
            PersonResolution.Link link, Map<String, DocumentPeople> documents, Map<String, Set<String>> split) {
        DocumentPeople doc = documents.get(m.document());
        Node node = mentionIri(slug, m);
        g.add(node, RDF.type.asNode(), CG.PersonMention);
        g.add(node, CG.mentionOf, m.person());
        g.add(node, CG.sourceDocument, documents.get(m.document()).graph());
        g.add(node, CG.canonicalPerson, canonical);
        for (String name : names(m, documents, split)) {
            g.add(node, CG.nameAsWritten, NodeFactory.createLiteralString(name));
        }
        if (ambiguous) {
            g.add(node, CG.leftUnlinked, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        }
        if (link == null) {
            return;
        }
        PersonMention other = link.matchedWith();
        DocumentPeople otherDoc = documents.get(other.document());
        g.add(node, CG.matchedWith, mentionIri(slug, other));
        g.add(node, CG.matchKind, NodeFactory.createURI(CG.NS + link.match().kind().concept()));
        g.add(node, CG.matchReason, NodeFactory.createLiteralString(link.match().reason()));
        Set<Node> bodies = new HashSet<>(doc.bodies());
        bodies.retainAll(otherDoc.bodies());
        bodies.forEach(b -> g.add(node, CG.sharedCommittee, b));
        Set<Node> roles = new HashSet<>(doc.roles(m.person()));
        roles.retainAll(otherDoc.roles(other.person()));
        roles.forEach(r -> g.add(node, CG.sharedRole, r));
    }

    /**
     * The names a mention stands for: its own, when the document took two people for one; else
     * every name its person is written under in the document, less those another mention of the
     * same person stands for.
     */
    private static Set<String> names(PersonMention m, Map<String, DocumentPeople> documents, Map<String, Set<String>> split) {
        if (!m.names().isEmpty()) {
            return new TreeSet<>(m.names());
        }
        Set<String> names = documents.get(m.document()).writtenNames(m.person());
        names.removeAll(split.getOrDefault(m.document() + " " + m.person().getURI(), Set.of()));
        return names;
    }

    /** The label of a resolved person: its fullest-named mention's, or the first name a names-only mention stands for. */
    private static String label(PersonResolution.Person person, Map<String, DocumentPeople> documents) {
        for (PersonMention m : person.members()) {
            if (m.names().isEmpty()) {
                String label = documents.get(m.document()).label(m.person());
                if (label != null) {
                    return label;
                }
            }
        }
        List<String> names = person.members().get(0).names().stream().sorted().toList();
        return names.isEmpty() ? person.members().get(0).family() : names.get(0);
    }
}
