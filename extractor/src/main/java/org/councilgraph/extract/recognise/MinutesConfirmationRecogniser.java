package org.councilgraph.extract.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds the earlier meetings whose minutes this meeting approved: decisions about minutes with
 * an approving verb ("confirmed", "approved", "agreed as a correct record"; not "received" or
 * "noted"), dated by the decision itself, else by the item heading, else by the nearest date
 * before the decision in its item.
 */
final class MinutesConfirmationRecogniser {

    private static final Pattern ABOUT_MINUTES = Pattern.compile("(?i)\\bminutes?\\b");
    private static final Pattern APPROVING = Pattern.compile(
            "(?i)\\b(?:confirm(?:ed)?|approv(?:ed|e)|agreed|accept(?:ed)?|adopted|ADOPTED|signed|correct(?:ly)? record(?:ed)?|true record|correctly recorded|taken as read)\\b");

    private final DateRecogniser dates = new DateRecogniser();

    List<MinutesConfirmation> recognise(SegmentedMinutes minutes, List<Resolution> resolutions, Optional<LocalDate> meetingDate,
            int contextYear) {
        DocumentText text = minutes.text();
        List<MinutesConfirmation> out = new ArrayList<>();
        for (Resolution r : resolutions) {
            String t = r.text();
            boolean minutesItem = r.itemPosition() > 0 && ABOUT_MINUTES.matcher(minutes.items().get(r.itemPosition() - 1).title()).find();
            if (!(ABOUT_MINUTES.matcher(t).find() || minutesItem) || !APPROVING.matcher(t).find()) {
                continue;
            }
            List<LocalDate> found = datesIn(text, r.evidence(), meetingDate, contextYear);
            if (found.isEmpty() && r.itemPosition() > 0) {
                ItemSegment item = minutes.items().get(r.itemPosition() - 1);
                found = datesIn(text, item.heading(), meetingDate, contextYear);
                if (found.isEmpty()) {
                    found = nearestBefore(text, new Span(item.heading().start(), r.evidence().start()), meetingDate, contextYear);
                }
            }
            if (found.isEmpty() && r.itemPosition() == 0) {
                found = nearestBefore(text, new Span(Math.max(0, r.evidence().start() - 1500), r.evidence().start()), meetingDate, contextYear);
            }
            for (LocalDate d : found) {
                out.add(new MinutesConfirmation(d, r.evidence(), r.evidence()));
            }
        }
        return out;
    }

    private List<LocalDate> datesIn(DocumentText text, Span span, Optional<LocalDate> meetingDate, int contextYear) {
        List<LocalDate> out = new ArrayList<>();
        for (DateMention d : dates.find(text, span)) {
            resolve(d, meetingDate, contextYear).filter(date -> meetingDate.isEmpty() || date.isBefore(meetingDate.get()))
                    .ifPresent(out::add);
        }
        return out;
    }

    private List<LocalDate> nearestBefore(DocumentText text, Span span, Optional<LocalDate> meetingDate, int contextYear) {
        List<DateMention> found = dates.find(text, span);
        for (int i = found.size() - 1; i >= 0; i--) {
            Optional<LocalDate> d = resolve(found.get(i), meetingDate, contextYear)
                    .filter(date -> meetingDate.isEmpty() || date.isBefore(meetingDate.get()));
            if (d.isPresent()) {
                return List.of(d.get());
            }
        }
        return List.of();
    }

    private static Optional<LocalDate> resolve(DateMention d, Optional<LocalDate> meetingDate, int contextYear) {
        if (d.hasYear()) {
            return d.date();
        }
        return meetingDate.map(m -> d.onOrBefore(m.minusDays(1))).orElseGet(() -> d.dateIn(contextYear));
    }
}
