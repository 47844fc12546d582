package org.councilgraph.extract.fact;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.read.DocumentMetadata;

/**
 * Facts a document's format states in its own fields rather than in prose (a ModernGov
 * web-service response: the meeting's date, committee and venue, each attendee with role and
 * attendance), beside the text the recognisers read. Their spans point into the document's text
 * like every other fact's, so they reach the same writers and shapes.
 *
 * @param header what the format states about the meeting; its fields win over recognised ones,
 *        and metadata the user gave wins over both
 * @param facts the facts the format states, before the recognised ones
 * @param recognisedEnd the recognisers read the document's text up to this offset; the rest
 *        (the source as published) is there as evidence for the stated facts; -1 when the
 *        format states nothing and the recognisers read the whole text
 */
public record FormatFacts(MeetingHeader header, List<Fact> facts, int recognisedEnd) {

    /** A format that states nothing itself: everything is recognised from the text. */
    public static final FormatFacts NONE = new FormatFacts(MeetingHeader.EMPTY, List.of(), -1);

    public FormatFacts {
        facts = List.copyOf(facts);
        if (recognisedEnd < -1) {
            throw new IllegalArgumentException("bad end of the recognised text: " + recognisedEnd);
        }
    }

    /** True when the format states no facts of its own. */
    public boolean none() {
        return recognisedEnd < 0;
    }

    /**
     * The facts of the document: these stated facts, then the {@code recognised} ones, under a
     * header whose fields are the user's ({@code given}), else this format's, else the recognised.
     */
    public Facts over(Facts recognised, DocumentMetadata given) {
        if (none()) {
            return recognised;
        }
        MeetingHeader r = recognised.header();
        MeetingHeader h = r;
        if (header.council() != null && given.councilName().isEmpty()) {
            h = h.withCouncil(header.council());
        }
        if (header.committee() != null && given.committeeName().isEmpty()) {
            h = h.withCommittee(header.committee(), header.committeeNamed());
        }
        if (header.date() != null && given.date().isEmpty()) {
            h = h.withDate(header.date(), header.time());
        }
        if (header.venue() != null) {
            h = h.withVenue(header.venue());
        }
        List<Fact> all = new ArrayList<>(facts);
        all.addAll(recognised.all());
        return new Facts(h, all);
    }
}
