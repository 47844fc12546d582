package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.NextMeeting;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.participation.ParticipationModel;

/**
 * Recognition as a plan of steps run in order over one analysed document: the meeting header
 * first, then each {@link RecognitionStep}, a recogniser's facts merged into the facts so far by
 * {@link FactMerger}. The plan states what each step reads and gives, and holds it to that: a
 * step that reads a kind no earlier step gives is refused when the plan is made; a recogniser
 * sees only the kinds of fact it reads and may return only the kinds it gives; a refiner may
 * change only the kinds it reads or gives.
 */
public final class Recognition {

    /** One step of the plan, with what it reads and gives. */
    private record Step(RecognitionStep step, Set<Class<? extends Fact>> reads, Set<Class<? extends Fact>> gives) {
    }

    private final MeetingHeaderRecogniser header;
    private final List<Step> steps;

    private Recognition(MeetingHeaderRecogniser header, List<Step> steps) {
        this.header = header;
        this.steps = List.copyOf(steps);
    }

    /** Kinds of fact, for a plan's reads and gives. */
    @SafeVarargs
    public static Set<Class<? extends Fact>> kinds(Class<? extends Fact>... kinds) {
        return Set.of(kinds);
    }

    /**
     * The standard plan. The order carries the merging rule "the first evidence found for a fact
     * is kept": lists before sentences, rules before the name finder.
     */
    public static Recognition standard() {
        return standard(Lexicons.standard());
    }

    /** The standard plan, its recognisers reading {@code lexicons}, with the packaged participation model. */
    public static Recognition standard(Lexicons lexicons) {
        return standard(lexicons, ParticipationModel.packaged());
    }

    /**
     * The standard plan with {@code participation} as its participation model
     * ({@link ParticipationModel#NONE} for the rules alone, as when training the model).
     */
    public static Recognition standard(Lexicons lexicons, ParticipationModel participation) {
        Set<Class<? extends Fact>> nothing = kinds();
        Set<Class<? extends Fact>> people = kinds(Attendance.class, RoleHolding.class);
        return new Plan(new MeetingHeaderRecogniser(lexicons))
                .step(new SegmentedItems(), nothing, kinds(AgendaItem.class))
                .step(new AttendanceListRecogniser(lexicons), nothing, people)
                .step(new AttendanceSentenceRecogniser(lexicons), nothing, people)
                .step(new ChairPostPresides(lexicons), people, kinds(Attendance.class))
                .step(new ChairStatements(lexicons), kinds(Attendance.class), kinds(Attendance.class))
                .step(new CivicHeadPresides(lexicons), kinds(Attendance.class), kinds(Attendance.class))
                .step(new ReportRecogniser(lexicons), nothing, kinds(Report.class, Attendance.class, RoleHolding.class))
                .step(new ReferencedItemRecogniser(), kinds(AgendaItem.class), kinds(AgendaItem.class))
                .step(new DeclarationRecogniser(lexicons), kinds(Attendance.class), kinds(Declaration.class, RoleHolding.class))
                .step(new ContactRecogniser(lexicons), kinds(Attendance.class), kinds(RoleHolding.class))
                .step(new RoleSentenceRecogniser(lexicons), kinds(Attendance.class), kinds(RoleHolding.class))
                // The name finder's turn: what the rules did not find, and which of their people it also found.
                .step(new SpeakerRecogniser(lexicons), kinds(Attendance.class), kinds(Attendance.class))
                .step(new PostPairRecogniser(lexicons), kinds(Attendance.class), kinds(RoleHolding.class))
                .step(new ModelAttendance(lexicons, participation), kinds(Attendance.class, RoleHolding.class,
                        Declaration.class, Report.class), kinds(Attendance.class))
                // Again with the name finder's people and posts: "Cllr.   Russell Pearce – Chair" in an unlabelled list.
                .step(new ChairPostPresides(lexicons), kinds(Attendance.class, RoleHolding.class), kinds(Attendance.class))
                .step(new ModelConfirmation(), kinds(Attendance.class, RoleHolding.class, Declaration.class), nothing)
                .step(new ResolutionRecogniser(lexicons), nothing, kinds(Resolution.class))
                .step(new MinutesConfirmationRecogniser(), kinds(Resolution.class), kinds(MinutesConfirmation.class))
                .step(new NextMeetingRecogniser(), nothing, kinds(NextMeeting.class))
                .step(new ResolutionsInTextOrder(), kinds(Resolution.class), nothing)
                .build();
    }

    /** The facts of {@code analysis}. */
    public Facts recognise(DocumentAnalysis analysis) {
        Facts facts = Facts.of(header.recognise(analysis));
        for (Step s : steps) {
            if (s.step() instanceof Recogniser r) {
                List<Fact> found = r.recognise(analysis, facts.only(s.reads()));
                for (Fact f : found) {
                    if (!s.gives().contains(f.getClass())) {
                        throw new IllegalStateException(s.step().name() + " gave a " + f.getClass().getSimpleName()
                                + " fact, which its plan does not say it gives");
                    }
                }
                facts = FactMerger.merge(facts, found);
            } else if (s.step() instanceof Refiner r) {
                Facts revised = r.refine(analysis, facts);
                for (Class<? extends Fact> kind : kindsOfFact()) {
                    if (!s.reads().contains(kind) && !s.gives().contains(kind) && !revised.of(kind).equals(facts.of(kind))) {
                        throw new IllegalStateException(s.step().name() + " changed " + kind.getSimpleName()
                                + " facts, which its plan does not say it reads or gives");
                    }
                }
                facts = revised;
            }
        }
        return facts;
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Fact>> kindsOfFact() {
        List<Class<? extends Fact>> out = new ArrayList<>();
        for (Class<?> c : Fact.class.getPermittedSubclasses()) {
            out.add((Class<? extends Fact>) c);
        }
        return out;
    }

    /** One line per step: its name, what it reads and what it gives. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            out.add((i + 1) + ". " + s.step().name() + (s.step() instanceof Refiner ? " (refiner)" : "")
                    + ": reads " + names(s.reads()) + "; gives " + names(s.gives()));
        }
        return out;
    }

    private static String names(Set<Class<? extends Fact>> kinds) {
        return kinds.isEmpty() ? "-" : kinds.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    }

    /** A plan being written: steps in the order they run, each with what it reads and gives. */
    public static final class Plan {

        private final MeetingHeaderRecogniser header;
        private final List<Step> steps = new ArrayList<>();
        private final Set<Class<? extends Fact>> given = new HashSet<>();

        public Plan(MeetingHeaderRecogniser header) {
            this.header = Objects.requireNonNull(header, "header");
        }

        /**
         * Adds {@code step}, which reads the kinds {@code reads} and gives the kinds {@code gives}.
         *
         * @throws IllegalArgumentException when it reads a kind that no step before it gives
         */
        public Plan step(RecognitionStep step, Set<Class<? extends Fact>> reads, Set<Class<? extends Fact>> gives) {
            for (Class<? extends Fact> kind : reads) {
                if (!given.contains(kind)) {
                    throw new IllegalArgumentException(step.name() + " reads " + kind.getSimpleName()
                            + " facts, which no step before it gives");
                }
            }
            steps.add(new Step(step, Set.copyOf(reads), Set.copyOf(gives)));
            given.addAll(gives);
            return this;
        }

        public Recognition build() {
            return new Recognition(header, steps);
        }
    }
}
