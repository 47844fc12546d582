package org.councilgraph.extract.rdf;

import java.util.List;

import org.councilgraph.extract.fact.Fact;

/**
 * Writes the facts of one kind to a document's graph. {@link MinutesGraphWriter} holds one
 * writer per kind of {@link Fact} and hands each the document's facts of its kind, in the order
 * found; a new kind of fact needs a new writer, not a change to the graph writer.
 *
 * @param <F> the kind of fact written
 */
public interface FactWriter<F extends Fact> {

    /** The kind of fact this writer writes. */
    Class<F> kind();

    /** Writes {@code facts} (all of this kind, in order) to {@code graph}. */
    void write(List<F> facts, DocumentGraph graph);
}
