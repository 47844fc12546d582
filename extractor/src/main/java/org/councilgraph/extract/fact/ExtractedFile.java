package org.councilgraph.extract.fact;

import java.util.List;
import java.util.Optional;

/**
 * Everything extracted from one file: the minutes of its one meeting or, for a file that holds
 * the minutes of several, of each, with a note on how the file was divided.
 *
 * @param meetings each meeting's extracted minutes, in the file's order; never empty
 * @param note what the reader should know about the division (which pages hold which meeting,
 *        what was left out as not minutes), or null for a file of one meeting
 */
public record ExtractedFile(List<ExtractedMinutes> meetings, String note) {

    public ExtractedFile {
        meetings = List.copyOf(meetings);
        if (meetings.isEmpty()) {
            throw new IllegalArgumentException("a file extracted gives at least one meeting's minutes");
        }
    }

    /** A file of one meeting. */
    public static ExtractedFile of(ExtractedMinutes minutes) {
        return new ExtractedFile(List.of(minutes), null);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
