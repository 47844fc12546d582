package org.councilgraph.extract.rdf;

import java.util.List;

/** The writers of the kinds of fact, in the order their triples are written. */
public final class FactWriters {

    private FactWriters() {
    }

    /** One writer per kind of fact. A new kind of fact adds its writer here. */
    public static List<FactWriter<?>> standard() {
        return List.of(new AgendaItemWriter(), new ResolutionWriter(), new AttendanceWriter(), new DeclarationWriter(),
                new RoleHoldingWriter(), new MinutesConfirmationWriter(), new NextMeetingWriter(), new ReportWriter());
    }
}
