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
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * The co-attendance edges of a set of documents: every two people present (also as substitutes or
 * remotely) at a meeting, with the number of distinct meetings they share. People are counted as
 * {@link AttendancePeople} resolves them: the counting of {@code queries/co-attendance.rq} before
 * the edges were stored, done once when the council's people are resolved instead of at every
 * query. Each edge carries its page-order key ({@link HeaviestFirst}), heaviest first.
 */
final class CoAttendanceEdges {

    private static final Set<Node> PRESENT = Set.of(CG.statusPresent, CG.statusSubstitute, CG.statusRemote);

    /** Meetings of each pair, the pair's two IRIs in code point order. */
    private final Map<List<String>, Set<Node>> meetings = new TreeMap<>((a, b) -> {
        int c = a.get(0).compareTo(b.get(0));
        return c != 0 ? c : a.get(1).compareTo(b.get(1));
    });
    private final Map<String, Node> nodes = new HashMap<>();

    /** Adds the pairs of the meetings of {@code content} (one document's graph), people resolved by {@code identity}'s mentions. */
    void add(Graph content, Graph identity) {
        AttendancePeople people = new AttendancePeople(identity);
        Map<Node, Set<String>> present = new HashMap<>();
        content.find(Node.ANY, CG.attendanceStatus, Node.ANY).forEachRemaining(status -> {
            if (!PRESENT.contains(status.getObject())) {
                return;
            }
            Node attendance = status.getSubject();
            Set<String> iris = new TreeSet<>();
            people.of(content, attendance).forEach(p -> {
                nodes.putIfAbsent(p.getURI(), p);
                iris.add(p.getURI());
            });
            for (Node meeting : AttendancePeople.meetings(content, attendance)) {
                present.computeIfAbsent(meeting, m -> new TreeSet<>()).addAll(iris);
            }
        });
        present.forEach((meeting, iris) -> {
            List<String> sorted = new ArrayList<>(iris);
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    meetings.computeIfAbsent(List.of(sorted.get(i), sorted.get(j)), k -> new HashSet<>()).add(meeting);
                }
            }
        });
    }

    /**
     * Writes each edge to {@code target} as {@code prefix/co-attendance/{hash}}: its two people, its
     * meetings together and its page-order key.
     */
    int writeTo(Graph target, String prefix) {
        meetings.forEach((pair, shared) -> {
            String id = pair.get(0) + " " + pair.get(1);
            Node edge = NodeFactory.createURI(prefix + "/co-attendance/"
                    + SourceDocument.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
            target.add(edge, RDF.type.asNode(), CG.CoAttendance);
            target.add(edge, CG.coAttendee, nodes.get(pair.get(0)));
            target.add(edge, CG.coAttendee, nodes.get(pair.get(1)));
            target.add(edge, CG.meetingsTogether, NodeFactory.createLiteralDT(Integer.toString(shared.size()), XSDDatatype.XSDinteger));
            target.add(edge, CG.coAttendanceOrder, HeaviestFirst.key(shared.size(), id));
        });
        return meetings.size();
    }
}
