package org.councilgraph.store.graph;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.councilgraph.ontology.CG;

/**
 * Which meetings a network is drawn from, and around which resource: each filter is optional.
 * Council and committee match part of the body's name in any case, or its exact IRI; dates are
 * inclusive and leave out meetings without a date. Statuses choose which attendance records the
 * attendance networks (co-attendance, membership) count; none means those of the people who took
 * part: present, substitute and remote.
 *
 * @param council   part of a council's name, or its IRI
 * @param committee part of the name of the body that held the meeting, or its IRI
 * @param from      the first meeting date
 * @param to        the last meeting date
 * @param resource  the IRI a neighbourhood is drawn around
 * @param statuses  names of attendance statuses ({@code present}, {@code apologies}, {@code in-attendance}, ...)
 */
public record NetworkScope(Optional<String> council, Optional<String> committee, Optional<LocalDate> from,
                           Optional<LocalDate> to, Optional<String> resource, List<String> statuses) {

    /** The statuses a filter may name, each the concept {@code cg:status-NAME} of the ontology. */
    private static final Map<String, Node> STATUSES = statuses(CG.statusPresent, CG.statusApologies, CG.statusAbsent,
            CG.statusSubstitute, CG.statusInAttendance, CG.statusRemote, CG.statusExpected);

    /** What the attendance networks count without a status filter: the people who took part. */
    private static final List<String> TOOK_PART = List.of("present", "substitute", "remote");

    /** No filter at all. */
    public static NetworkScope everything() {
        return new NetworkScope(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A scope without a status filter. */
    public NetworkScope(Optional<String> council, Optional<String> committee, Optional<LocalDate> from,
                        Optional<LocalDate> to, Optional<String> resource) {
        this(council, committee, from, to, resource, List.of());
    }

    public NetworkScope {
        statuses = statuses.stream().map(s -> s.strip().toLowerCase(Locale.ROOT).replace(' ', '-'))
                .filter(s -> !s.isEmpty()).distinct().toList();
        for (String status : statuses) {
            if (!STATUSES.containsKey(status)) {
                throw new IllegalArgumentException("no attendance status '" + status + "'; choose from "
                        + String.join(", ", STATUSES.keySet()));
            }
        }
        council = council.filter(s -> !s.isBlank());
        committee = committee.filter(s -> !s.isBlank());
        resource = resource.filter(s -> !s.isBlank());
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("--from " + from.get() + " is after --to " + to.get());
        }
    }

    /** This scope counting attendance records of {@code names} (status names, as the option gives them). */
    public NetworkScope withStatuses(List<String> names) {
        return new NetworkScope(council, committee, from, to, resource, names);
    }

    /** The attendance statuses a filter may name. */
    public static List<String> statusNames() {
        return List.copyOf(STATUSES.keySet());
    }

    /** The status concepts the attendance networks count, as a SPARQL list for {@code IN (...)}. */
    String statusList() {
        return (statuses.isEmpty() ? TOOK_PART : statuses).stream()
                .map(name -> FmtUtils.stringForNode(STATUSES.get(name))).collect(Collectors.joining(", "));
    }

    private static Map<String, Node> statuses(Node... concepts) {
        Map<String, Node> byName = new LinkedHashMap<>();
        for (Node concept : concepts) {
            byName.put(concept.getURI().substring((CG.NS + "status-").length()), concept);
        }
        return byName;
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
