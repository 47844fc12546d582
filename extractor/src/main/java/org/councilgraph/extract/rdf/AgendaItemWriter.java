package org.councilgraph.extract.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.ontology.CG;

/** Agenda items: the meeting's links to them, then each item's number, heading and minute text. */
final class AgendaItemWriter implements FactWriter<AgendaItem> {

    @Override
    public Class<AgendaItem> kind() {
        return AgendaItem.class;
    }

    @Override
    public void write(List<AgendaItem> items, DocumentGraph g) {
        for (AgendaItem item : items) {
            g.add(g.meeting(), CG.agendaItem, g.iris().item(item.position()));
        }
        for (AgendaItem item : items) {
            Node n = g.iris().item(item.position());
            g.type(n, CG.AgendaItem);
            g.add(n, CG.position, DocumentGraph.integer(item.position()));
            g.add(n, CG.heading, DocumentGraph.string(item.heading()));
            if (item.number() != null) {
                g.add(n, CG.itemNumber, DocumentGraph.string(item.number()));
            }
            if (item.minutes() != null && item.minutes().length() > 0) {
                g.add(n, CG.minuteText, DocumentGraph.string(g.text().quote(item.minutes())));
            }
            if (item.referencedOnly()) {
                g.add(n, CG.referencedOnly, DocumentGraph.bool(true));
            }
            g.provenance(n, item.evidence());
        }
    }
}
