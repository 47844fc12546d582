package org.councilgraph.extract.read;

/**
 * A ModernGov web-service {@code GetMeeting} response (XML): the meeting's date, time, venue and
 * committee and its attendees (role and attendance) are read from their fields as stated facts,
 * and each agenda item's minutes (HTML inside the XML) as text for the recognisers
 * ({@link ModernGovMeeting}). The lists {@code GetMeetings} and {@code GetCommittees} are not
 * minutes: {@link DocumentFormats} names them as such.
 */
public final class ModernGovFormat implements MinutesFormat {

    ModernGovFormat() {
    }

    @Override
    public String name() {
        return "ModernGov web-service XML";
    }

    @Override
    public String mediaType() {
        return "application/xml";
    }

    @Override
    public boolean accepts(String fileName, byte[] head, boolean named) {
        return ModernGovXml.of(fileName, head).filter(k -> k == ModernGovXml.GET_MEETING).isPresent();
    }

    @Override
    public String text(String name, byte[] bytes) throws UnreadableDocumentException {
        return read(name, bytes).text();
    }

    @Override
    public ExtractedText read(String name, byte[] bytes) throws UnreadableDocumentException {
        return ModernGovMeeting.read(name, TextBytes.decode(name, bytes));
    }
}
