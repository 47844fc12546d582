package org.councilgraph.extract.analysis;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.date.DateMention;
import org.councilgraph.extract.date.DateRecogniser;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.text.DocumentText;

/**
 * The year that a document's yearless dates ("21st September") belong to: the year of the
 * meeting date the user gave, else the year the document's own dates and text mention most (the
 * latest on a tie), else none. Never the clock: a document that states no year keeps its
 * yearless dates yearless, so its graph does not change with the day it is extracted.
 *
 * @param year the year, or null when nothing gives one
 * @param source where the year came from
 */
public record ContextYear(Integer year, Source source) {

    /** Where a context year came from. */
    public enum Source { METADATA, TEXT, NONE }

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    public static final ContextYear NONE = new ContextYear(null, Source.NONE);

    public ContextYear {
        if ((year == null) != (source == Source.NONE)) {
            throw new IllegalArgumentException("a context year has a year exactly when it has a source");
        }
    }

    /** The context year of {@code text}, with the metadata the user gave for it. */
    public static ContextYear of(DocumentText text, DocumentMetadata metadata) {
        if (metadata.date().isPresent()) {
            return new ContextYear(metadata.date().get().getYear(), Source.METADATA);
        }
        Map<Integer, Integer> counts = new HashMap<>();
        for (DateMention d : new DateRecogniser().find(text)) {
            if (d.hasYear()) {
                counts.merge(d.year(), 1, Integer::sum);
            }
        }
        Matcher years = YEAR.matcher(text.text());
        while (years.find()) {
            counts.merge(Integer.parseInt(years.group()), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new ContextYear(e.getKey(), Source.TEXT)).orElse(NONE);
    }

    public boolean isKnown() {
        return year != null;
    }

    /**
     * The date {@code mention} stands for: its own year when written, else (when known) the
     * year nearest this one whose weekday agrees with a weekday written, else this year; without
     * a context year, the day and month alone. Empty for a day that no year has (31 April).
     */
    public Optional<CalendarDate> complete(DateMention mention) {
        if (mention.hasYear() || year != null) {
            return (mention.hasYear() ? mention.date() : mention.dateIn(year)).map(CalendarDate::of);
        }
        return mention.monthDay().map(CalendarDate::withoutYear);
    }

    /** {@code mention} relative to a known meeting date, or completed as {@link #complete} does. */
    public Optional<CalendarDate> completeRelativeTo(DateMention mention, Optional<LocalDate> reference, boolean before) {
        if (reference.isPresent()) {
            LocalDate r = reference.get();
            return (before ? mention.onOrBefore(r) : mention.onOrAfter(r)).map(CalendarDate::of);
        }
        return complete(mention);
    }
}
