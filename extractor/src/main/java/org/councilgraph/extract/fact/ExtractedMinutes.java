package org.councilgraph.extract.fact;

import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.segment.Layout;

/** Everything extracted from one document: the input to the RDF stage. */
public record ExtractedMinutes(SourceDocument document, Layout layout, MeetingHeader header, List<AgendaItem> items,
        List<Attendance> attendance, List<Declaration> declarations, List<RoleHolding> roles,
        List<Resolution> resolutions, List<MinutesConfirmation> confirmations, Optional<NextMeeting> nextMeeting,
        List<Report> reports) {

    public ExtractedMinutes {
        items = List.copyOf(items);
        attendance = List.copyOf(attendance);
        declarations = List.copyOf(declarations);
        roles = List.copyOf(roles);
        resolutions = List.copyOf(resolutions);
        confirmations = List.copyOf(confirmations);
        reports = List.copyOf(reports);
    }

    /** True when nothing in the document looks like the record of a meeting. */
    public boolean isEmpty() {
        return items.isEmpty() && attendance.isEmpty() && declarations.isEmpty() && resolutions.isEmpty()
                && confirmations.isEmpty() && header.date() == null && header.committee() == null;
    }
}
