package org.councilgraph.extract.read;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.FormatFacts;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.text.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads a ModernGov {@code GetMeeting} response. The document's text is the agenda items'
 * minutes as the recognisers read them (each item's number and title on a line, then its minute
 * HTML as text), followed by the XML source as published; the meeting's date, time, venue and
 * committee are stated facts whose spans are the element texts in that source, and the
 * attendees become facts through {@link ModernGovAttendees}. The XML is parsed with jsoup's XML
 * parser, which tracks where every node stands and resolves no external entities.
 */
final class ModernGovMeeting {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final List<DateTimeFormatter> TIMES = List.of(formatter("h.mm a"), formatter("h:mm a"), formatter("H:mm"), formatter("H.mm"));

    private final Element meeting;
    private final SourceSpans source;

    private ModernGovMeeting(Element meeting, SourceSpans source) {
        this.meeting = meeting;
        this.source = source;
    }

    /**
     * The text and stated facts of the {@code GetMeeting} response {@code xml}.
     *
     * @throws UnreadableDocumentException when it holds no meeting or no minutes
     */
    static ExtractedText read(String name, String xml) throws UnreadableDocumentException {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser().setTrackPosition(true));
        Element root = doc.children().first();
        if (root == null || !root.normalName().equals("meeting")) {
            throw new UnreadableDocumentException(name, "is not a ModernGov GetMeeting response (no <meeting> element)");
        }
        String minutes = minutesText(root);
        if (minutes.isEmpty()) {
            throw new UnreadableDocumentException(name, "is a ModernGov GetMeeting response without minute text (meeting status "
                    + quoted(childText(root, "meetingstatus")) + ", minutes published " + quoted(childText(root, "minutepublished"))
                    + "): there is no record of the meeting to extract");
        }
        ModernGovMeeting m = new ModernGovMeeting(root, new SourceSpans(xml, minutes.length()));
        Stated<String> committee = m.committee().orElse(null);
        List<Fact> facts = new ModernGovAttendees(m.source, ModernGovVocabulary.STANDARD)
                .facts(child(root, "attendees"), committee == null ? null : committee.value());
        return new ExtractedText(minutes + xml, Pages.NONE, new FormatFacts(m.header(committee), facts, minutes.length()));
    }

    /** Each agenda item with minutes: its number and title on one line, its minutes as text, a blank line. */
    private static String minutesText(Element root) {
        StringBuilder out = new StringBuilder();
        Element items = child(root, "agendaitems");
        if (items == null) {
            return "";
        }
        for (Element item : items.children()) {
            String body = childText(item, "minutesnonemptyhtmlbody");
            String text = body.isBlank() ? "" : new HtmlPage(body).text();
            if (text.isBlank()) {
                continue;
            }
            String number = childText(item, "fulldisplaynumberformat").strip();
            if (number.isEmpty() && !childText(item, "minutesitemnumber").isBlank()) {
                number = childText(item, "minutesitemnumber").strip() + ".";
            }
            String title = childText(item, "agendaitemtitle").strip().replaceAll("\\s+", " ");
            out.append(number.isEmpty() ? title : number + " " + title).append('\n').append(text).append("\n\n");
        }
        return out.toString();
    }

    private MeetingHeader header(Stated<String> committee) {
        MeetingHeader h = MeetingHeader.EMPTY.withCommittee(committee, committee != null);
        Optional<Stated<String>> date = stated(child(meeting, "meetingdate"));
        Optional<CalendarDate> day = date.flatMap(d -> parse(d.value()));
        if (day.isPresent()) {
            Optional<Stated<String>> start = stated(child(meeting, "meetingactualstarttime")).or(() -> stated(child(meeting, "meetingtime")));
            Stated<LocalTime> time = start.flatMap(t -> time(t.value()).map(v -> new Stated<>(v, t.span()))).orElse(null);
            h = h.withDate(new Stated<>(day.get(), date.get().span()), time);
        }
        Optional<Stated<String>> venue = stated(child(meeting, "meetinglocation"));
        if (venue.isPresent()) {
            h = h.withVenue(venue.get());
        }
        return h;
    }

    /**
     * The committee: the meeting's own {@code committeetitle}, else the one committee its
     * attachments or items name (none when they name several).
     */
    private Optional<Stated<String>> committee() {
        Optional<Stated<String>> own = stated(child(meeting, "committeetitle"));
        if (own.isPresent()) {
            return own;
        }
        for (String tag : List.of("linkeddoc > committeetitle", "agendaitem > refertocommittee")) {
            List<Stated<String>> named = meeting.select(tag).stream().map(this::stated)
                    .flatMap(Optional::stream).toList();
            Set<String> names = new LinkedHashSet<>(named.stream().map(Stated::value).toList());
            if (names.size() == 1) {
                return Optional.of(named.get(0));
            }
        }
        return Optional.empty();
    }

    private Optional<Stated<String>> stated(Element e) {
        return e == null ? Optional.empty() : source.text(e);
    }

    private static Optional<CalendarDate> parse(String date) {
        try {
            return Optional.of(CalendarDate.of(LocalDate.parse(date, DATE)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text) {
        for (DateTimeFormatter f : TIMES) {
            try {
                return Optional.of(LocalTime.parse(text, f));
            } catch (DateTimeParseException e) {
                // Not written this way: try the next.
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.UK);
    }

    static Element child(Element parent, String tag) {
        if (parent == null) {
            return null;
        }
        for (Element c : parent.children()) {
            if (c.normalName().equals(tag)) {
                return c;
            }
        }
        return null;
    }

    private static String childText(Element parent, String tag) {
        Element c = child(parent, tag);
        return c == null ? "" : c.wholeText();
    }

    private static String quoted(String value) {
        return value.isBlank() ? "not given" : "\"" + value.strip() + "\"";
    }

    /** Spans of the XML source's nodes in the document's text, where the source starts at {@code base}. */
    record SourceSpans(String xml, int base) {

        /** The element's text, stripped, and its span; empty when the element holds no text. */
        Optional<Stated<String>> text(Element e) {
            if (e.childrenSize() > 0 || e.textNodes().size() != 1) {
                return Optional.empty();
            }
            TextNode node = e.textNodes().get(0);
            return trimmed(node.sourceRange().startPos(), node.sourceRange().endPos()).map(s -> new Stated<>(node.text().strip(), s));
        }

        /** The span of source characters {@code [start, end)} without their outer white space. */
        Optional<Span> trimmed(int start, int end) {
            while (start < end && Character.isWhitespace(xml.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(xml.charAt(end - 1))) {
                end--;
            }
            return start == end ? Optional.empty() : Optional.of(new Span(base + start, base + end));
        }
    }
}
