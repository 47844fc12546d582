package org.councilgraph.extract.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.ontology.CG;

/** Resolutions, numbered in order: the decision's text, its item, part label, marker and outcome. */
final class ResolutionWriter implements FactWriter<Resolution> {

    @Override
    public Class<Resolution> kind() {
        return Resolution.class;
    }

    @Override
    public void write(List<Resolution> resolutions, DocumentGraph g) {
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution r = resolutions.get(i);
            Node node = g.iris().resolution(i + 1);
            g.type(node, CG.Resolution);
            g.add(node, CG.resolutionText, DocumentGraph.string(r.text()));
            g.add(node, CG.decidedAt, g.meeting());
            if (r.itemPosition() > 0) {
                g.add(node, CG.concernsItem, g.iris().item(r.itemPosition()));
            }
            if (r.partLabel() != null) {
                g.add(node, CG.partLabel, DocumentGraph.string(r.partLabel()));
            }
            if (r.marker() != null) {
                g.add(node, CG.marker, DocumentGraph.string(r.marker()));
            }
            if (r.outcome() != null) {
                g.add(node, CG.outcome, DocumentGraph.string(r.outcome()));
            }
            g.provenance(node, r.evidence());
        }
    }
}
