package org.councilgraph.extract.fact;

import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * A person's part in the meeting as the minutes record it.
 *
 * @param person the person, named as written
 * @param status present, apologies, substitute, in attendance, ...
 * @param role the role the person had at the meeting as written ("Chair", "Clerk"), or null
 * @param presided true for the person presiding
 * @param substituteFor the member this person replaced, or null
 * @param evidence the text that records it
 * @param detection whether the rules, the name finder or both found the person
 */
public record Attendance(PersonName person, AttendanceStatus status, String role, boolean presided,
        PersonName substituteFor, Span evidence, Detection detection) implements Fact {

    @Override
    public java.util.List<PersonName> people() {
        return substituteFor == null ? java.util.List.of(person) : java.util.List.of(person, substituteFor);
    }

    /** An attendance the rules found. */
    public Attendance(PersonName person, AttendanceStatus status, String role, boolean presided, PersonName substituteFor,
            Span evidence) {
        this(person, status, role, presided, substituteFor, evidence, Detection.RULES);
    }

    public Attendance withStatus(AttendanceStatus s) {
        return new Attendance(person, s, role, presided, substituteFor, evidence, detection);
    }

    public Attendance presiding() {
        return new Attendance(person, status, role, true, substituteFor, evidence, detection);
    }

    public Attendance withDetection(Detection d) {
        return new Attendance(person, status, role, presided, substituteFor, evidence, d);
    }
}
