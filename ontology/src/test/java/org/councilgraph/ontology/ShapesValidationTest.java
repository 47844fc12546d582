package org.councilgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;

/**
 * Validates the example graph {@code minutes/valid-minutes.ttl} against the shapes, and copies
 * of it each broken in one way.
 */
class ShapesValidationTest {

    private static final String DOCUMENT_KEY = "3f2a9c0d1b7e4a55";
    private static final Node DOCUMENT = id("document/" + DOCUMENT_KEY);
    private static final Node MEETING = id("meeting/" + DOCUMENT_KEY);
    private static final Node ATTENDANCE = id("meeting/" + DOCUMENT_KEY + "/attendance/1");
    private static final Node RESOLUTION = id("meeting/" + DOCUMENT_KEY + "/resolution/1");
    private static final Node CONFIRMATION = id("meeting/" + DOCUMENT_KEY + "/confirmation/1");
    private static final Node EARLIER_MEETING = id("meeting/" + DOCUMENT_KEY + "/ref/2025-01-13");
    private static final Node SPAN = id("document/" + DOCUMENT_KEY + "/span/889-917");
    private static final Node CHAIR = id("person/leicestershire-county-council/taylor-d");

    private final Graph data = readExample();

    @Test
    void theExampleGraphConforms() {
        ValidationReport report = validate(data);
        assertTrue(report.conforms(), () -> describe(report));
    }

    @Test
    void theExampleGraphUsesEveryClassOfTheOntology() {
        Set<Node> classes = G.nodesOfTypeAsSet(OntologyFiles.ontology(), Vocab.OWL_CLASS);
        classes.removeIf(Node::isBlank);
        Set<Node> used = G.find(data, Node.ANY, Vocab.TYPE, Node.ANY).mapWith(Triple::getObject).toSet();
        // A role tenure is also typed with the W3C terms it is made of (org:Membership, time:Interval, time:Instant).
        used.removeIf(c -> !c.getURI().startsWith(CG.NS));
        assertEquals(classes, used);
    }

    @Test
    void aBlankNodeAttendeeFailsTheNodeKindConstraint() {
        Node blankPerson = NodeFactory.createBlankNode();
        replaceObject(ATTENDANCE, CG.attendee, blankPerson);
        data.add(blankPerson, Vocab.TYPE, CG.Person);
        data.add(blankPerson, Vocab.LABEL, NodeFactory.createLiteralString("D. Taylor"));
        data.add(blankPerson, CG.familyName, NodeFactory.createLiteralString("Taylor"));

        ValidationReport report = validate(data);

        assertFalse(report.conforms());
        assertViolation(report, SHACL.NodeKindConstraintComponent, ATTENDANCE, CG.attendee);
        assertViolation(report, SHACL.NodeKindConstraintComponent, blankPerson, null);
    }

    @Test
    void anAttendanceWithNoEvidenceFailsTheMinCountConstraint() {
        data.remove(ATTENDANCE, CG.evidence, Node.ANY);

        ValidationReport report = validate(data);

        assertViolation(report, SHACL.MinCountConstraintComponent, ATTENDANCE, CG.evidence);
        assertTrue(entry(report, SHACL.MinCountConstraintComponent, ATTENDANCE, CG.evidence).message().contains("cg:evidence"),
                "the report carries the shape's own message");
    }

    @Test
    void aSpanWhoseQuoteLengthDiffersFromEndMinusStartFailsTheSparqlConstraint() {
        replaceObject(SPAN, CG.quote, NodeFactory.createLiteralString("a) That the report be noted"));

        ValidationReport report = validate(data);

        assertViolation(report, SHACL.SPARQLConstraintComponent, SPAN, null);
        assertTrue(entry(report, SHACL.SPARQLConstraintComponent, SPAN, null).message().contains("27 code points"),
                () -> describe(report));
    }

    @Test
    void quoteLengthsAreCountedInCodePointsNotUtf16Units() {
        // 27 BMP characters and one outside the BMP (two UTF-16 units): 28 code points, as 917 - 889.
        replaceObject(SPAN, CG.quote, NodeFactory.createLiteralString("a) That the report be noted\uD83D\uDCC4"));
        assertTrue(validate(data).conforms(), "28 code points fit a span of 28");

        // 28 UTF-16 units but only 27 code points.
        replaceObject(SPAN, CG.quote, NodeFactory.createLiteralString("a) That the report be note\uD83D\uDCC4"));
        assertViolation(validate(data), SHACL.SPARQLConstraintComponent, SPAN, null);
    }

    @Test
    void aSpanThatEndsBeforeItStartsFails() {
        replaceObject(SPAN, CG.end, integer(880));

        ValidationReport report = validate(data);

        assertViolation(report, SHACL.SPARQLConstraintComponent, SPAN, null);
        assertTrue(report.getEntries().stream().anyMatch(e -> e.message().contains("before it starts")),
                () -> describe(report));
    }

    @Test
    void aSpanBeyondTheEndOfTheTextFails() {
        replaceObject(DOCUMENT, CG.textLength, integer(900));

        assertViolation(validate(data), SHACL.SPARQLConstraintComponent, SPAN, null);
    }

    @Test
    void evidenceFromAnotherDocumentFails() {
        Node otherDocument = id("document/00000000000000ff");
        G.find(data, DOCUMENT, Node.ANY, Node.ANY).toList()
                .forEach(t -> data.add(otherDocument, t.getPredicate(), t.getObject()));
        replaceObject(RESOLUTION, CG.sourceDocument, otherDocument);

        assertViolation(validate(data), SHACL.SPARQLConstraintComponent, RESOLUTION, null);
    }

    @Test
    void anUnknownAttendanceStatusFailsTheInConstraint() {
        replaceObject(ATTENDANCE, CG.attendanceStatus, Vocab.iri(CG.NS, "status-late"));

        assertViolation(validate(data), SHACL.InConstraintComponent, ATTENDANCE, CG.attendanceStatus);
    }

    @Test
    void aFactWithoutItsDetectionMethodFailsTheMinCountConstraint() {
        data.remove(ATTENDANCE, CG.detectedBy, Node.ANY);

        assertViolation(validate(data), SHACL.MinCountConstraintComponent, ATTENDANCE, CG.detectedBy);
    }

    @Test
    void aConfidenceAboveOneFailsTheRangeConstraint() {
        Node found = id("meeting/" + DOCUMENT_KEY + "/attendance/5");
        replaceObject(found, CG.confidence, NodeFactory.createLiteralDT("1.5", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));

        assertViolation(validate(data), SHACL.MaxInclusiveConstraintComponent, found, CG.confidence);
    }

    @Test
    void anInterestKindFromTheWrongSchemeFailsTheInConstraint() {
        Node declaration = id("meeting/" + DOCUMENT_KEY + "/declaration/1");
        replaceObject(declaration, CG.interestKind, CG.statusPresent);

        assertViolation(validate(data), SHACL.InConstraintComponent, declaration, CG.interestKind);
    }

    @Test
    void anUnexpectedPropertyFailsTheClosedConstraint() {
        data.add(ATTENDANCE, CG.venue, NodeFactory.createLiteralString("County Hall"));

        ValidationReport report = validate(data);

        assertViolation(report, SHACL.ClosedConstraintComponent, ATTENDANCE, CG.venue);
    }

    @Test
    void aConfirmedMeetingWithoutADateFailsTheNodeConstraint() {
        data.remove(EARLIER_MEETING, CG.date, Node.ANY);

        assertViolation(validate(data), SHACL.NodeConstraintComponent, CONFIRMATION, CG.confirmedMeeting);
    }

    @Test
    void aMeetingHeldByAPersonFailsTheOrConstraint() {
        replaceObject(MEETING, CG.heldBy, CHAIR);

        assertViolation(validate(data), SHACL.OrConstraintComponent, MEETING, CG.heldBy);
    }

    @Test
    void anUntypedAttendeeFailsTheClassConstraint() {
        data.remove(CHAIR, Vocab.TYPE, Node.ANY);

        assertViolation(validate(data), SHACL.ClassConstraintComponent, ATTENDANCE, CG.attendee);
    }

    @Test
    void anUppercaseDigestFailsThePatternConstraint() {
        Node digest = G.getOneSP(data, DOCUMENT, CG.contentSha256);
        replaceObject(DOCUMENT, CG.contentSha256,
                NodeFactory.createLiteralString(digest.getLiteralLexicalForm().toUpperCase(Locale.ROOT)));

        assertViolation(validate(data), SHACL.PatternConstraintComponent, DOCUMENT, CG.contentSha256);
    }

    @Test
    void aPositionOfZeroFailsTheMinInclusiveConstraint() {
        Node item = id("meeting/" + DOCUMENT_KEY + "/item/1");
        replaceObject(item, CG.position, integer(0));

        assertViolation(validate(data), SHACL.MinInclusiveConstraintComponent, item, CG.position);
    }

    @Test
    void aDateTimeWhereADateBelongsFailsTheDatatypeConstraint() {
        replaceObject(MEETING, CG.date, NodeFactory.createLiteralDT("2025-03-03T14:00:00",
                XSDDatatype.XSDdateTime));

        assertViolation(validate(data), SHACL.DatatypeConstraintComponent, MEETING, CG.date);
    }

    private static ValidationReport validate(Graph graph) {
        return ShaclValidator.get().validate(OntologyFiles.shapes(), graph);
    }

    private void replaceObject(Node subject, Node predicate, Node object) {
        assertTrue(G.hasProperty(data, subject, predicate), () -> "the example has no " + subject + " " + predicate);
        data.remove(subject, predicate, Node.ANY);
        data.add(subject, predicate, object);
    }

    private static void assertViolation(ValidationReport report, Node component, Node focus, Node path) {
        assertFalse(report.conforms(), "the graph conforms");
        assertTrue(findEntry(report, component, focus, path) != null,
                () -> "Expected " + component.getLocalName() + " on " + focus
                        + (path == null ? "" : " at " + Vocab.shortName(path)) + "; got:\n" + describe(report));
    }

    private static ReportEntry entry(ValidationReport report, Node component, Node focus, Node path) {
        ReportEntry found = findEntry(report, component, focus, path);
        assertTrue(found != null, () -> describe(report));
        return found;
    }

    private static ReportEntry findEntry(ValidationReport report, Node component, Node focus, Node path) {
        return report.getEntries().stream()
                .filter(e -> component.equals(e.sourceConstraintComponent()))
                .filter(e -> focus.equals(e.focusNode()))
                .filter(e -> path == null || isPath(e, path))
                .findFirst().orElse(null);
    }

    private static boolean isPath(ReportEntry entry, Node property) {
        return entry.resultPath() instanceof P_Link link && link.getNode().equals(property);
    }

    private static String describe(ValidationReport report) {
        List<String> lines = report.getEntries().stream()
                .map(e -> e.sourceConstraintComponent().getLocalName() + " " + e.focusNode()
                        + " " + e.resultPath() + " : " + e.message())
                .collect(Collectors.toList());
        return String.join("\n", lines);
    }

    private static Graph readExample() {
        try (InputStream in = ShapesValidationTest.class.getResourceAsStream("/minutes/valid-minutes.ttl")) {
            if (in == null) {
                throw new IllegalStateException("minutes/valid-minutes.ttl is not on the test classpath");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Node id(String path) {
        return NodeFactory.createURI(CG.ID + path);
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }
}
