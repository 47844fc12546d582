package org.councilgraph.extract.rdf;

import java.util.List;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.ontology.CG;

/** Attendance, numbered in order: who, with which status, for whom they substituted, in which role, presiding. */
final class AttendanceWriter implements FactWriter<Attendance> {

    @Override
    public Class<Attendance> kind() {
        return Attendance.class;
    }

    @Override
    public void write(List<Attendance> attendance, DocumentGraph g) {
        for (int i = 0; i < attendance.size(); i++) {
            Attendance a = attendance.get(i);
            Node node = g.iris().attendance(i + 1);
            g.type(node, CG.Attendance);
            g.add(node, CG.attendee, g.person(a.person()));
            g.add(node, CG.nameAsWritten, DocumentGraph.string(a.person().written()));
            g.add(node, CG.atMeeting, g.meeting());
            g.add(node, CG.attendanceStatus, switch (a.status()) {
                case PRESENT -> CG.statusPresent;
                case APOLOGIES -> CG.statusApologies;
                case ABSENT -> CG.statusAbsent;
                case SUBSTITUTE -> CG.statusSubstitute;
                case IN_ATTENDANCE -> CG.statusInAttendance;
                case REMOTE -> CG.statusRemote;
                case EXPECTED -> CG.statusExpected;
            });
            if (a.substituteFor() != null) {
                g.add(node, CG.substituteFor, g.person(a.substituteFor()));
                g.add(node, CG.substituteForName, DocumentGraph.string(a.substituteFor().written()));
            }
            if (a.role() != null) {
                g.add(node, CG.roleAtMeeting, g.role(a.role()));
            }
            if (a.presided()) {
                g.add(node, CG.presided, DocumentGraph.bool(true));
            }
            g.provenance(node, a.evidence());
            g.detection(node, a.detection());
        }
    }
}
