package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.segment.ItemSegment;

/** The agenda items the segmentation found, in order, each with the text minuted under it. */
final class SegmentedItems implements Recogniser {

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        List<Fact> out = new ArrayList<>();
        for (ItemSegment item : analysis.items()) {
            out.add(new AgendaItem(item.position(), item.number(), item.title(), item.heading(), item.minutes(), false));
        }
        return out;
    }
}
