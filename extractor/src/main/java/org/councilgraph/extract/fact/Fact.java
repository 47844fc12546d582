package org.councilgraph.extract.fact;

import java.util.List;

import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * A fact the minutes state, with the text that states it. The family is closed: every kind of
 * fact is one of these records, and each has a writer that puts it in the graph
 * ({@code org.councilgraph.extract.rdf.FactWriter}).
 */
public sealed interface Fact permits AgendaItem, Attendance, Declaration, MinutesConfirmation, NextMeeting, Report,
        Resolution, RoleHolding {

    /** The text that states the fact. */
    Span evidence();

    /** The people the fact names, in the order it names them (none for most kinds). */
    default List<PersonName> people() {
        return List.of();
    }
}
