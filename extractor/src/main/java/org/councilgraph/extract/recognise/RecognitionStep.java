package org.councilgraph.extract.recognise;

/**
 * One step of recognition: a {@link Recogniser} that finds new facts, or a {@link Refiner} that
 * revises the facts found so far. What a step reads and gives is declared where the plan names
 * it ({@link Recognition.Plan}), and enforced there.
 */
public sealed interface RecognitionStep permits Recogniser, Refiner {

    /** A short name for messages and for the description of a plan. */
    default String name() {
        return getClass().getSimpleName();
    }
}
