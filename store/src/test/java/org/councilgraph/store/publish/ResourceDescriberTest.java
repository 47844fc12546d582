package org.councilgraph.store.publish;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.SampleMinutes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceDescriberTest {

    private static final Node DRIVER = NodeFactory.createURI(CG.ID + "person/lancashire-county-council/driver-geoff");
    private static final Node MEETING_003 = NodeFactory.createURI(CG.ID + "meeting/a17215ba4186b90b");

    private static DatasetGraph samples;

    @BeforeAll
    static void loadSamples() {
        samples = DatasetGraphFactory.createTxnMem();
        MinutesGraphWriter writer = new MinutesGraphWriter();
        Txn.executeWrite(samples, () -> {
            StreamRDF sink = StreamRDFLib.dataset(samples);
            SampleMinutes.all().values().forEach(m -> writer.write(m, sink));
        });
    }

    @Test
    void aPersonIsDescribedWithTheirOwnTriplesAndTheAttendancesAndPostsThatPointAtThem() {
        Graph g = new ResourceDescriber(samples).describe(DRIVER);

        assertTrue(g.contains(DRIVER, CG.familyName, NodeFactory.createLiteralString("Driver")));
        List<Node> attendances = g.find(Node.ANY, CG.attendee, DRIVER).mapWith(t -> t.getSubject()).toList();
        assertFalse(attendances.isEmpty(), "the attendance records that name him");
        assertFalse(g.find(Node.ANY, CG.holder, DRIVER).toList().isEmpty(), "his post as chair");
        Node attendance = attendances.get(0);
        assertTrue(g.contains(attendance, CG.atMeeting, MEETING_003), "the meeting each attendance was at");
        Node span = g.find(attendance, CG.evidence, Node.ANY).next().getObject();
        assertTrue(g.find(span, CG.quote, Node.ANY).hasNext(), "and the passage that says so");
    }

    @Test
    void theDescriptionHoldsEveryTripleTheDocumentGraphsHaveAboutTheResource() {
        Graph g = new ResourceDescriber(samples).describe(MEETING_003);

        Txn.executeRead(samples, () -> samples.find(Node.ANY, MEETING_003, Node.ANY, Node.ANY)
                .forEachRemaining((Quad q) -> assertTrue(g.contains(q.asTriple()), q.toString())));
    }

    @Test
    void anIriNoGraphMentionsHasNoDescription() {
        Node unknown = NodeFactory.createURI(CG.ID + "person/nowhere/nobody");
        ResourceDescriber describer = new ResourceDescriber(samples);

        assertTrue(describer.describe(unknown).isEmpty());
        assertFalse(describer.isKnown(unknown));
        assertTrue(describer.isKnown(DRIVER));
    }
}
