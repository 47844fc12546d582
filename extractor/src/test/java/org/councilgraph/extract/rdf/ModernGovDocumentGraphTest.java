package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnreadableDocumentException;
import org.councilgraph.ontology.CG;
import org.councilgraph.ontology.OntologyFiles;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a ModernGov GetMeeting response says is what its graph says: the real Manchester
 * response, and the same response with attendees of every status put in its place.
 */
class ModernGovDocumentGraphTest {

    private static final String MANCHESTER = Fixtures.read(
            Fixtures.realDocument("xml", "lgsf_manchester_GetMeeting_4967_audit-committee_with-minutes.xml"));

    /** The Manchester response with attendees of every status ModernGov records, and one still expected. */
    private static final String EVERY_STATUS = MANCHESTER.replaceAll("(?s)<attendees>.*</attendees>", """
            <attendees>
                <attendee membertype="U" memberid="1" name="Councillor Ann Smith" roledescription="Chair" attendance="Present" />
                <attendee membertype="U" memberid="192" name="Councillor Basil Curley" roledescription="Committee Member" attendance="Apologies" />
                <attendee membertype="U" memberid="3" name="Councillor Carol Jones" roledescription="Committee Member" attendance="Absent" />
                <attendee membertype="U" memberid="4" name="Councillor Frank Green" roledescription="Committee Member" attendance="Present as substitute" />
                <attendee membertype="U" memberid="5" name="Councillor Eve White" roledescription="Committee Member" attendance="Expected" />
                <attendee membertype="O" memberid="6" name="Mr David Brown" roledescription="Officer" attendance="In attendance" />
              </attendees>""");

    /** The status each ModernGov attendance value stands for, as this test reads the XML itself. */
    private static final Map<String, Node> STATUS = Map.of("Present", CG.statusPresent, "Apologies", CG.statusApologies,
            "Absent", CG.statusAbsent, "Present as substitute", CG.statusSubstitute, "In attendance", CG.statusInAttendance,
            "Expected", CG.statusExpected);

    private static Graph graph(String xml) throws UnreadableDocumentException {
        SourceDocument d = new MinutesReader().fromBytes("GetMeeting.xml", "test", xml.getBytes(StandardCharsets.UTF_8),
                DocumentMetadata.NONE);
        DatasetGraph dsg = Graphs.dataset(d);
        return dsg.getGraph(dsg.listGraphNodes().next());
    }

    /** Attendance records per status, as the XML gives them by a plain parse. */
    private static Map<String, Integer> statusesInXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        NodeList attendees = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagName("attendee");
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < attendees.getLength(); i++) {
            Node status = STATUS.get(((Element) attendees.item(i)).getAttribute("attendance"));
            if (status != null) {
                out.merge(status.getURI(), 1, Integer::sum);
            }
        }
        return out;
    }

    private static Map<String, Integer> statusesInGraph(Graph g) {
        Map<String, Integer> out = new TreeMap<>();
        g.find(Node.ANY, RDF.type.asNode(), CG.Attendance).forEachRemaining(t -> g.find(t.getSubject(), CG.attendanceStatus, Node.ANY)
                .forEachRemaining(s -> out.merge(s.getObject().getURI(), 1, Integer::sum)));
        return out;
    }

    private static List<String> labels(Graph g, Node type, Node personProperty) {
        return g.find(Node.ANY, RDF.type.asNode(), type).toList().stream()
                .map(t -> g.find(t.getSubject(), personProperty, Node.ANY).next().getObject())
                .map(p -> g.find(p, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm()).sorted().toList();
    }

    @Test
    void theManchesterAttendeeStillExpectedIsRecordedAsExpectedAndAMemberOfTheAuditCommittee() throws Exception {
        Graph g = graph(MANCHESTER);
        assertEquals(statusesInXml(MANCHESTER), statusesInGraph(g));
        assertEquals(Map.of(CG.statusExpected.getURI(), 1), statusesInGraph(g), "an Expected attendee is expected, not present");
        assertEquals(List.of("Councillor Basil Curley"), labels(g, CG.RoleHolding, CG.holder));
        Node holding = g.find(Node.ANY, RDF.type.asNode(), CG.RoleHolding).next().getSubject();
        assertEquals("Committee Member", g.find(holding, CG.roleTitle, Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals("Audit Committee", g.find(holding, CG.organisationName, Node.ANY).next().getObject().getLiteralLexicalForm());
    }

    @Test
    void theCompetencyQueryOfWhoWasPresentLeavesTheExpectedAttendeeOut() throws Exception {
        String present = Files.readString(Path.of("..", "queries", "competency", "present.rq"));
        List<String> people = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.create(present, ModelFactory.createModelForGraph(graph(EVERY_STATUS)))) {
            execution.execSelect().forEachRemaining(row -> people.add(row.getLiteral("person").getLexicalForm()));
        }

        assertEquals(List.of("Councillor Ann Smith", "Councillor Frank Green"), people);
    }

    @Test
    void everyAttendeeWithARecordedStatusIsOneAttendanceOfThatStatusAndThePresentChairPresides() throws Exception {
        Graph g = graph(EVERY_STATUS);
        assertEquals(statusesInXml(EVERY_STATUS), statusesInGraph(g));
        assertEquals(6, statusesInGraph(g).values().stream().mapToInt(Integer::intValue).sum());
        List<Node> presiding = g.find(Node.ANY, CG.presided, Node.ANY).toList().stream()
                .filter(t -> t.getObject().getLiteralValue().equals(Boolean.TRUE)).map(t -> t.getSubject()).toList();
        assertEquals(1, presiding.size());
        Node chair = g.find(presiding.get(0), CG.attendee, Node.ANY).next().getObject();
        assertEquals("Councillor Ann Smith", g.find(chair, RDFS.label.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(6, labels(g, CG.RoleHolding, CG.holder).size(), "each attendee's role on the committee");
    }

    @Test
    void theGraphOfAModernGovMeetingConformsToTheShapes() throws Exception {
        for (String xml : List.of(MANCHESTER, EVERY_STATUS)) {
            ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), graph(xml));
            assertTrue(report.conforms(), report.getEntries().toString());
        }
    }

    @Test
    void theEvidenceOfEachAttendanceIsTheAttendeesElementAtItsPlaceInTheXmlSource() throws Exception {
        Graph g = graph(EVERY_STATUS);
        Node document = g.find(Node.ANY, RDF.type.asNode(), CG.MinutesDocument).next().getSubject();
        // The document's text is the minutes the recognisers read, then the XML source as published.
        int sourceStart = integer(g, document, CG.textLength) - EVERY_STATUS.length();
        List<Node> attendances = g.find(Node.ANY, RDF.type.asNode(), CG.Attendance).toList().stream().map(t -> t.getSubject()).toList();
        assertEquals(6, attendances.size(), "the expected attendee too");
        for (Node a : attendances) {
            Node span = g.find(a, CG.evidence, Node.ANY).next().getObject();
            String quote = g.find(span, CG.quote, Node.ANY).next().getObject().getLiteralLexicalForm();
            int start = integer(g, span, CG.start) - sourceStart;
            int end = integer(g, span, CG.end) - sourceStart;
            assertEquals(EVERY_STATUS.substring(start, end), quote);
            assertTrue(quote.startsWith("<attendee ") && quote.endsWith("/>"), quote);
        }
    }

    private static int integer(Graph g, Node subject, Node property) {
        return ((Number) g.find(subject, property, Node.ANY).next().getObject().getLiteralValue()).intValue();
    }
}
