package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * The apologies of each person of a set of documents: the number of distinct meetings at which an
 * attendance record of theirs has the status apologies, people counted as
 * {@link AttendancePeople} resolves them (the counting of {@code queries/apologies-per-person.rq}
 * before the counts were stored). Counted when the council's people are resolved, beside the
 * co-attendance edges, each count with its page-order key ({@link HeaviestFirst}).
 */
final class ApologyCounts {

    /** Meetings with apologies of each person, by IRI. */
    private final Map<String, Set<Node>> meetings = new TreeMap<>();
    private final Map<String, Node> nodes = new TreeMap<>();

    /** Adds the apologies of {@code content} (one document's graph), people resolved by {@code identity}'s mentions. */
    void add(Graph content, Graph identity) {
        AttendancePeople people = new AttendancePeople(identity);
        content.find(Node.ANY, CG.attendanceStatus, CG.statusApologies).forEachRemaining(status -> {
            Node attendance = status.getSubject();
            for (Node person : people.of(content, attendance)) {
                nodes.putIfAbsent(person.getURI(), person);
                meetings.computeIfAbsent(person.getURI(), p -> new HashSet<>()).addAll(AttendancePeople.meetings(content, attendance));
            }
        });
    }

    /** Writes each person's count to {@code target} as {@code prefix/apologies/{hash}}: the person, the meetings and the key. */
    int writeTo(Graph target, String prefix) {
        int written = 0;
        for (Map.Entry<String, Set<Node>> person : meetings.entrySet()) {
            if (person.getValue().isEmpty()) {
                continue;
            }
            Node count = NodeFactory.createURI(prefix + "/apologies/"
                    + SourceDocument.sha256Hex(person.getKey().getBytes(StandardCharsets.UTF_8)).substring(0, 16));
            int n = person.getValue().size();
            target.add(count, RDF.type.asNode(), CG.ApologyCount);
            target.add(count, CG.apologiesOf, nodes.get(person.getKey()));
            target.add(count, CG.meetingsWithApologies, NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger));
            target.add(count, CG.apologiesOrder, HeaviestFirst.key(n, person.getKey()));
            written++;
        }
        return written;
    }
}
