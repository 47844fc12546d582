package org.councilgraph.extract.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.ContextYear;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds the earlier meetings whose minutes this meeting approved: decisions about minutes with
 * an approving verb ("confirmed", "approved", "agreed as a correct record"; not "received" or
 * "noted"), dated by the decision itself, else by the item heading, else by the nearest date
 * before the decision in its item. A yearless date takes its year from the meeting's date, else
 * from the document's context year, else stays yearless.
 */
final class MinutesConfirmationRecogniser implements Recogniser {

    private static final Pattern ABOUT_MINUTES = Pattern.compile("(?i)\\bminutes?\\b");
    private static final Pattern APPROVING = Pattern.compile(
            "(?i)\\b(?:confirm(?:ed)?|approv(?:ed|e)|agreed|accept(?:ed)?|adopted|ADOPTED|signed|correct(?:ly)? record(?:ed)?|true record|correctly recorded|taken as read)\\b");

    /** "The Council noted the Minutes and approved the recommendations": the minutes were only noted. */
    private static final Pattern ONLY_NOTED = Pattern.compile("(?i)\\b(?:noted|received)\\s+the\\s+minutes\\b");
    /** What a decision approving minutes says of them when it does not name them: a record, signing, confirming. */
    private static final Pattern RECORD = Pattern.compile(
            "(?i)\\b(?:records?|signed|sign|confirm(?:ed)?|as read|as circulated|as presented|as printed)\\b|^\\s*(?:approved|agreed|adopted|accepted)\\b(?:\\.?\\s*$|\\s*:)");

    private final DateRecogniser dates = new DateRecogniser();

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return new ArrayList<>(confirmations(analysis, found.resolutions(), found.header().meetingDate()));
    }

    /** The confirmations among {@code resolutions}, for a meeting held on {@code meetingDate} when known. */
    List<MinutesConfirmation> confirmations(DocumentAnalysis minutes, List<Resolution> resolutions, Optional<LocalDate> meetingDate) {
        DocumentText text = minutes.text();
        Dating dating = new Dating(meetingDate, minutes.contextYear());
        List<MinutesConfirmation> out = new ArrayList<>();
        for (Resolution r : resolutions) {
            String t = r.text();
            boolean minutesItem = r.itemPosition() > 0 && ABOUT_MINUTES.matcher(minutes.items().get(r.itemPosition() - 1).title()).find();
            if (!(ABOUT_MINUTES.matcher(t).find() || minutesItem) || !APPROVING.matcher(t).find() || ONLY_NOTED.matcher(t).find()) {
                continue;
            }
            if (!ABOUT_MINUTES.matcher(t).find() && !RECORD.matcher(t).find()) {
                // Under a minutes heading, a decision that names no record is about something else the minutes raised.
                continue;
            }
            List<CalendarDate> found = datesIn(text, r.evidence(), dating);
            if (found.isEmpty() && r.itemPosition() > 0) {
                ItemSegment item = minutes.items().get(r.itemPosition() - 1);
                found = datesIn(text, item.heading(), dating);
                if (found.isEmpty()) {
                    found = nearestBefore(text, new Span(item.heading().start(), r.evidence().start()), dating);
                }
            }
            if (found.isEmpty() && r.itemPosition() == 0) {
                found = nearestBefore(text, new Span(Math.max(0, r.evidence().start() - 1500), r.evidence().start()), dating);
            }
            // One decision names a meeting once, though its heading may be run into it ("Minutes of the Meeting held on
            // 18 June 2019 The minutes of the Meeting held on 18 June 2019 were signed ...").
            for (CalendarDate d : new java.util.LinkedHashSet<>(found)) {
                out.add(new MinutesConfirmation(d, r.evidence(), r.evidence()));
            }
        }
        return out;
    }

    private List<CalendarDate> datesIn(DocumentText text, Span span, Dating dating) {
        List<CalendarDate> out = new ArrayList<>();
        for (DateMention d : dates.find(text, span)) {
            dating.earlier(d).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The date nearest before a decision, with the dates joined to it in one list ("held on 14
     * September and 12 October 2016": both meetings); a yearless date of the list takes the year of
     * the date that ends it.
     */
    private List<CalendarDate> nearestBefore(DocumentText text, Span span, Dating dating) {
        List<DateMention> found = dates.find(text, span);
        for (int i = found.size() - 1; i >= 0; i--) {
            DateMention last = found.get(i);
            Optional<CalendarDate> d = dating.earlier(last);
            if (d.isPresent()) {
                List<CalendarDate> out = new ArrayList<>();
                for (int j = i - 1; j >= 0 && JOINED.matcher(text.text().substring(found.get(j).span().end(), found.get(j + 1).span().start())).matches(); j--) {
                    DateMention m = found.get(j);
                    Optional<CalendarDate> joined = m.hasYear() || !last.hasYear() ? dating.earlier(m)
                            : m.dateIn(last.year()).map(CalendarDate::of);
                    joined.ifPresent(c -> out.add(0, c));
                }
                out.add(d.get());
                return out;
            }
        }
        return List.of();
    }

    /** What joins the dates of one list: "14 September and 12 October 2016", "3, 10 and 17 May". */
    private static final Pattern JOINED = Pattern.compile("\\s*(?:,|and|&|,\\s*and)\\s*");

    /** How a date mention becomes the date of an earlier meeting. */
    private record Dating(Optional<LocalDate> meetingDate, ContextYear contextYear) {

        /** The date {@code d} stands for, when it can be a meeting before this one. */
        Optional<CalendarDate> earlier(DateMention d) {
            Optional<CalendarDate> date = d.hasYear() ? d.date().map(CalendarDate::of)
                    : meetingDate.isPresent() ? d.onOrBefore(meetingDate.get().minusDays(1)).map(CalendarDate::of)
                    : contextYear.complete(d);
            return date.filter(c -> meetingDate.isEmpty() || c.full().map(f -> f.isBefore(meetingDate.get())).orElse(true));
        }
    }
}
