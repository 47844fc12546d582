package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.RoleHolding;

/** Attendance and role facts found together (a list gives both). */
record PeopleFacts(List<Attendance> attendance, List<RoleHolding> roles) {

    static PeopleFacts empty() {
        return new PeopleFacts(new ArrayList<>(), new ArrayList<>());
    }

    void addAll(PeopleFacts other) {
        attendance.addAll(other.attendance);
        roles.addAll(other.roles);
    }
}
