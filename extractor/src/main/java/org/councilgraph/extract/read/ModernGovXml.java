package org.councilgraph.extract.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which ModernGov web-service response a file is, from the name of its root element:
 * {@code GetMeeting} ({@code <meeting>}) holds one meeting's record and minutes;
 * {@code GetMeetings} and {@code GetCommittees} are lists, not minutes.
 */
enum ModernGovXml {
    GET_MEETING("meeting", null),
    GET_MEETINGS("getmeetings", "is a ModernGov GetMeetings response: a list of meetings (dates and status), not minutes; "
            + "read each meeting's GetMeeting response instead"),
    GET_COMMITTEES("committees", "is a ModernGov GetCommittees response: a list of committees, not minutes");

    private static final Pattern ROOT = Pattern.compile(
            "(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<([a-z_][\\w.-]*)[\\s/>]", Pattern.DOTALL);

    private final String root;
    private final String notMinutes;

    ModernGovXml(String root, String notMinutes) {
        this.root = root;
        this.notMinutes = notMinutes;
    }

    /** Why a response of this kind is not minutes, or empty for a meeting's own record. */
    Optional<String> notMinutes() {
        return Optional.ofNullable(notMinutes);
    }

    /** The kind of response a file named {@code fileName} starting with {@code head} is, if it is one. */
    static Optional<ModernGovXml> of(String fileName, byte[] head) {
        if (!TextBytes.extension(fileName).equals("xml")) {
            return Optional.empty();
        }
        Matcher m = ROOT.matcher(TextBytes.start(head, DocumentFormats.HEAD));
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        for (ModernGovXml kind : values()) {
            if (kind.root.equals(m.group(1))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
