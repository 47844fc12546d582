package org.councilgraph.extract.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.councilgraph.ontology.CG;

/**
 * The named graph of one document as it is written: its sink, its IRIs, and the resources that
 * several facts share (people, roles, organisations, spans, earlier meetings), each declared the
 * first time a fact uses it. One per document; {@link FactWriter}s write through it.
 */
public final class DocumentGraph {

    private final ExtractedMinutes minutes;
    private final StreamRDF sink;
    private final DocumentText text;
    private final ResourceIris iris;
    private final Node graph;
    private final PersonIdentities people;
    private final Set<Node> declared = new HashSet<>();
    private final Set<Span> spans = new HashSet<>();

    DocumentGraph(ExtractedMinutes minutes, StreamRDF sink, List<PersonName> names) {
        this.minutes = minutes;
        this.sink = sink;
        this.text = minutes.document().text();
        this.iris = new ResourceIris(minutes.document().key(),
                minutes.header().council() == null ? null : minutes.header().council().value());
        this.graph = iris.document();
        this.people = new PersonIdentities(new ArrayList<>(names));
    }

    /** The document's facts, for writers that link to facts of another kind. */
    public ExtractedMinutes minutes() {
        return minutes;
    }

    public ResourceIris iris() {
        return iris;
    }

    public DocumentText text() {
        return text;
    }

    /** The minutes document. */
    public Node document() {
        return iris.document();
    }

    /** The meeting the minutes record. */
    public Node meeting() {
        return iris.meeting();
    }

    /** True the first time {@code node} is declared in this graph: its description is written once. */
    public boolean declare(Node node) {
        return declared.add(node);
    }

    /** The person {@code name} names, described the first time. */
    public Node person(PersonName name) {
        Node node = people.documentScoped(name) ? iris.personInDocument(people.key(name)) : iris.person(people.key(name));
        if (declare(node)) {
            PersonName rep = people.representative(name);
            type(node, CG.Person);
            add(node, RDFS.label.asNode(), string(label(rep)));
            add(node, CG.familyName, string(rep.family()));
            if (!rep.givenNames().isEmpty()) {
                add(node, CG.givenName, string(String.join(" ", rep.givenNames())));
            }
            if (!rep.initials().isEmpty()) {
                add(node, CG.initials, string(rep.initials()));
            }
            rep.honorifics().stream().distinct().forEach(h -> add(node, CG.honorific, string(h)));
            rep.postNominals().stream().distinct().forEach(p -> add(node, CG.postNominal, string(p)));
        }
        return node;
    }

    private static String label(PersonName rep) {
        List<String> parts = new ArrayList<>(rep.honorifics());
        parts.add(rep.plainName());
        parts.addAll(rep.postNominals());
        return String.join(" ", parts);
    }

    /** The role titled {@code title}, described the first time. */
    public Node role(String title) {
        Node node = iris.role(title);
        if (declare(node)) {
            type(node, CG.Role);
            add(node, RDFS.label.asNode(), string(title));
        }
        return node;
    }

    /** Another meeting on {@code date} that this one refers to, dated the first time. */
    public Node referencedMeeting(CalendarDate date) {
        Node node = iris.referencedMeeting(date);
        if (declare(node)) {
            type(node, CG.Meeting);
            date(node, date);
        }
        return node;
    }

    /** The date of a meeting: {@code cg:date}, or {@code cg:dateWithoutYear} when no year is known. */
    public void date(Node meeting, CalendarDate date) {
        if (date.hasYear()) {
            add(meeting, CG.date, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        } else {
            add(meeting, CG.dateWithoutYear, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDgMonthDay));
        }
    }

    /** The start of a meeting on {@code date}, when its year is known (a time of day alone is not a dateTime). */
    public void startTime(Node meeting, CalendarDate date, LocalTime time) {
        date.full().ifPresent(d -> add(meeting, CG.startTime, dateTime(d, time)));
    }

    /** Where the text states a fact: the span (described the first time) and the document. */
    public void provenance(Node subject, Span span) {
        int start = text.codePointOffset(span.start());
        int end = text.codePointOffset(span.end());
        Node spanNode = iris.span(start, end);
        if (spans.add(span)) {
            type(spanNode, CG.TextSpan);
            add(spanNode, CG.start, integer(start));
            add(spanNode, CG.end, integer(end));
            add(spanNode, CG.quote, string(text.quote(span)));
            minutes.document().pages().pageAt(span.start()).ifPresent(page -> add(spanNode, CG.page, integer(page)));
            add(spanNode, CG.inDocument, iris.document());
        }
        add(subject, CG.evidence, spanNode);
        add(subject, CG.sourceDocument, iris.document());
    }

    /** How the fact's person was found, and the highest score a model gave it. */
    public void detection(Node subject, Detection detection) {
        if (detection.byRules()) {
            add(subject, CG.detectedBy, CG.methodRules);
        }
        if (detection.byModel()) {
            add(subject, CG.detectedBy, CG.methodNameFinder);
        }
        if (detection.byParticipation()) {
            add(subject, CG.detectedBy, CG.methodParticipationModel);
        }
        if (detection.byModel() || detection.byParticipation()) {
            // Three decimals at most, in the canonical form stores keep ("0.34", not "0.340"):
            // TDB2 stores decimals as values, and a non-canonical form would not round-trip.
            String score = new BigDecimal(detection.confidence()).setScale(3, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString();
            if (!score.contains(".")) {
                score += ".0";
            }
            add(subject, CG.confidence, NodeFactory.createLiteralDT(score, XSDDatatype.XSDdecimal));
        }
    }

    public void type(Node s, Node type) {
        add(s, RDF.type.asNode(), type);
    }

    public void add(Node s, Node p, Node o) {
        sink.quad(Quad.create(graph, s, p, o));
    }

    public static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    public static Node integer(long i) {
        return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger);
    }

    public static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    private static Node dateTime(LocalDate d, LocalTime t) {
        return NodeFactory.createLiteralDT(LocalDateTime.of(d, t).toString() + (t.getSecond() == 0 ? ":00" : ""),
                XSDDatatype.XSDdateTime);
    }
}
