package org.councilgraph.extract.recognise;

import java.time.LocalTime;
import java.util.Optional;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.Stated;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Reads what the head of the minutes says about the meeting: the council, the committee or
 * body, the date and start time, and the venue. Metadata given by the user wins. The date is
 * read first: the lines up to it (and the line after it) are the title that describes the
 * meeting, where its body and venue are named.
 */
public final class MeetingHeaderRecogniser {

    /** How far into a document the meeting's own description may lie. */
    private static final int HEAD = 2500;
    /** How far into a document without a dated title the title may lie. */
    private static final int UNDATED_TITLE = 1500;
    /** How far after its date a title may go on: "... at 6.00pm in the Council Chamber, Civic Centre, Lakeview Road". */
    private static final int TITLE_AFTER_DATE = 300;

    private final CouncilNames councils;
    private final CommitteeFinder committees;
    private final MeetingDates dates;
    private final VenueFinder venues;

    public MeetingHeaderRecogniser(Lexicons lexicons) {
        this.councils = new CouncilNames(lexicons);
        this.committees = new CommitteeFinder(lexicons);
        this.dates = new MeetingDates(lexicons);
        this.venues = new VenueFinder(lexicons);
    }

    public MeetingHeader recognise(DocumentAnalysis minutes) {
        DocumentMetadata given = minutes.document().metadata();
        DocumentText text = minutes.text();
        Span head = new Span(0, Math.min(text.length(), Math.max(minutes.header().end(), Math.min(HEAD, text.length()))));
        Span dateRegion = minutes.header();
        if (!minutes.items().isEmpty() && minutes.items().get(0).heading().start() < 600
                && text.quote(minutes.items().get(0).heading()).contains("Meeting:")) {
            dateRegion = dateRegion.union(minutes.items().get(0).heading());
        }
        Optional<DateMention> date = dates.find(text, dateRegion, firstItem(minutes));
        Span title = title(text, minutes.header(), head, date.orElse(null));
        // Where it was held may be written anywhere in the header: "The panel met at Pittwood House".
        Span described = title.union(new Span(0, Math.min(minutes.header().end(), head.end())));
        MeetingHeader h = MeetingHeader.EMPTY;
        Optional<CommitteeFinder.Found> found = committees.find(text, title, head, date.orElse(null));
        Optional<Stated<String>> committee = given.committeeName().map(Stated::given).or(() -> found.map(CommitteeFinder.Found::name));
        boolean named = given.committeeName().isPresent() || found.map(CommitteeFinder.Found::named).orElse(false);
        Span councilHead = new Span(0, Math.min(text.length(), Math.min(HEAD, Math.max(minutes.header().end(), 300))));
        Optional<Stated<String>> council = given.councilName().map(Stated::given)
                .or(() -> committee.filter(c -> c.span() != null && named).flatMap(c -> councils.in(c.value())
                        .map(name -> new Stated<>(name, c.span()))))
                .or(() -> councils.find(text, councilHead.union(title)));
        h = h.withCouncil(council.orElse(null)).withCommittee(committee.orElse(null), named);
        if (given.date().isPresent()) {
            CalendarDate stated = CalendarDate.of(given.date().get());
            h = h.withDate(Stated.given(stated), date.filter(d -> d.time() != null
                    && minutes.contextYear().complete(d).filter(stated::equals).isPresent())
                    .map(d -> new Stated<>(d.time(), d.span())).orElse(null));
        } else if (date.isPresent()) {
            DateMention d = date.get();
            Optional<CalendarDate> value = minutes.contextYear().complete(d);
            if (value.isPresent()) {
                Stated<LocalTime> time = d.time() == null ? MeetingDates.timeAfter(text, d) : new Stated<>(d.time(), d.span());
                h = h.withDate(new Stated<>(value.get(), d.span()), time);
            }
        }
        return h.withVenue(venues.find(text, described, head, date.orElse(null)).orElse(null));
    }

    /**
     * The first item, where a page number or an address read as an item heading ("22", "5
     * Halletts Way") leaves the minutes' title; an item about earlier minutes ("Confirmation of
     * Minutes") holds theirs.
     */
    private static Span firstItem(DocumentAnalysis minutes) {
        if (minutes.items().isEmpty()) {
            return new Span(0, 0);
        }
        ItemSegment first = minutes.items().get(0);
        return MeetingDates.EARLIER_MEETING.matcher(minutes.text().quote(first.heading())).find() ? new Span(0, 0) : first.whole();
    }

    /**
     * The lines that describe the meeting: up to the line after its date's, or when no date is
     * found the header's first lines; never the body of the minutes, whose "will be held in the
     * Town Hall" is another event's.
     */
    private static Span title(DocumentText text, Span header, Span head, DateMention date) {
        if (date != null) {
            Line line = text.lineAt(date.span().start());
            int next = line.index() + 1 < text.lines().size() ? text.lines().get(line.index() + 1).end() : line.end();
            // A page flattened into one line: the title is what is written around the date.
            int end = Math.min(Math.max(line.end(), Math.min(next, head.end())), date.span().end() + TITLE_AFTER_DATE);
            return new Span(0, Math.max(end, date.span().end()));
        }
        int end = header.length() == 0 ? head.end() : header.end();
        return new Span(0, Math.min(end, Math.min(UNDATED_TITLE, text.length())));
    }
}
