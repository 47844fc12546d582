package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * The co-attendance edges of a set of documents: every two people present (also as substitutes or
 * remotely) at a meeting, with the number of distinct meetings they share. A person is the
 * resolved person its mention stands for (the fact's person, document and name as written joined
 * to a {@code cg:PersonMention}), or the document's person where none was resolved: the counting
 * of {@code queries/co-attendance.rq} before the edges were stored, done once when the council's
 * people are resolved instead of at every query.
 */
final class CoAttendanceEdges {

    private static final Set<Node> PRESENT = Set.of(NodeFactory.createURI(CG.NS + "status-present"),
            NodeFactory.createURI(CG.NS + "status-substitute"), NodeFactory.createURI(CG.NS + "status-remote"));

    /** Meetings of each pair, the pair's two IRIs in code point order. */
    private final Map<List<String>, Set<Node>> meetings = new TreeMap<>((a, b) -> {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    });
    private final Map<String, Node> nodes = new HashMap<>();

    /** Adds the pairs of the meetings of {@code content} (one document's graph), people resolved by {@code identity}'s mentions. */
    void add(Graph content, Graph identity) {
        Map<Node, Set<String>> present = new HashMap<>();
        content.find(Node.ANY, CG.attendanceStatus, Node.ANY).forEachRemaining(status -> {
            if (!PRESENT.contains(status.getObject())) {
                return;
            }
            Node attendance = status.getSubject();
            Set<String> people = people(content, identity, attendance);
            for (Triple at : content.find(attendance, CG.atMeeting, Node.ANY).toList()) {
                present.computeIfAbsent(at.getObject(), m -> new TreeSet<>()).addAll(people);
            }
        });
        present.forEach((meeting, people) -> {
            List<String> sorted = new ArrayList<>(people);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    meetings.computeIfAbsent(List.of(sorted.get(i), sorted.get(j)), k -> new HashSet<>()).add(meeting);
                }
            }
        });
    }

    /** The people an attendance counts as: for each of its attendees and names as written, the resolved persons, or the attendee. */
    private Set<String> people(Graph content, Graph identity, Node attendance) {
        Set<String> out = new HashSet<>();
        List<Node> documents = objects(content, attendance, CG.sourceDocument);
        List<Node> written = objects(content, attendance, CG.nameAsWritten);
        for (Node attendee : objects(content, attendance, CG.attendee)) {
            for (Node document : documents) {
                for (Node name : written) {
                    Set<Node> resolved = resolved(identity, attendee, document, name);
                    if (resolved.isEmpty()) {
                        remember(out, attendee);
                    }
                    resolved.forEach(r -> remember(out, r));
                }
            }
        }
        return out;
    }

    private static Set<Node> resolved(Graph identity, Node person, Node document, Node written) {
        Set<Node> out = new HashSet<>();
        identity.find(Node.ANY, CG.mentionOf, person).forEachRemaining(t -> {
            Node mention = t.getSubject();
            if (identity.contains(mention, CG.sourceDocument, document) && identity.contains(mention, CG.nameAsWritten, written)) {
                identity.find(mention, CG.canonicalPerson, Node.ANY).forEachRemaining(c -> out.add(c.getObject()));
            }
        });
        return out;
    }

    private void remember(Set<String> out, Node person) {
        if (person.isURI()) {
            nodes.putIfAbsent(person.getURI(), person);
            out.add(person.getURI());
        }
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }

    /** Writes each edge to {@code target} as {@code prefix/co-attendance/{hash}}: its two people and its meetings together. */
    int writeTo(Graph target, String prefix) {
        meetings.forEach((pair, shared) -> {
            String id = pair.get(0) + " " + pair.get(1);
            Node edge = NodeFactory.createURI(prefix + "/co-attendance/"
                    + SourceDocument.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
            target.add(edge, RDF.type.asNode(), CG.CoAttendance);
            target.add(edge, CG.coAttendee, nodes.get(pair.get(0)));
            target.add(edge, CG.coAttendee, nodes.get(pair.get(1)));
            target.add(edge, CG.meetingsTogether, NodeFactory.createLiteralDT(Integer.toString(shared.size()), XSDDatatype.XSDinteger));
        });
        return meetings.size();
    }
}
