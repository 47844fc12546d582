package org.councilgraph.extract.participation;

import org.councilgraph.extract.fact.AttendanceStatus;

/** What the participation model says the minutes record of a person named at one place. */
public enum Participation {
    /** A member present (substitutes and the chair included). */
    PRESENT(AttendanceStatus.PRESENT),
    /** A member who sent apologies or was recorded absent. */
    APOLOGIES(AttendanceStatus.APOLOGIES),
    /** Someone attending who is not a member present: an officer, a guest, a visiting councillor. */
    IN_ATTENDANCE(AttendanceStatus.IN_ATTENDANCE),
    /** Named for another reason: speaking, declaring, being thanked, elected or remembered. */
    OTHER(null);

    private final AttendanceStatus status;

    Participation(AttendanceStatus status) {
        this.status = status;
    }

    /** The attendance status this stands for, or null for {@link #OTHER}. */
    public AttendanceStatus status() {
        return status;
    }
}
