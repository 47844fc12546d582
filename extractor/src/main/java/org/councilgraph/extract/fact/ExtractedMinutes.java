package org.councilgraph.extract.fact;

import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.segment.Layout;

/** Everything extracted from one document: the input to the RDF stage. */
public record ExtractedMinutes(SourceDocument document, Layout layout, Facts facts) {

    public MeetingHeader header() {
        return facts.header();
    }

    public List<AgendaItem> items() {
        return facts.items();
    }

    public List<Attendance> attendance() {
        return facts.attendance();
    }

    public List<Declaration> declarations() {
        return facts.declarations();
    }

    public List<RoleHolding> roles() {
        return facts.roles();
    }

    public List<Resolution> resolutions() {
        return facts.resolutions();
    }

    public List<MinutesConfirmation> confirmations() {
        return facts.confirmations();
    }

    public Optional<NextMeeting> nextMeeting() {
        return facts.nextMeeting();
    }

    public List<Report> reports() {
        return facts.reports();
    }
}
