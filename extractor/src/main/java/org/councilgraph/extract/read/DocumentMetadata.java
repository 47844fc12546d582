package org.councilgraph.extract.read;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Facts about a document that its text may lack, given by the user (command-line options or a
 * sidecar file). Every field is optional; a given field wins over what extraction finds.
 */
public record DocumentMetadata(String council, String committee, LocalDate meetingDate, String sourceUrl) {

    public static final DocumentMetadata NONE = new DocumentMetadata(null, null, null, null);

    public Optional<String> councilName() {
        return Optional.ofNullable(council);
    }

    public Optional<String> committeeName() {
        return Optional.ofNullable(committee);
    }

    public Optional<LocalDate> date() {
        return Optional.ofNullable(meetingDate);
    }

    public Optional<String> url() {
        return Optional.ofNullable(sourceUrl);
    }

    /** This metadata with every field it lacks taken from {@code fallback}. */
    public DocumentMetadata orElse(DocumentMetadata fallback) {
        return new DocumentMetadata(
                council != null ? council : fallback.council,
                committee != null ? committee : fallback.committee,
                meetingDate != null ? meetingDate : fallback.meetingDate,
                sourceUrl != null ? sourceUrl : fallback.sourceUrl);
    }
}
