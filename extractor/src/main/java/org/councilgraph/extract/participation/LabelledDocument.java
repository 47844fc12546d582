package org.councilgraph.extract.participation;

import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;

/**
 * A document prepared for training or evaluating the participation model: its analysis, the
 * rules' facts, the places it names people with their features, and what the gold records of
 * each.
 */
public record LabelledDocument(String name, DocumentAnalysis analysis, Facts rules, GoldAttendance gold,
        List<PersonMention> mentions, List<String[]> features, List<Participation> labels) {

    public LabelledDocument {
        mentions = List.copyOf(mentions);
        features = List.copyOf(features);
        labels = List.copyOf(labels);
    }
}
