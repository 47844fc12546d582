package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.Resolution;

/**
 * Puts the resolutions in the order they stand in the text (marked decisions are found before
 * plainly worded ones), so they are numbered as a reader meets them.
 */
final class ResolutionsInTextOrder implements Refiner {

    @Override
    public Facts refine(DocumentAnalysis analysis, Facts facts) {
        List<Resolution> sorted = new ArrayList<>(facts.resolutions());
        sorted.sort(Comparator.comparing(Resolution::evidence));
        Iterator<Resolution> next = sorted.iterator();
        return facts.map(Resolution.class, r -> next.next());
    }
}
