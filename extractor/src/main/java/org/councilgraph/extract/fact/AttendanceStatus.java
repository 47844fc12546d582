package org.councilgraph.extract.fact;

/** How a person took part in a meeting (the concepts of the ontology's attendance scheme). */
public enum AttendanceStatus {
    PRESENT, APOLOGIES, ABSENT, SUBSTITUTE, IN_ATTENDANCE, REMOTE
}
