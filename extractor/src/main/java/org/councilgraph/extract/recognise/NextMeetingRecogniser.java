package org.councilgraph.extract.recognise;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.NextMeeting;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds the announced next meeting: "The next meeting of the Commission is scheduled to take
 * place on 27 January 2025 at 10.00 am", "Date of next meeting: ...", "... for the next meeting on
 * the 22nd July 2021". The date must follow the phrase and not precede the meeting itself.
 */
final class NextMeetingRecogniser implements Recogniser {

    private static final Pattern NEXT = Pattern.compile("(?i)\\bnext\\s+(?:ordinary\\s+|full\\s+|scheduled\\s+)?meeting\\b");
    private static final Pattern VENUE = Pattern.compile("(?i)^\\s*(?:,\\s*)?in\\s+((?:the\\s+)?[\\p{Lu}][^.\\n]{2,120}?)\\s*(?:\\.|$)");

    private final DateRecogniser dates = new DateRecogniser();

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return next(analysis, found.header().meetingDate()).<List<Fact>>map(List::of).orElse(List.of());
    }

    /** The next meeting announced, after a meeting held on {@code meetingDate} when that is known. */
    Optional<NextMeeting> next(DocumentAnalysis minutes, Optional<LocalDate> meetingDate) {
        DocumentText text = minutes.text();
        for (Span sentence : minutes.sentences()) {
            Matcher m = NEXT.matcher(text.quote(sentence));
            if (!m.find()) {
                continue;
            }
            Span after = new Span(sentence.start() + m.end(), sentence.end());
            for (DateMention d : dates.find(text, after)) {
                if (d.contradictsWeekday() || d.span().start() - after.start() > 120) {
                    continue;
                }
                Optional<CalendarDate> date = d.hasYear() ? d.date().map(CalendarDate::of)
                        : meetingDate.isPresent() ? d.onOrAfter(meetingDate.get()).map(CalendarDate::of)
                        : minutes.contextYear().complete(d);
                if (date.isEmpty() || meetingDate.isPresent()
                        && !date.get().full().map(f -> f.isAfter(meetingDate.get())).orElse(false)) {
                    continue;
                }
                String venue = null;
                Matcher v = VENUE.matcher(text.text()).region(d.span().end(), sentence.end());
                if (v.find()) {
                    venue = v.group(1).strip();
                }
                return Optional.of(new NextMeeting(date.get(), d.time(), venue, sentence));
            }
        }
        return Optional.empty();
    }
}
