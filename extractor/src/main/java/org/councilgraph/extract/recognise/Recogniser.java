package org.councilgraph.extract.recognise;

import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;

/**
 * Finds facts of some kinds in an analysed document. It may read the facts earlier steps found
 * (of the kinds its plan says it reads), and returns only what it found itself:
 * {@link FactMerger} merges that into the facts so far. Implementations hold no state between
 * documents.
 */
public non-sealed interface Recogniser extends RecognitionStep {

    /** The facts found in {@code analysis}, given the facts {@code found} before this step. */
    List<Fact> recognise(DocumentAnalysis analysis, Facts found);
}
