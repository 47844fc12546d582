package org.councilgraph.extract.rdf;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.ontology.CG;

/** Declarations of interest, numbered in order: who, which item (linked when it is one of the meeting's), which kinds. */
final class DeclarationWriter implements FactWriter<Declaration> {

    @Override
    public Class<Declaration> kind() {
        return Declaration.class;
    }

    @Override
    public void write(List<Declaration> declarations, DocumentGraph g) {
        for (int i = 0; i < declarations.size(); i++) {
            Declaration d = declarations.get(i);
            Node node = g.iris().declaration(i + 1);
            g.type(node, CG.Declaration);
            g.add(node, CG.declarant, g.person(d.person()));
            g.add(node, CG.nameAsWritten, DocumentGraph.string(d.person().written()));
            g.add(node, CG.atMeeting, g.meeting());
            if (d.itemReference() != null) {
                g.add(node, CG.itemReference, DocumentGraph.string(d.itemReference()));
                itemNumbered(g, d.itemReference()).ifPresent(item -> g.add(node, CG.concernsItem, item));
            }
            if (d.allItems()) {
                g.add(node, CG.allItems, DocumentGraph.bool(true));
            }
            d.kinds().stream().sorted().forEach(k -> g.add(node, CG.interestKind, switch (k) {
                case PERSONAL -> CG.interestPersonal;
                case PREJUDICIAL -> CG.interestPrejudicial;
                case PECUNIARY -> CG.interestPecuniary;
                case NON_PECUNIARY -> CG.interestNonPecuniary;
                case OTHER_REGISTRABLE -> CG.interestOtherRegistrable;
                case NON_REGISTRABLE -> CG.interestNonRegistrable;
                case SIGNIFICANT_OTHER -> CG.interestSignificantOther;
            }));
            if (d.kindText() != null) {
                g.add(node, CG.kindText, DocumentGraph.string(d.kindText()));
            }
            g.provenance(node, d.evidence());
            g.detection(node, d.detection());
        }
    }

    private static Optional<Node> itemNumbered(DocumentGraph g, String reference) {
        String ref = reference.strip().replaceAll("[.\\s]+$", "");
        return g.minutes().items().stream().filter(i -> i.number() != null && i.number().replaceAll("[.\\s]+$", "").equals(ref))
                .findFirst().map(AgendaItem::position).map(g.iris()::item);
    }
}
