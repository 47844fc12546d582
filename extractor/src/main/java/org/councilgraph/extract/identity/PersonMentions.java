package org.councilgraph.extract.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;

/** Reads the people of one document's graph as mentions for the cross-document resolver. */
public final class PersonMentions {

    private PersonMentions() {
    }

    /** Every {@code cg:Person} of {@code graph} with a family name, in IRI order. */
    public static List<PersonMention> of(String document, String council, Graph graph) {
        List<PersonMention> out = new ArrayList<>();
        String date = meetingDate(graph);
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), CG.Person).toList()) {
            Node p = t.getSubject();
            String family = first(graph, p, CG.familyName);
            if (family == null || !p.isURI()) {
                continue;
            }
            String given = first(graph, p, CG.givenName);
            Set<String> honorifics = new HashSet<>();
            graph.find(p, CG.honorific, Node.ANY).forEachRemaining(h -> honorifics.add(h.getObject().getLiteralLexicalForm()));
            Set<String> absentNames = absentNamesOfAttendee(graph, p);
            out.add(new PersonMention(document, council, p, family,
                    given == null ? List.of() : List.of(given.split("\\s+")), first(graph, p, CG.initials), honorifics, Set.of(), date));
            if (!absentNames.isEmpty()) {
                // One person both at the meeting and absent from it is two people the document
                // took for one ("Cllr Williams" sent apologies, "Cllr Mrs Laura Williams" was
                // present): the absent names become a mention of their own, known by family name.
                out.add(new PersonMention(document, council, p, family, List.of(), "", Set.of(), absentNames, date));
            }
        }
        out.sort(Comparator.comparing(m -> m.person().getURI()));
        return out;
    }

    /**
     * The names under which {@code person} is recorded absent (apologies, absent) when the same
     * graph also records them at the meeting under other names; empty otherwise.
     */
    private static Set<String> absentNamesOfAttendee(Graph g, Node person) {
        Set<String> absent = new TreeSet<>();
        Set<String> attending = new TreeSet<>();
        for (Triple t : g.find(Node.ANY, CG.attendee, person).toList()) {
            Node row = t.getSubject();
            boolean away = g.contains(row, CG.attendanceStatus, CG.statusApologies) || g.contains(row, CG.attendanceStatus, CG.statusAbsent);
            g.find(row, CG.nameAsWritten, Node.ANY).forEachRemaining(n -> (away ? absent : attending).add(n.getObject().getLiteralLexicalForm()));
        }
        absent.removeAll(attending);
        return attending.isEmpty() ? Set.of() : absent;
    }

    /** The date of the meeting the document's minutes record, or null. */
    private static String meetingDate(Graph g) {
        return g.find(Node.ANY, CG.minutesOf, Node.ANY).toList().stream()
                .map(t -> first(g, t.getObject(), CG.date)).filter(d -> d != null).sorted().findFirst().orElse(null);
    }

    private static String first(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).sorted().findFirst().orElse(null);
    }
}
