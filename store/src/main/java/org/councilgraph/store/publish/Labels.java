package org.councilgraph.store.publish;

import java.util.Comparator;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.ontology.CG;
import org.councilgraph.ontology.OntologyFiles;

/**
 * Names for people to read: a resource's {@code rdfs:label}, or one made from what the
 * description says of it (a meeting by its committee and date, an attendance by its attendee, a
 * passage by its quote), and the ontology's labels for classes, properties and concepts.
 */
final class Labels {

    private static final int QUOTE_CHARS = 80;

    private final Graph graph;

    /** @param graph a resource description, which holds the labels of its neighbours */
    Labels(Graph graph) {
        this.graph = graph;
    }

    /** The label of {@code node} for display: a literal's text, a resource's name. */
    String of(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (node.isURI() && node.getURI().startsWith(CG.NS)) {
            return term(node);
        }
        Optional<String> label = value(node, RDFS.label.asNode());
        if (label.isPresent()) {
            return label.get();
        }
        Node type = typeOf(node);
        String made = made(node, type);
        return made != null ? made : (type != null ? term(type) + " " : "") + lastSegment(node);
    }

    /** The class of {@code node}, or null. */
    Node typeOf(Node node) {
        return graph.find(node, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .min(Comparator.comparing(Node::getURI)).orElse(null);
    }

    /** The ontology's English label for one of its terms, else the term's local name. */
    static String term(Node term) {
        return OntologyFiles.ontology().find(term, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(t -> t.getObject().getLiteralLexicalForm()).findFirst()
                .orElse(term.isURI() ? term.getLocalName().isEmpty() ? term.getURI() : term.getLocalName() : term.toString());
    }

    private String made(Node node, Node type) {
        if (type == null) {
            return null;
        }
        if (type.equals(CG.Meeting)) {
            String body = objectOf(node, CG.heldBy).map(this::of).orElse("Meeting");
            String date = value(node, CG.date).or(() -> value(node, CG.dateWithoutYear)).orElse("date unknown");
            return body + ", " + date;
        }
        if (type.equals(CG.AgendaItem)) {
            return (value(node, CG.itemNumber).map(n -> n + " ").orElse("")) + value(node, CG.heading).orElse("Item");
        }
        if (type.equals(CG.TextSpan)) {
            return value(node, CG.quote).map(Labels::shortQuote).orElse(null);
        }
        if (type.equals(CG.Attendance)) {
            return join("Attendance", CG.attendee, CG.attendanceStatus, node);
        }
        if (type.equals(CG.Declaration)) {
            return join("Declaration", CG.declarant, CG.atMeeting, node);
        }
        if (type.equals(CG.RoleHolding)) {
            return join("Role holding", CG.holder, CG.role, node);
        }
        if (type.equals(CG.Resolution)) {
            return "Resolution " + lastSegment(node) + objectOf(node, CG.decidedAt).map(m -> " at " + of(m)).orElse("");
        }
        return null;
    }

    private String join(String kind, Node who, Node what, Node node) {
        Optional<Node> person = objectOf(node, who);
        Optional<Node> detail = objectOf(node, what);
        if (person.isEmpty()) {
            return null;
        }
        return kind + ": " + of(person.get()) + detail.map(d -> " (" + of(d) + ")").orElse("");
    }

    private Optional<String> value(Node node, Node property) {
        return objectOf(node, property).map(o -> o.isLiteral() ? o.getLiteralLexicalForm() : o.getURI());
    }

    private Optional<Node> objectOf(Node node, Node property) {
        var it = graph.find(node, property, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
    }

    private static String shortQuote(String quote) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        return "“" + (flat.length() > QUOTE_CHARS ? flat.substring(0, QUOTE_CHARS) + "…" : flat) + "”";
    }

    private static String lastSegment(Node node) {
        String iri = node.isURI() ? node.getURI() : node.toString();
        String trimmed = iri.endsWith("/") ? iri.substring(0, iri.length() - 1) : iri;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
