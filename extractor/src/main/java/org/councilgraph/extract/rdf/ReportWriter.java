package org.councilgraph.extract.rdf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.ontology.CG;

/** Reports considered under items, numbered within each item: whose post wrote them and who presented them. */
final class ReportWriter implements FactWriter<Report> {

    @Override
    public Class<Report> kind() {
        return Report.class;
    }

    @Override
    public void write(List<Report> reports, DocumentGraph g) {
        Map<Integer, Integer> perItem = new HashMap<>();
        for (Report r : reports) {
            if (r.itemPosition() <= 0) {
                continue;
            }
            int n = perItem.merge(r.itemPosition(), 1, Integer::sum);
            Node node = g.iris().report(r.itemPosition(), n);
            g.type(node, CG.Report);
            g.add(node, RDFS.label.asNode(), DocumentGraph.string(r.authorRole() != null ? "Report of the " + r.authorRole() : "Report"));
            if (r.authorRole() != null) {
                g.add(node, CG.reportBy, g.role(r.authorRole()));
            }
            if (r.presenter() != null) {
                g.add(node, CG.presentedBy, g.person(r.presenter()));
            }
            g.add(g.iris().item(r.itemPosition()), CG.considersReport, node);
            g.provenance(node, r.evidence());
        }
    }
}
