package org.councilgraph.extract.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.Span;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * The {@code <attendees>} of a ModernGov {@code GetMeeting} response as facts. Each attendee's
 * {@code attendance} gives an {@link Attendance} with the status it records (Present, Apologies,
 * Absent, In attendance, ...; a chair present presides; "Expected", before attendance is taken,
 * its own status, never presence); a value not listed gives none. Each {@code roledescription} gives a {@link RoleHolding} on the
 * committee and each {@code keyposts} one of its own. The evidence is the attendee's start tag
 * in the XML source, and the person's name is the span of its {@code name} attribute.
 */
final class ModernGovAttendees {

    private final ModernGovMeeting.SourceSpans source;
    private final ModernGovVocabulary vocabulary;
    private final PersonNameParser names = new PersonNameParser();

    ModernGovAttendees(ModernGovMeeting.SourceSpans source, ModernGovVocabulary vocabulary) {
        this.source = source;
        this.vocabulary = vocabulary;
    }

    /** The facts the attendees state; {@code committee} is the meeting's committee, or null. */
    List<Fact> facts(Element attendees, String committee) {
        List<Fact> out = new ArrayList<>();
        if (attendees == null) {
            return out;
        }
        for (Element a : attendees.children()) {
            if (!a.normalName().equals("attendee")) {
                continue;
            }
            Optional<PersonName> person = attribute(a, "name").flatMap(this::person);
            Optional<Span> tag = source.trimmed(a.sourceRange().startPos(), a.sourceRange().endPos());
            if (person.isEmpty() || tag.isEmpty()) {
                continue;
            }
            String role = a.attr("roledescription").strip();
            Optional<AttendanceStatus> status = vocabulary.status(a.attr("attendance"));
            if (status.isPresent()) {
                boolean there = status.get() == AttendanceStatus.PRESENT || status.get() == AttendanceStatus.REMOTE;
                out.add(new Attendance(person.get(), status.get(), role.isEmpty() ? null : role,
                        there && vocabulary.presides(role), null, tag.get()));
            }
            if (!role.isEmpty()) {
                out.add(new RoleHolding(person.get(), role, committee, tag.get()));
            }
            attribute(a, "keyposts").ifPresent(k -> out.add(new RoleHolding(person.get(), k.value(), null, k.span())));
        }
        return out;
    }

    private Optional<PersonName> person(Value name) {
        var words = Words.of(name.value(), name.span().start());
        return names.parse(words, 0, words.size(), null, PersonNameParser.Context.SEQUENCE).map(PersonNameParser.Match::name);
    }

    /** An attribute's value as written in the source and its span, when it is not blank. */
    private Optional<Value> attribute(Element e, String key) {
        Attribute attribute = e.attribute(key);
        if (attribute == null) {
            return Optional.empty();
        }
        Range value = e.attributes().sourceRange(key).valueRange();
        return source.trimmed(value.startPos(), value.endPos())
                .map(s -> new Value(source.xml().substring(s.start() - source.base(), s.end() - source.base()), s));
    }

    /** A value as the source writes it, and where. */
    private record Value(String value, Span span) {
    }
}
