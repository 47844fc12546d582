package org.councilgraph.extract.fact;

/**
 * How a person took part in a meeting (the concepts of the ontology's attendance scheme).
 * {@link #EXPECTED} records no taking part: a member the meeting expected, before anyone
 * recorded whether they came (ModernGov's "Expected").
 */
public enum AttendanceStatus {
    PRESENT, APOLOGIES, ABSENT, SUBSTITUTE, IN_ATTENDANCE, REMOTE, EXPECTED
}
