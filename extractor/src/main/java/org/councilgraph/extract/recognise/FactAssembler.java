package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.NextMeeting;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.segment.Layout;

/**
 * Collects the facts the recognisers find and merges those that state the same thing twice (a
 * person named in a list and again in a sentence), so each fact is recorded once, with the
 * first evidence found for it.
 */
public final class FactAssembler {

    private final List<AgendaItem> items;
    private final List<Attendance> attendance = new ArrayList<>();
    private final List<RoleHolding> roles = new ArrayList<>();
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Resolution> resolutions = new ArrayList<>();
    private final List<MinutesConfirmation> confirmations = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private NextMeeting nextMeeting;

    FactAssembler(List<AgendaItem> items) {
        this.items = new ArrayList<>(items);
    }

    void add(PeopleFacts people) {
        for (Attendance a : people.attendance()) {
            addAttendance(a);
        }
        for (RoleHolding r : people.roles()) {
            addRole(r);
        }
    }

    void addAttendance(Attendance a) {
        for (int i = 0; i < attendance.size(); i++) {
            Attendance known = attendance.get(i);
            if (known.person().sameNameAs(a.person()) && sameSide(known.status(), a.status())) {
                Attendance merged = known;
                if (a.presided() && !known.presided()) {
                    merged = merged.presiding();
                }
                if (known.status() == AttendanceStatus.PRESENT && a.status() == AttendanceStatus.SUBSTITUTE) {
                    merged = new Attendance(known.person(), a.status(), known.role(), merged.presided(), a.substituteFor(), known.evidence());
                }
                if (merged.role() == null && a.role() != null) {
                    merged = new Attendance(merged.person(), merged.status(), a.role(), merged.presided(), merged.substituteFor(), merged.evidence());
                }
                attendance.set(i, merged.withDetection(known.detection().and(a.detection())));
                return;
            }
        }
        attendance.add(a);
    }

    private static boolean sameSide(AttendanceStatus a, AttendanceStatus b) {
        return absent(a) == absent(b);
    }

    private static boolean absent(AttendanceStatus s) {
        return s == AttendanceStatus.APOLOGIES || s == AttendanceStatus.ABSENT;
    }

    void addRole(RoleHolding raw) {
        String title = raw.role().replaceFirst("^(?:[Tt]he|[Aa]n?)\\s+", "").replaceAll("[.,;:]+$", "").strip();
        if (title.isEmpty() || !plausiblePost(title)) {
            return;
        }
        RoleHolding r = new RoleHolding(raw.person(), title, raw.organisation(), raw.evidence(), raw.detection());
        for (int i = 0; i < roles.size(); i++) {
            RoleHolding known = roles.get(i);
            String ko = lower(known.organisation());
            String ro = lower(r.organisation());
            boolean sameOrganisation = ko == null || ro == null || ko.contains(ro) || ro.contains(ko);
            if (!known.person().sameNameAs(r.person()) || !sameOrganisation) {
                continue;
            }
            String a = " " + normal(known.role()) + " ";
            String b = " " + normal(r.role()) + " ";
            if (a.equals(b) || a.contains(b) || b.contains(a)) {
                roles.set(i, known.withDetection(known.detection().and(r.detection())));
                return;
            }
        }
        roles.add(r);
    }

    /**
     * A post's title is a phrase, not a run of headings: "Meetings Administrator Environmental
     * Awards 2008 Budget Meeting ..." (labels printed apart from their values) is not one.
     */
    private static boolean plausiblePost(String title) {
        return title.split("\\s+").length <= MAX_POST_WORDS && !title.matches(".*\\b(?:19|20)\\d\\d\\b.*");
    }

    /** The longest post in the development data has nine words. */
    private static final int MAX_POST_WORDS = 14;

    private static String lower(String s) {
        return s == null ? null : normal(s);
    }

    void addDeclaration(Declaration d) {
        for (Declaration known : declarations) {
            if (known.person().sameNameAs(d.person()) && known.evidence().overlaps(d.evidence())
                    && java.util.Objects.equals(known.itemReference(), d.itemReference())) {
                return;
            }
        }
        declarations.add(d);
    }

    /**
     * Marks the people of the facts found so far that the name finder also found (a person
     * mention inside the name as written) as found by both, with the model's probability.
     */
    void confirmByModel(DocumentText text, List<ModelMention> mentions) {
        attendance.replaceAll(a -> a.withDetection(confirmed(text, a.detection(), a.person(), mentions)));
        roles.replaceAll(r -> r.withDetection(confirmed(text, r.detection(), r.person(), mentions)));
        declarations.replaceAll(d -> d.withDetection(confirmed(text, d.detection(), d.person(), mentions)));
    }

    private static Detection confirmed(DocumentText text, Detection detection, PersonName person, List<ModelMention> mentions) {
        if (person.span() == null) {
            return detection;
        }
        for (ModelMention m : mentions) {
            if (m.type() == EntityType.PERSON && person.span().contains(m.span())
                    && text.quote(m.span()).endsWith(person.family())) {
                return detection.alsoByModel(m.probability());
            }
        }
        return detection;
    }

    void addResolution(Resolution r) {
        String key = normal(r.text());
        for (Resolution known : resolutions) {
            boolean sameItem = known.itemPosition() == r.itemPosition();
            if (known.evidence().overlaps(r.evidence()) || sameItem && normal(known.text()).equals(key)) {
                return;
            }
        }
        resolutions.add(r);
    }

    void addConfirmation(MinutesConfirmation c) {
        confirmations.add(c);
    }

    void addReport(Report r) {
        reports.add(r);
    }

    void setNextMeeting(NextMeeting next) {
        if (nextMeeting == null) {
            nextMeeting = next;
        }
    }

    void addReferencedItem(AgendaItem item) {
        items.add(new AgendaItem(items.size() + 1, item.number(), item.heading(), item.evidence(), null, true));
    }

    List<AgendaItem> items() {
        return items;
    }

    List<Resolution> resolutions() {
        return resolutions;
    }

    List<Attendance> attendance() {
        return attendance;
    }

    public ExtractedMinutes assemble(SourceDocument document, Layout layout, MeetingHeader header) {
        List<Resolution> sorted = new ArrayList<>(resolutions);
        sorted.sort(Comparator.comparing(Resolution::evidence));
        return new ExtractedMinutes(document, layout, header, items, attendance, declarations, roles, sorted,
                confirmations, Optional.ofNullable(nextMeeting), reports);
    }

    private static String normal(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
