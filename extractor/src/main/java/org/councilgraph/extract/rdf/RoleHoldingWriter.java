package org.councilgraph.extract.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.ontology.CG;

/** Role holdings, numbered in order: who holds which post, in which organisation. */
final class RoleHoldingWriter implements FactWriter<RoleHolding> {

    @Override
    public Class<RoleHolding> kind() {
        return RoleHolding.class;
    }

    @Override
    public void write(List<RoleHolding> roles, DocumentGraph g) {
        for (int i = 0; i < roles.size(); i++) {
            RoleHolding r = roles.get(i);
            Node node = g.iris().roleHolding(i + 1);
            g.type(node, CG.RoleHolding);
            g.add(node, CG.holder, g.person(r.person()));
            g.add(node, CG.role, g.role(r.role()));
            g.add(node, CG.roleTitle, DocumentGraph.string(r.role()));
            g.add(node, CG.nameAsWritten, DocumentGraph.string(r.person().writtenWithoutTitle()));
            if (r.organisation() != null) {
                Node org = g.iris().organisation(r.organisation());
                if (g.declare(org)) {
                    g.type(org, CG.Organisation);
                    g.add(org, RDFS.label.asNode(), DocumentGraph.string(r.organisation()));
                }
                g.add(node, CG.organisation, org);
                g.add(node, CG.organisationName, DocumentGraph.string(r.organisation()));
            }
            g.add(node, CG.atMeeting, g.meeting());
            g.provenance(node, r.evidence());
            g.detection(node, r.detection());
        }
    }
}
