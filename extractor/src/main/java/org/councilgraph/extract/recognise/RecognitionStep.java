package org.councilgraph.extract.recognise;

import java.util.Set;

import org.councilgraph.extract.fact.Fact;

/**
 * One step of recognition: a {@link Recogniser} that finds new facts, or a {@link Refiner} that
 * revises the facts found so far. Each says which kinds of fact it reads from the steps before
 * it and which kinds it gives, and {@link Recognition} checks that every kind a step reads is
 * given by a step that runs before it.
 */
public sealed interface RecognitionStep permits Recogniser, Refiner {

    /** The kinds of fact this step reads from the facts found before it. */
    default Set<Class<? extends Fact>> reads() {
        return Set.of();
    }

    /** The kinds of fact this step adds. */
    Set<Class<? extends Fact>> gives();

    /** A short name for messages and for the description of a plan. */
    default String name() {
        return getClass().getSimpleName();
    }
}
