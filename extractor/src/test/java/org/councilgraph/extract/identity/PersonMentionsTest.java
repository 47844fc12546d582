package org.councilgraph.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Test;

class PersonMentionsTest {

    private static final Node WILLIAMS = NodeFactory.createURI(CG.ID + "person/st-weonards-parish-council/williams-laura");

    private static void attendance(Graph g, int n, Node status, String written) {
        Node row = NodeFactory.createURI(CG.ID + "meeting/k/attendance/" + n);
        g.add(Triple.create(row, CG.attendee, WILLIAMS));
        g.add(Triple.create(row, CG.attendanceStatus, status));
        g.add(Triple.create(row, CG.nameAsWritten, NodeFactory.createLiteralString(written)));
    }

    private static Graph laura() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(WILLIAMS, RDF.type.asNode(), CG.Person));
        g.add(Triple.create(WILLIAMS, CG.familyName, NodeFactory.createLiteralString("Williams")));
        g.add(Triple.create(WILLIAMS, CG.givenName, NodeFactory.createLiteralString("Laura")));
        g.add(Triple.create(WILLIAMS, CG.honorific, NodeFactory.createLiteralString("Mrs")));
        attendance(g, 1, CG.statusPresent, "Cllr Mrs Laura Williams");
        return g;
    }

    @Test
    void readsThePersonsFullestName() {
        List<PersonMention> mentions = PersonMentions.of("k", "St Weonards Parish Council", laura());
        assertEquals(1, mentions.size());
        PersonMention m = mentions.get(0);
        assertEquals("williams", m.family());
        assertEquals(List.of("laura"), m.givenNames());
        assertEquals(Set.of("mrs"), m.honorifics());
        assertEquals(Set.of(), m.names());
    }

    @Test
    void aPersonBothPresentAndAbsentAtOneMeetingGivesTheAbsentNamesAMentionOfTheirOwn() {
        Graph g = laura();
        attendance(g, 2, CG.statusApologies, "Cllr Williams");
        List<PersonMention> mentions = PersonMentions.of("k", "St Weonards Parish Council", g);
        assertEquals(2, mentions.size());
        PersonMention split = mentions.get(1);
        assertEquals(Set.of("Cllr Williams"), split.names());
        assertEquals(List.of(), split.givenNames());
        assertEquals("williams", split.family());
    }
}
