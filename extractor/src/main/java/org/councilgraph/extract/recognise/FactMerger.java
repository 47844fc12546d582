package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.NextMeeting;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.fact.RoleHolding;

/**
 * The one place that decides when two facts state the same thing (a person named in a list and
 * again in a sentence), so each is recorded once, with the first evidence found for it and what
 * the later one adds. Pure: merging gives new facts and changes nothing.
 */
public final class FactMerger {

    /** The longest post in the development data has nine words. */
    private static final int MAX_POST_WORDS = 14;

    private FactMerger() {
    }

    /** {@code facts} with {@code found} merged in, in order. */
    public static Facts merge(Facts facts, List<? extends Fact> found) {
        List<Fact> all = new ArrayList<>(facts.all());
        // Where the attendances of each family name stand in all: a list of thousands of names
        // would otherwise compare every name with every other.
        Map<String, List<Integer>> attendanceAt = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) instanceof Attendance a) {
                attendanceAt.computeIfAbsent(a.person().familyKey(), k -> new ArrayList<>()).add(i);
            }
        }
        for (Fact f : found) {
            add(all, f, attendanceAt);
        }
        return new Facts(facts.header(), all);
    }

    private static void add(List<Fact> all, Fact fact, Map<String, List<Integer>> attendanceAt) {
        if (fact instanceof Attendance a) {
            attendance(all, a, attendanceAt);
        } else if (fact instanceof RoleHolding r) {
            role(all, r);
        } else if (fact instanceof Declaration d) {
            declaration(all, d);
        } else if (fact instanceof Resolution r) {
            resolution(all, r);
        } else if (fact instanceof NextMeeting n) {
            if (all.stream().noneMatch(NextMeeting.class::isInstance)) {
                all.add(n);
            }
        } else if (fact instanceof AgendaItem item && item.referencedOnly()) {
            // An item the text only refers to comes after the items the document holds.
            long items = all.stream().filter(AgendaItem.class::isInstance).count();
            all.add(new AgendaItem((int) items + 1, item.number(), item.heading(), item.evidence(), null, true));
        } else {
            all.add(fact);
        }
    }

    /** The same person on the same side (present or absent): one attendance, with what each adds. */
    private static void attendance(List<Fact> all, Attendance a, Map<String, List<Integer>> attendanceAt) {
        // Only attendances of the same family name can be the same person's.
        List<Integer> sameFamily = attendanceAt.computeIfAbsent(a.person().familyKey(), k -> new ArrayList<>());
        for (int i : sameFamily) {
            if (!(all.get(i) instanceof Attendance known) || !known.person().sameNameAs(a.person())
                    || absent(known.status()) != absent(a.status())) {
                continue;
            }
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
            all.set(i, merged.withDetection(known.detection().and(a.detection())));
            return;
        }
        sameFamily.add(all.size());
        all.add(a);
    }

    private static boolean absent(AttendanceStatus s) {
        return s == AttendanceStatus.APOLOGIES || s == AttendanceStatus.ABSENT;
    }

    /**
     * A post is kept without a leading article or trailing punctuation; the same person with the
     * same post (one title inside the other) in the same organisation is one holding.
     */
    private static void role(List<Fact> all, RoleHolding raw) {
        String title = raw.role().replaceFirst("^(?:[Tt]he|[Aa]n?)\\s+", "").replaceAll("[.,;:]+$", "").strip();
        if (title.isEmpty() || !plausiblePost(title)) {
            return;
        }
        RoleHolding r = new RoleHolding(raw.person(), title, raw.organisation(), raw.evidence(), raw.detection());
        for (int i = 0; i < all.size(); i++) {
            if (!(all.get(i) instanceof RoleHolding known)) {
                continue;
            }
            String ko = known.organisation() == null ? null : normal(known.organisation());
            String ro = r.organisation() == null ? null : normal(r.organisation());
            boolean sameOrganisation = ko == null || ro == null || ko.contains(ro) || ro.contains(ko);
            if (!known.person().sameNameAs(r.person()) || !sameOrganisation) {
                continue;
            }
            String a = " " + normal(known.role()) + " ";
            String b = " " + normal(r.role()) + " ";
            if (a.equals(b) || a.contains(b) || b.contains(a)) {
                all.set(i, known.withDetection(known.detection().and(r.detection())));
                return;
            }
        }
        all.add(r);
    }

    /**
     * A post's title is a phrase, not a run of headings: "Meetings Administrator Environmental
     * Awards 2008 Budget Meeting ..." (labels printed apart from their values) is not one.
     */
    private static boolean plausiblePost(String title) {
        return title.split("\\s+").length <= MAX_POST_WORDS && !title.matches(".*\\b(?:19|20)\\d\\d\\b.*");
    }

    /** The same person, the same item, overlapping evidence: one declaration. */
    private static void declaration(List<Fact> all, Declaration d) {
        for (Fact f : all) {
            if (f instanceof Declaration known && known.person().sameNameAs(d.person()) && known.evidence().overlaps(d.evidence())
                    && Objects.equals(known.itemReference(), d.itemReference())) {
                return;
            }
        }
        all.add(d);
    }

    /** Overlapping evidence, or the same words under the same item: one resolution. */
    private static void resolution(List<Fact> all, Resolution r) {
        String key = normal(r.text());
        for (Fact f : all) {
            if (f instanceof Resolution known && (known.evidence().overlaps(r.evidence())
                    || known.itemPosition() == r.itemPosition() && normal(known.text()).equals(key))) {
                return;
            }
        }
        all.add(r);
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
