package org.councilgraph.extract.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.ontology.CG;

/** Confirmations of earlier minutes, numbered in order: the earlier meeting, and the resolution that confirmed them. */
final class MinutesConfirmationWriter implements FactWriter<MinutesConfirmation> {

    @Override
    public Class<MinutesConfirmation> kind() {
        return MinutesConfirmation.class;
    }

    @Override
    public void write(List<MinutesConfirmation> confirmations, DocumentGraph g) {
        List<Resolution> resolutions = g.minutes().resolutions();
        for (int n = 0; n < confirmations.size(); n++) {
            MinutesConfirmation c = confirmations.get(n);
            Node node = g.iris().confirmation(n + 1);
            Node earlier = g.referencedMeeting(c.date());
            g.type(node, CG.MinutesConfirmation);
            g.add(node, CG.atMeeting, g.meeting());
            g.add(node, CG.confirmedMeeting, earlier);
            for (int i = 0; i < resolutions.size(); i++) {
                if (resolutions.get(i).evidence().equals(c.resolution())) {
                    // Resolutions are numbered as ResolutionWriter numbers them: in order, from 1.
                    g.add(node, CG.confirmedBy, g.iris().resolution(i + 1));
                }
            }
            g.provenance(node, c.evidence());
        }
    }
}
