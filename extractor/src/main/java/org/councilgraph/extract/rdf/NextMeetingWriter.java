package org.councilgraph.extract.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.NextMeeting;
import org.councilgraph.ontology.CG;

/** The notice of the next meeting: the announced meeting's date, time and venue. */
final class NextMeetingWriter implements FactWriter<NextMeeting> {

    @Override
    public Class<NextMeeting> kind() {
        return NextMeeting.class;
    }

    @Override
    public void write(List<NextMeeting> notices, DocumentGraph g) {
        for (NextMeeting next : notices) {
            Node node = g.iris().nextMeetingNotice();
            Node announced = g.referencedMeeting(next.date());
            if (next.time() != null) {
                g.startTime(announced, next.date(), next.time());
            }
            if (next.venue() != null) {
                g.add(announced, CG.venue, DocumentGraph.string(next.venue()));
            }
            g.type(node, CG.NextMeetingNotice);
            g.add(node, CG.atMeeting, g.meeting());
            g.add(node, CG.announcedMeeting, announced);
            g.provenance(node, next.evidence());
        }
    }
}
