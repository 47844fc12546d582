package org.councilgraph.store.identity;

import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.ontology.CG;

/**
 * What one document's graph says of its people that identity resolution records as evidence:
 * the names each person is written under, the bodies that held the meeting and the roles each
 * person holds. The graph's IRIs are under {@link CG#ID}.
 */
record DocumentPeople(String key, Node graph, Graph content) {

    /** Every name {@code person} is written under in the document's facts (attendance, declarations, posts, substitutions). */
    Set<String> writtenNames(Node person) {
        Set<String> names = new TreeSet<>();
        for (Node link : new Node[] {CG.attendee, CG.declarant, CG.holder}) {
            content.find(Node.ANY, link, person).forEachRemaining(t -> content.find(t.getSubject(), CG.nameAsWritten, Node.ANY)
                    .forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm())));
        }
        content.find(Node.ANY, CG.substituteFor, person).forEachRemaining(t -> content.find(t.getSubject(), CG.substituteForName, Node.ANY)
                .forEachRemaining(n -> names.add(n.getObject().getLiteralLexicalForm())));
        return names;
    }

    /** The bodies (committees or councils) that held the document's meeting. */
    Set<Node> bodies() {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        content.find(Node.ANY, CG.minutesOf, Node.ANY).forEachRemaining(m -> content.find(m.getObject(), CG.heldBy, Node.ANY)
                .mapWith(Triple::getObject).filterKeep(Node::isURI).forEachRemaining(out::add));
        return out;
    }

    /** The roles {@code person} holds in the document. */
    Set<Node> roles(Node person) {
        Set<Node> out = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        content.find(Node.ANY, CG.holder, person).forEachRemaining(t -> content.find(t.getSubject(), CG.role, Node.ANY)
                .mapWith(Triple::getObject).filterKeep(Node::isURI).forEachRemaining(out::add));
        return out;
    }

    /** The label of {@code node} (a person, a role) in the document, or null. */
    String label(Node node) {
        return first(node, RDFS.label.asNode());
    }

    /** The date of the document's meeting, {@code YYYY-MM-DD}, or null when the minutes give none with its year. */
    String meetingDate() {
        return content.find(Node.ANY, CG.minutesOf, Node.ANY).mapWith(Triple::getObject).toList().stream()
                .map(m -> first(m, CG.date)).filter(d -> d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")).sorted().findFirst().orElse(null);
    }

    /** The person's family name in the document, or null. */
    String familyName(Node person) {
        return first(person, CG.familyName);
    }

    private String first(Node s, Node p) {
        return content.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst().orElse(null);
    }
}
