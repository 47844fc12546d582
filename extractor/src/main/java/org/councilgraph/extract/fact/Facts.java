package org.councilgraph.extract.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The facts found in one document so far: the meeting header and every other fact in the order
 * found. Immutable; each recognition step makes a new one.
 */
public final class Facts {

    private final MeetingHeader header;
    private final List<Fact> all;

    public Facts(MeetingHeader header, List<? extends Fact> all) {
        this.header = header;
        this.all = List.copyOf(all);
    }

    /** No facts but the header. */
    public static Facts of(MeetingHeader header) {
        return new Facts(header, List.of());
    }

    public MeetingHeader header() {
        return header;
    }

    /** Every fact, in the order found. */
    public List<Fact> all() {
        return all;
    }

    /** The facts of one kind, in the order found. */
    public <F extends Fact> List<F> of(Class<F> kind) {
        List<F> out = new ArrayList<>();
        for (Fact f : all) {
            if (kind.isInstance(f)) {
                out.add(kind.cast(f));
            }
        }
        return out;
    }

    /** These facts with only the kinds {@code kinds} (and the header). */
    public Facts only(java.util.Set<Class<? extends Fact>> kinds) {
        return new Facts(header, all.stream().filter(f -> kinds.contains(f.getClass())).toList());
    }

    /** These facts with {@code change} applied to every fact of one kind, in place. */
    public <F extends Fact> Facts map(Class<F> kind, UnaryOperator<F> change) {
        List<Fact> out = new ArrayList<>(all.size());
        for (Fact f : all) {
            out.add(kind.isInstance(f) ? change.apply(kind.cast(f)) : f);
        }
        return new Facts(header, out);
    }

    public List<AgendaItem> items() {
        return of(AgendaItem.class);
    }

    public List<Attendance> attendance() {
        return of(Attendance.class);
    }

    public List<Declaration> declarations() {
        return of(Declaration.class);
    }

    public List<RoleHolding> roles() {
        return of(RoleHolding.class);
    }

    public List<Resolution> resolutions() {
        return of(Resolution.class);
    }

    public List<MinutesConfirmation> confirmations() {
        return of(MinutesConfirmation.class);
    }

    public Optional<NextMeeting> nextMeeting() {
        return of(NextMeeting.class).stream().findFirst();
    }

    public List<Report> reports() {
        return of(Report.class);
    }

    @Override
    public String toString() {
        return "Facts" + all;
    }
}
