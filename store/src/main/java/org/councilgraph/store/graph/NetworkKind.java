package org.councilgraph.store.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * The networks the database can be drawn as. Each is one aggregating SPARQL query that returns
 * {@code ?source ?target ?weight ?relation} rows, so a network of thousands of people is counted
 * by the store, not in memory; the unfiltered co-attendance network has a second one that reads
 * the edges {@code load} stored ({@link #readsStoredEdges}).
 */
public enum NetworkKind {

    // People are the resolved persons of their council, as the documented queries count them
    // (queries/README.md, "People across meetings"): a fact's person, document and name as
    // written are joined to the mention, falling back to the document's person where none was
    // resolved (a document of no known council).

    /**
     * People present at the same meetings (or both of the scope's statuses there), weighted by the
     * number of meetings.
     */
    CO_ATTENDANCE("co-attendance", """
            SELECT ?source ?target (COUNT(DISTINCT ?meeting) AS ?weight) ("co-attendance" AS ?relation)
            WHERE {
              ?a cg:atMeeting ?meeting ; cg:attendee ?personA ; cg:attendanceStatus ?statusA ;
                 cg:sourceDocument ?document ; cg:nameAsWritten ?writtenA .
              ?b cg:atMeeting ?meeting ; cg:attendee ?personB ; cg:attendanceStatus ?statusB ; cg:nameAsWritten ?writtenB .
              FILTER (?statusA IN (%2$s))
              FILTER (?statusB IN (%2$s))
              OPTIONAL { ?ma cg:mentionOf ?personA ; cg:sourceDocument ?document ; cg:nameAsWritten ?writtenA ; cg:canonicalPerson ?resolvedA }
              OPTIONAL { ?mb cg:mentionOf ?personB ; cg:sourceDocument ?document ; cg:nameAsWritten ?writtenB ; cg:canonicalPerson ?resolvedB }
              BIND (COALESCE(?resolvedA, ?personA) AS ?source)
              BIND (COALESCE(?resolvedB, ?personB) AS ?target)
              FILTER (STR(?source) < STR(?target))
            %1$s}
            GROUP BY ?source ?target
            """),

    /**
     * People and the committees whose meetings they were present at (or of the scope's statuses
     * at), weighted by meetings.
     */
    MEMBERSHIP("membership", """
            SELECT ?source ?target (COUNT(DISTINCT ?meeting) AS ?weight) ("member" AS ?relation)
            WHERE {
              ?a cg:atMeeting ?meeting ; cg:attendee ?person ; cg:attendanceStatus ?status ;
                 cg:sourceDocument ?document ; cg:nameAsWritten ?written .
              FILTER (?status IN (%2$s))
              OPTIONAL { ?m cg:mentionOf ?person ; cg:sourceDocument ?document ; cg:nameAsWritten ?written ; cg:canonicalPerson ?resolved }
              BIND (COALESCE(?resolved, ?person) AS ?source)
              ?meeting cg:heldBy ?target .
            %1$s}
            GROUP BY ?source ?target
            """),

    /** People and the agenda items (or meetings, when no item is named) they declared an interest in. */
    DECLARATIONS("declarations", """
            SELECT ?source ?target (COUNT(DISTINCT ?declaration) AS ?weight) ("declared an interest" AS ?relation)
            WHERE {
              ?declaration a cg:Declaration ; cg:declarant ?person ; cg:atMeeting ?meeting ; cg:sourceDocument ?document .
              OPTIONAL { ?declaration cg:nameAsWritten ?written .
                         ?m cg:mentionOf ?person ; cg:sourceDocument ?document ; cg:nameAsWritten ?written ; cg:canonicalPerson ?resolved }
              BIND (COALESCE(?resolved, ?person) AS ?source)
              OPTIONAL { ?declaration cg:concernsItem ?item }
              BIND (COALESCE(?item, ?meeting) AS ?target)
            %s}
            GROUP BY ?source ?target
            """),

    /**
     * What one resource links to and what links to it; attendances, declarations and posts are
     * stepped through, so a person links to their meetings and a meeting to its attendees, and a
     * committee links to the people present at its meetings (a person to those committees). The
     * people and bodies at the other end are the resolved ones where the identity graphs resolve
     * them (a document's person by its mention, a document's committee by its body mention), and
     * a resolved person or body in the middle has the links of everything it stands for. A pair
     * linked in several ways is one edge, named "member" when membership is one of them.
     */
    NEIGHBOURHOOD("neighbourhood", """
            SELECT ?source ?target (COUNT(*) AS ?weight) (IF(COUNT(?membership) > 0, "member", SAMPLE(?link)) AS ?relation)
            WHERE {
              {
                %1$s ?p ?other .
                FILTER NOT EXISTS { ?other a ?hop FILTER (?hop IN (cg:Attendance, cg:Declaration, cg:RoleHolding)) }
                OPTIONAL { ?document cg:minutesOf %1$s }
                BIND (true AS ?outward)
              } UNION {
                ?other ?p %1$s .
                FILTER NOT EXISTS { ?other a ?hop FILTER (?hop IN (cg:Attendance, cg:Declaration, cg:RoleHolding)) }
                BIND (false AS ?outward)
              } UNION {
                ?step ?in %1$s ; a ?hop ; ?p ?other ; cg:sourceDocument ?document .
                FILTER (?hop IN (cg:Attendance, cg:Declaration, cg:RoleHolding))
                FILTER (?other != %1$s)
                OPTIONAL { ?step cg:nameAsWritten ?written }
                BIND (true AS ?outward)
              } UNION {
                # A resolved person: the steps of each document's person it stands for.
                ?mention cg:canonicalPerson %1$s ; cg:mentionOf ?person ; cg:sourceDocument ?document ; cg:nameAsWritten ?name .
                ?step ?in ?person ; a ?hop ; cg:sourceDocument ?document ; cg:nameAsWritten ?name ; ?p ?other .
                FILTER (?hop IN (cg:Attendance, cg:Declaration, cg:RoleHolding))
                FILTER (?other != ?person)
                BIND (true AS ?outward)
              } UNION {
                # A resolved committee or council: the meetings of each document's body it stands for.
                ?bodyMention cg:canonicalBody %1$s ; cg:mentionOfBody ?named ; cg:sourceDocument ?document .
                FILTER (?named != %1$s)
                ?document cg:minutesOf ?other .
                ?other cg:heldBy ?named .
                BIND (cg:heldBy AS ?p)
                BIND (false AS ?outward)
              } UNION {
                # Membership as the membership network counts it: a committee's people present
                # at its meetings, and a person's committees, one row per meeting.
                {
                  { ?meeting cg:heldBy %1$s }
                  UNION { ?bodyMention cg:canonicalBody %1$s ; cg:mentionOfBody ?named ; cg:sourceDocument ?document .
                          FILTER (?named != %1$s)
                          ?document cg:minutesOf ?meeting .
                          ?meeting cg:heldBy ?named }
                  ?a cg:atMeeting ?meeting ; cg:attendee ?other .
                  OPTIONAL { ?a cg:nameAsWritten ?written }
                }
                UNION { ?a cg:attendee %1$s ; cg:atMeeting ?meeting . ?meeting cg:heldBy ?other }
                UNION { ?mention cg:canonicalPerson %1$s ; cg:mentionOf ?person ; cg:sourceDocument ?document ; cg:nameAsWritten ?name .
                        ?a cg:attendee ?person ; cg:sourceDocument ?document ; cg:nameAsWritten ?name ; cg:atMeeting ?meeting .
                        ?meeting cg:heldBy ?other }
                ?a cg:attendanceStatus ?status ; cg:sourceDocument ?document .
                FILTER (?status IN (cg:status-present, cg:status-substitute, cg:status-remote))
                BIND (cg:attendee AS ?p)
                BIND ("member" AS ?membership)
                BIND (true AS ?outward)
              }
              # The resource itself is written into every branch, so that each is read from it.
              BIND (%1$s AS ?centre)
              # The other end as resolved across meetings, by its mention in the document the link is read from.
              OPTIONAL { ?otherMention cg:mentionOf ?other ; cg:sourceDocument ?mentionDocument ; cg:nameAsWritten ?mentionName ;
                                       cg:canonicalPerson ?resolvedPerson
                         FILTER (?mentionDocument = ?document && ?mentionName = ?written) }
              OPTIONAL { ?otherBodyMention cg:mentionOfBody ?other ; cg:sourceDocument ?bodyDocument ; cg:canonicalBody ?resolvedBody
                         FILTER (?bodyDocument = ?document) }
              BIND (COALESCE(?resolvedPerson, ?resolvedBody, ?other) AS ?end)
              BIND (IF(?outward, ?centre, ?end) AS ?source)
              BIND (IF(?outward, ?end, ?centre) AS ?target)
              FILTER (isIRI(?target) && isIRI(?source) && ?p != rdf:type)
              FILTER (?p NOT IN (cg:evidence, cg:sourceDocument, cg:inDocument))
              FILTER (!STRSTARTS(STR(?target), STR(cg:)) && !STRSTARTS(STR(?source), STR(cg:)))
              BIND (COALESCE(?membership, STRAFTER(STR(?p), "#")) AS ?link)
            }
            GROUP BY ?source ?target
            """);

    /**
     * The co-attendance network of the whole database, read from the edges {@code load} stores
     * ({@code cg:CoAttendance}, counted as {@link #CO_ATTENDANCE} counts them) instead of pairing
     * every attendance: what the unfiltered network is computed from.
     */
    private static final String STORED_CO_ATTENDANCE = """
            SELECT ?source ?target (SUM(?together) AS ?weight) ("co-attendance" AS ?relation)
            WHERE {
              ?edge a cg:CoAttendance ; cg:meetingsTogether ?together ; cg:coAttendee ?source , ?target .
              FILTER (STR(?source) < STR(?target))
            }
            GROUP BY ?source ?target
            """;

    private final String id;
    private final String edgeQuery;

    NetworkKind(String id, String edgeQuery) {
        this.id = id;
        this.edgeQuery = edgeQuery;
    }

    /** The name users type: {@code co-attendance}, {@code membership}, ... */
    public String id() {
        return id;
    }

    /** The kind named {@code id}, if any. */
    public static Optional<NetworkKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    /** The SPARQL SELECT of this network's edges in {@code scope} counted from the attendances, at most {@code limit} rows. */
    String edgeQuery(NetworkScope scope, long limit) {
        if (!scope.statuses().isEmpty() && (this == DECLARATIONS || this == NEIGHBOURHOOD)) {
            throw new IllegalArgumentException("--status filters the attendance networks (co-attendance, membership),"
                    + " not the " + id + " network");
        }
        if (this == NEIGHBOURHOOD) {
            String resource = scope.resource().orElseThrow(() -> new IllegalArgumentException(
                    "the neighbourhood network needs a resource: give --resource IRI"));
            return ordered(edgeQuery.formatted("<" + checkedIri(resource) + ">"), limit);
        }
        return ordered(edgeQuery.formatted(scope.meetingPatterns(), scope.statusList()), limit);
    }

    /**
     * True when this network in {@code scope} is the one {@code load} stores: co-attendance over
     * every meeting, of the people who took part. The stored edges keep neither dates nor bodies
     * nor other statuses, so a filtered network is counted from the attendances.
     */
    boolean readsStoredEdges(NetworkScope scope) {
        return this == CO_ATTENDANCE && !scope.restrictsMeetings() && scope.statuses().isEmpty();
    }

    /** The SPARQL SELECT of the stored co-attendance edges, as {@link #edgeQuery} orders and caps its rows. */
    static String storedEdgeQuery(long limit) {
        return ordered(STORED_CO_ATTENDANCE, limit);
    }

    /** A cheap SPARQL ASK: does the database hold stored co-attendance edges (was it refreshed by {@code load})? */
    static String storedEdgesExist() {
        return NetworkQueries.PREFIXES + "ASK { ?edge a cg:CoAttendance }\n";
    }

    private static String ordered(String body, long limit) {
        return NetworkQueries.PREFIXES + body + "ORDER BY DESC(?weight) ?source ?target\nLIMIT " + limit + "\n";
    }

    private static String checkedIri(String iri) {
        if (!iri.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+")) {
            throw new IllegalArgumentException("not an IRI: " + iri);
        }
        return iri;
    }
}
