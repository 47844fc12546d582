package org.councilgraph.extract.recognise;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MeetingHeader;

/** Runs one recogniser the way {@link Recognition} does, for tests of one step. */
final class Recognised {

    private Recognised() {
    }

    /** What {@code recogniser} finds in {@code analysis} with no facts found before it. */
    static Facts by(Recogniser recogniser, DocumentAnalysis analysis) {
        return by(recogniser, analysis, Facts.of(MeetingHeader.EMPTY));
    }

    /** What {@code recogniser} finds in {@code analysis} after {@code before}, merged into them. */
    static Facts by(Recogniser recogniser, DocumentAnalysis analysis, Facts before) {
        return FactMerger.merge(Facts.of(before.header()), recogniser.recognise(analysis, before));
    }
}
