package org.councilgraph.store.graph;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * Which meetings a network is drawn from, and around which resource: each filter is optional.
 * Council and committee match part of the body's name in any case, or its exact IRI; dates are
 * inclusive and leave out meetings without a date.
 *
 * @param council   part of a council's name, or its IRI
 * @param committee part of the name of the body that held the meeting, or its IRI
 * @param from      the first meeting date
 * @param to        the last meeting date
 * @param resource  the IRI a neighbourhood is drawn around
 */
public record NetworkScope(Optional<String> council, Optional<String> committee, Optional<LocalDate> from,
                           Optional<LocalDate> to, Optional<String> resource) {

    /** No filter at all. */
    public static NetworkScope everything() {
        return new NetworkScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public NetworkScope {
        council = council.filter(s -> !s.isBlank());
        committee = committee.filter(s -> !s.isBlank());
        resource = resource.filter(s -> !s.isBlank());
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }

    /** True when a filter restricts the meetings. */
    boolean restrictsMeetings() {
        return council.isPresent() || committee.isPresent() || from.isPresent() || to.isPresent();
    }

    /** SPARQL patterns restricting {@code ?meeting} to this scope; empty when there is no filter. */
    String meetingPatterns() {
        StringBuilder sparql = new StringBuilder();
        if (council.isPresent() || committee.isPresent()) {
            sparql.append("  ?meeting cg:heldBy ?scopeBody . ?scopeBody rdfs:label ?scopeBodyName .\n");
        }
        council.ifPresent(c -> sparql.append("""
                  OPTIONAL { ?scopeBody cg:unitOf ?scopeUnit . ?scopeUnit rdfs:label ?scopeUnitName }
                  BIND (COALESCE(?scopeUnit, ?scopeBody) AS ?scopeCouncil)
                  BIND (COALESCE(?scopeUnitName, ?scopeBodyName) AS ?scopeCouncilName)
                  FILTER (STR(?scopeCouncil) = %1$s || CONTAINS(LCASE(?scopeCouncilName), LCASE(%1$s)))
                """.formatted(literal(c))));
        committee.ifPresent(c -> sparql.append(
                "  FILTER (STR(?scopeBody) = %1$s || CONTAINS(LCASE(?scopeBodyName), LCASE(%1$s)))\n"
                        .formatted(literal(c))));
        if (from.isPresent() || to.isPresent()) {
            sparql.append("  ?meeting cg:date ?scopeDate .\n");
        }
        from.ifPresent(d -> sparql.append("  FILTER (STR(?scopeDate) >= %s)\n".formatted(literal(d.toString()))));
        to.ifPresent(d -> sparql.append("  FILTER (STR(?scopeDate) <= %s)\n".formatted(literal(d.toString()))));
        return sparql.toString();
    }

    /** A string as a SPARQL literal, escaped, so a filter value cannot change the query. */
    static String literal(String value) {
        return FmtUtils.stringForNode(NodeFactory.createLiteralString(value));
    }
}
