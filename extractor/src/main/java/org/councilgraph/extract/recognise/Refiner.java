package org.councilgraph.extract.recognise;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;

/**
 * Revises the facts found so far as a whole: a rule that needs them all, such as "when no one is
 * recorded as presiding, the civic head listed first presides". Facts it adds go through
 * {@link FactMerger} like a recogniser's.
 */
public non-sealed interface Refiner extends RecognitionStep {

    /** {@code facts}, revised. */
    Facts refine(DocumentAnalysis analysis, Facts facts);
}
