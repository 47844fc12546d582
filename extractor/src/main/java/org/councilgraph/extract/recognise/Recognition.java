package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;

/**
 * Recognition as a plan of steps run in order over one analysed document: the meeting header
 * first, then each {@link RecognitionStep}, a recogniser's facts merged into the facts so far by
 * {@link FactMerger}. The plan is checked when it is built: a step that reads a kind of fact no
 * earlier step gives is refused, so what each step depends on is stated and enforced, not left
 * to the order of lines.
 */
public final class Recognition {

    private final MeetingHeaderRecogniser header;
    private final List<RecognitionStep> steps;

    public Recognition(MeetingHeaderRecogniser header, List<RecognitionStep> steps) {
        this.header = header;
        this.steps = List.copyOf(steps);
        Set<Class<? extends Fact>> given = new HashSet<>();
        for (RecognitionStep step : this.steps) {
            for (Class<? extends Fact> kind : step.reads()) {
                if (!given.contains(kind)) {
                    throw new IllegalArgumentException(step.name() + " reads " + kind.getSimpleName()
                            + " facts, which no step before it gives");
                }
            }
            given.addAll(step.gives());
        }
    }

    /**
     * The standard plan. The order carries the merging rule "the first evidence found for a fact
     * is kept": lists before sentences, rules before the name finder.
     */
    public static Recognition standard() {
        return standard(Lexicons.standard());
    }

    /** The standard plan, its recognisers reading {@code lexicons}. */
    public static Recognition standard(Lexicons lexicons) {
        return new Recognition(new MeetingHeaderRecogniser(lexicons), List.of(
                new SegmentedItems(),
                new AttendanceListRecogniser(lexicons),
                new AttendanceSentenceRecogniser(lexicons),
                new ChairStatements(lexicons),
                new CivicHeadPresides(lexicons),
                new ReportRecogniser(lexicons),
                new ReferencedItemRecogniser(),
                new DeclarationRecogniser(lexicons),
                new ContactRecogniser(lexicons),
                new RoleSentenceRecogniser(lexicons),
                // The name finder's turn: what the rules did not find, and which of their people it also found.
                new SpeakerRecogniser(lexicons),
                new PostPairRecogniser(lexicons),
                new ModelConfirmation(),
                new ResolutionRecogniser(lexicons),
                new MinutesConfirmationRecogniser(),
                new NextMeetingRecogniser(),
                new ResolutionsInTextOrder()));
    }

    /** The facts of {@code analysis}. */
    public Facts recognise(DocumentAnalysis analysis) {
        Facts facts = Facts.of(header.recognise(analysis));
        for (RecognitionStep step : steps) {
            if (step instanceof Recogniser r) {
                facts = FactMerger.merge(facts, r.recognise(analysis, facts));
            } else if (step instanceof Refiner r) {
                facts = r.refine(analysis, facts);
            }
        }
        return facts;
    }

    /** One line per step: its name, what it reads and what it gives. */
    public List<String> describe() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            RecognitionStep s = steps.get(i);
            out.add((i + 1) + ". " + s.name() + (s instanceof Refiner ? " (refiner)" : "")
                    + ": reads " + names(s.reads()) + "; gives " + names(s.gives()));
        }
        return out;
    }

    private static String names(Set<Class<? extends Fact>> kinds) {
        return kinds.isEmpty() ? "-" : kinds.stream().map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
    }
}
