package org.councilgraph.extract.rdf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.NextMeeting;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.councilgraph.ontology.CG;

/**
 * The last stage: streams the facts of one document as quads in the document's own named graph.
 * Output order follows the facts' order, so the same input gives byte-identical output.
 */
public final class MinutesGraphWriter {

    /**
     * One document's triples as an in-memory graph, without its graph name: for work on one
     * document at a time (answering its competency questions, validating it), not for batches.
     */
    public Graph documentGraph(ExtractedMinutes minutes) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = GraphPrefixes.dropGraphNames(StreamRDFLib.graph(graph));
        sink.start();
        write(minutes, sink);
        sink.finish();
        return graph;
    }

    /** Writes {@code minutes} to {@code sink}; the caller starts and finishes the stream. */
    public void write(ExtractedMinutes minutes, StreamRDF sink) {
        new Emission(minutes, sink).run();
    }

    /** The state of writing one document. */
    private static final class Emission {
        private final ExtractedMinutes m;
        private final StreamRDF sink;
        private final DocumentText text;
        private final ResourceIris iris;
        private final Node graph;
        private final Node doc;
        private final Node meeting;
        private final PersonIdentities people;
        private final Set<Node> declared = new HashSet<>();
        private final Set<Span> spans = new HashSet<>();

        Emission(ExtractedMinutes m, StreamRDF sink) {
            this.m = m;
            this.sink = sink;
            this.text = m.document().text();
            MeetingHeader h = m.header();
            this.iris = new ResourceIris(m.document().key(), h.council() == null ? null : h.council().value());
            this.graph = iris.document();
            this.doc = iris.document();
            this.meeting = iris.meeting();
            this.people = new PersonIdentities(names(m));
        }

        void run() {
            document();
            meetingNode();
            List<AgendaItem> items = m.items();
            for (AgendaItem item : items) {
                item(item);
            }
            for (int i = 0; i < m.resolutions().size(); i++) {
                resolution(i + 1, m.resolutions().get(i));
            }
            for (int i = 0; i < m.attendance().size(); i++) {
                attendance(i + 1, m.attendance().get(i));
            }
            for (int i = 0; i < m.declarations().size(); i++) {
                declaration(i + 1, m.declarations().get(i));
            }
            for (int i = 0; i < m.roles().size(); i++) {
                roleHolding(i + 1, m.roles().get(i));
            }
            for (int i = 0; i < m.confirmations().size(); i++) {
                confirmation(i + 1, m.confirmations().get(i));
            }
            m.nextMeeting().ifPresent(this::nextMeeting);
            int[] perItem = new int[items.size() + 2];
            for (Report r : m.reports()) {
                report(r, ++perItem[Math.min(r.itemPosition(), perItem.length - 1)]);
            }
        }

        private void document() {
            var d = m.document();
            type(doc, CG.MinutesDocument);
            add(doc, RDFS.label.asNode(), string(d.name()));
            add(doc, CG.fileName, string(d.name()));
            add(doc, CG.mediaType, string(d.mediaType()));
            add(doc, CG.contentSha256, string(d.sha256()));
            add(doc, CG.textLength, integer(text.codePointOffset(text.length())));
            add(doc, CG.layout, string(m.layout().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            d.metadata().url().ifPresent(u -> add(doc, CG.sourceUrl, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
            add(doc, CG.minutesOf, meeting);
        }

        private void meetingNode() {
            MeetingHeader h = m.header();
            type(meeting, CG.Meeting);
            Node council = null;
            if (h.council() != null) {
                council = iris.council(h.council().value());
                if (declared.add(council)) {
                    type(council, CG.Council);
                    add(council, RDFS.label.asNode(), string(h.council().value()));
                }
            }
            if (h.committee() != null) {
                Node committee = iris.committee(h.committee().value());
                if (declared.add(committee)) {
                    type(committee, CG.Committee);
                    add(committee, RDFS.label.asNode(), string(h.committee().value()));
                    if (council != null) {
                        add(committee, CG.unitOf, council);
                    }
                }
                add(meeting, CG.heldBy, committee);
            } else if (council != null) {
                add(meeting, CG.heldBy, council);
            }
            if (h.date() != null) {
                add(meeting, CG.date, date(h.date().value()));
                if (h.time() != null) {
                    add(meeting, CG.startTime, dateTime(h.date().value(), h.time().value()));
                }
            }
            if (h.venue() != null) {
                add(meeting, CG.venue, string(h.venue().value()));
            }
            for (AgendaItem item : m.items()) {
                add(meeting, CG.agendaItem, iris.item(item.position()));
            }
        }

        private void item(AgendaItem item) {
            Node n = iris.item(item.position());
            type(n, CG.AgendaItem);
            add(n, CG.position, integer(item.position()));
            add(n, CG.heading, string(item.heading()));
            if (item.number() != null) {
                add(n, CG.itemNumber, string(item.number()));
            }
            if (item.minutes() != null && item.minutes().length() > 0) {
                add(n, CG.minuteText, string(text.quote(item.minutes())));
            }
            if (item.referencedOnly()) {
                add(n, CG.referencedOnly, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            provenance(n, item.evidence());
        }

        private void resolution(int n, Resolution r) {
            Node node = iris.resolution(n);
            type(node, CG.Resolution);
            add(node, CG.resolutionText, string(r.text()));
            add(node, CG.decidedAt, meeting);
            if (r.itemPosition() > 0) {
                add(node, CG.concernsItem, iris.item(r.itemPosition()));
            }
            if (r.partLabel() != null) {
                add(node, CG.partLabel, string(r.partLabel()));
            }
            if (r.marker() != null) {
                add(node, CG.marker, string(r.marker()));
            }
            if (r.outcome() != null) {
                add(node, CG.outcome, string(r.outcome()));
            }
            provenance(node, r.evidence());
        }

        private void attendance(int n, Attendance a) {
            Node node = iris.attendance(n);
            type(node, CG.Attendance);
            add(node, CG.attendee, person(a.person()));
            add(node, CG.nameAsWritten, string(a.person().written()));
            add(node, CG.atMeeting, meeting);
            add(node, CG.attendanceStatus, switch (a.status()) {
                case PRESENT -> CG.statusPresent;
                case APOLOGIES -> CG.statusApologies;
                case ABSENT -> CG.statusAbsent;
                case SUBSTITUTE -> CG.statusSubstitute;
                case IN_ATTENDANCE -> CG.statusInAttendance;
                case REMOTE -> CG.statusRemote;
            });
            if (a.substituteFor() != null) {
                add(node, CG.substituteFor, person(a.substituteFor()));
                add(node, CG.substituteForName, string(a.substituteFor().written()));
            }
            if (a.role() != null) {
                add(node, CG.roleAtMeeting, role(a.role()));
            }
            if (a.presided()) {
                add(node, CG.presided, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            provenance(node, a.evidence());
            detection(node, a.detection());
        }

        private void declaration(int n, Declaration d) {
            Node node = iris.declaration(n);
            type(node, CG.Declaration);
            add(node, CG.declarant, person(d.person()));
            add(node, CG.nameAsWritten, string(d.person().written()));
            add(node, CG.atMeeting, meeting);
            if (d.itemReference() != null) {
                add(node, CG.itemReference, string(d.itemReference()));
                itemNumbered(d.itemReference()).ifPresent(item -> add(node, CG.concernsItem, item));
            }
            if (d.allItems()) {
                add(node, CG.allItems, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
            }
            d.kinds().stream().sorted().forEach(k -> add(node, CG.interestKind, switch (k) {
                case PERSONAL -> CG.interestPersonal;
                case PREJUDICIAL -> CG.interestPrejudicial;
                case PECUNIARY -> CG.interestPecuniary;
                case NON_PECUNIARY -> CG.interestNonPecuniary;
                case OTHER_REGISTRABLE -> CG.interestOtherRegistrable;
                case NON_REGISTRABLE -> CG.interestNonRegistrable;
                case SIGNIFICANT_OTHER -> CG.interestSignificantOther;
            }));
            if (d.kindText() != null) {
                add(node, CG.kindText, string(d.kindText()));
            }
            provenance(node, d.evidence());
            detection(node, d.detection());
        }

        private java.util.Optional<Node> itemNumbered(String reference) {
            String ref = reference.strip().replaceAll("[.\\s]+$", "");
            return m.items().stream().filter(i -> i.number() != null && i.number().replaceAll("[.\\s]+$", "").equals(ref))
                    .findFirst().map(i -> iris.item(i.position()));
        }

        private void roleHolding(int n, RoleHolding r) {
            Node node = iris.roleHolding(n);
            type(node, CG.RoleHolding);
            add(node, CG.holder, person(r.person()));
            add(node, CG.role, role(r.role()));
            add(node, CG.roleTitle, string(r.role()));
            add(node, CG.nameAsWritten, string(r.person().writtenWithoutTitle()));
            if (r.organisation() != null) {
                Node org = iris.organisation(r.organisation());
                if (declared.add(org)) {
                    type(org, CG.Organisation);
                    add(org, RDFS.label.asNode(), string(r.organisation()));
                }
                add(node, CG.organisation, org);
                add(node, CG.organisationName, string(r.organisation()));
            }
            add(node, CG.atMeeting, meeting);
            provenance(node, r.evidence());
            detection(node, r.detection());
        }

        private void confirmation(int n, MinutesConfirmation c) {
            Node node = iris.confirmation(n);
            Node earlier = iris.referencedMeeting(c.date());
            if (declared.add(earlier)) {
                type(earlier, CG.Meeting);
                add(earlier, CG.date, date(c.date()));
            }
            type(node, CG.MinutesConfirmation);
            add(node, CG.atMeeting, meeting);
            add(node, CG.confirmedMeeting, earlier);
            for (int i = 0; i < m.resolutions().size(); i++) {
                if (m.resolutions().get(i).evidence().equals(c.resolution())) {
                    add(node, CG.confirmedBy, iris.resolution(i + 1));
                }
            }
            provenance(node, c.evidence());
        }

        private void nextMeeting(NextMeeting next) {
            Node node = iris.nextMeetingNotice();
            Node announced = iris.referencedMeeting(next.date());
            if (declared.add(announced)) {
                type(announced, CG.Meeting);
                add(announced, CG.date, date(next.date()));
            }
            if (next.time() != null) {
                add(announced, CG.startTime, dateTime(next.date(), next.time()));
            }
            if (next.venue() != null) {
                add(announced, CG.venue, string(next.venue()));
            }
            type(node, CG.NextMeetingNotice);
            add(node, CG.atMeeting, meeting);
            add(node, CG.announcedMeeting, announced);
            provenance(node, next.evidence());
        }

        private void report(Report r, int n) {
            if (r.itemPosition() <= 0) {
                return;
            }
            Node node = iris.report(r.itemPosition(), n);
            type(node, CG.Report);
            add(node, RDFS.label.asNode(), string(r.authorRole() != null ? "Report of the " + r.authorRole() : "Report"));
            if (r.authorRole() != null) {
                add(node, CG.reportBy, role(r.authorRole()));
            }
            if (r.presenter() != null) {
                add(node, CG.presentedBy, person(r.presenter()));
            }
            add(iris.item(r.itemPosition()), CG.considersReport, node);
            provenance(node, r.evidence());
        }

        private Node person(PersonName name) {
            Node node = iris.person(people.key(name));
            if (declared.add(node)) {
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

        private Node role(String title) {
            Node node = iris.role(title);
            if (declared.add(node)) {
                type(node, CG.Role);
                add(node, RDFS.label.asNode(), string(title));
            }
            return node;
        }

        private void provenance(Node subject, Span span) {
            int start = text.codePointOffset(span.start());
            int end = text.codePointOffset(span.end());
            Node spanNode = iris.span(start, end);
            if (spans.add(span)) {
                type(spanNode, CG.TextSpan);
                add(spanNode, CG.start, integer(start));
                add(spanNode, CG.end, integer(end));
                add(spanNode, CG.quote, string(text.quote(span)));
                add(spanNode, CG.inDocument, doc);
            }
            add(subject, CG.evidence, spanNode);
            add(subject, CG.sourceDocument, doc);
        }

        /** How the fact's person was found, and the name finder's score when it found it. */
        private void detection(Node subject, Detection detection) {
            if (detection.byRules()) {
                add(subject, CG.detectedBy, CG.methodRules);
            }
            if (detection.byModel()) {
                add(subject, CG.detectedBy, CG.methodNameFinder);
                // Three decimals at most, in the canonical form stores keep ("0.34", not "0.340"):
                // TDB2 stores decimals as values, and a non-canonical form would not round-trip.
                String score = new java.math.BigDecimal(detection.confidence()).setScale(3, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
                if (!score.contains(".")) {
                    score += ".0";
                }
                add(subject, CG.confidence, NodeFactory.createLiteralDT(score, XSDDatatype.XSDdecimal));
            }
        }

        private void type(Node s, Node type) {
            add(s, RDF.type.asNode(), type);
        }

        private void add(Node s, Node p, Node o) {
            sink.quad(Quad.create(graph, s, p, o));
        }

        private static Node string(String s) {
            return NodeFactory.createLiteralString(s);
        }

        private static Node integer(long i) {
            return NodeFactory.createLiteralDT(Long.toString(i), XSDDatatype.XSDinteger);
        }

        private static Node date(LocalDate d) {
            return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
        }

        private static Node dateTime(LocalDate d, LocalTime t) {
            return NodeFactory.createLiteralDT(LocalDateTime.of(d, t).toString() + (t.getSecond() == 0 ? ":00" : ""),
                    XSDDatatype.XSDdateTime);
        }

        private static List<PersonName> names(ExtractedMinutes m) {
            List<PersonName> out = new ArrayList<>();
            m.attendance().forEach(a -> {
                out.add(a.person());
                if (a.substituteFor() != null) {
                    out.add(a.substituteFor());
                }
            });
            m.declarations().forEach(d -> out.add(d.person()));
            m.roles().forEach(r -> out.add(r.person()));
            m.reports().forEach(r -> {
                if (r.presenter() != null) {
                    out.add(r.presenter());
                }
            });
            return out;
        }
    }
}
