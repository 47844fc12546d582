package org.councilgraph.extract.recognise;

import org.councilgraph.extract.text.Span;

/**
 * A list of people under one attendance label ("Present:", "Apologies", "In attendance:"), or
 * an unlabelled list of names at the head of the minutes.
 *
 * @param section present, apologies, absent, attendance, chair or substitutes (the values of the
 *        attendance-labels lexicon)
 * @param label where the label stands, or null for an unlabelled list
 * @param content the list itself
 * @param roleCell a grid row's role cell, apart from the name ("Chair" under "Councillor R Amos"), or null
 */
record AttendanceBlock(String section, Span label, Span content, Span roleCell) {

    AttendanceBlock(String section, Span label, Span content) {
        this(section, label, content, null);
    }
}
