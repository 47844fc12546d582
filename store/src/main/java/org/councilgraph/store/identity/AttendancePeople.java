package org.councilgraph.store.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.councilgraph.ontology.CG;

/**
 * The people an attendance record counts as, the way the documented queries count them: for each
 * of its attendees and names as written, the resolved persons its {@code cg:PersonMention} (same
 * person, document and name as written) stands for, or the attendee itself where none was
 * resolved (a document of no known council). Only IRIs count.
 */
final class AttendancePeople {

    private final Graph identity;

    /** @param identity the graph holding the mentions (empty for a document of no known council) */
    AttendancePeople(Graph identity) {
        this.identity = identity;
    }

    /** The people {@code attendance} of {@code content} (one document's graph) counts as. */
    Set<Node> of(Graph content, Node attendance) {
        Set<Node> out = new HashSet<>();
        List<Node> documents = objects(content, attendance, CG.sourceDocument);
        List<Node> written = objects(content, attendance, CG.nameAsWritten);
        for (Node attendee : objects(content, attendance, CG.attendee)) {
            for (Node document : documents) {
                for (Node name : written) {
                    Set<Node> resolved = resolved(attendee, document, name);
                    if (resolved.isEmpty() && attendee.isURI()) {
                        out.add(attendee);
                    }
                    resolved.stream().filter(Node::isURI).forEach(out::add);
                }
            }
        }
        return out;
    }

    private Set<Node> resolved(Node person, Node document, Node written) {
        Set<Node> out = new HashSet<>();
        identity.find(Node.ANY, CG.mentionOf, person).forEachRemaining(t -> {
            Node mention = t.getSubject();
            if (identity.contains(mention, CG.sourceDocument, document) && identity.contains(mention, CG.nameAsWritten, written)) {
                identity.find(mention, CG.canonicalPerson, Node.ANY).forEachRemaining(c -> out.add(c.getObject()));
            }
        });
        return out;
    }

    /** The meetings {@code attendance} was recorded at. */
    static List<Node> meetings(Graph content, Node attendance) {
        return objects(content, attendance, CG.atMeeting);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
