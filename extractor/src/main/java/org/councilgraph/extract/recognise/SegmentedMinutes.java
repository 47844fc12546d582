package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.nlp.SentenceSplitter;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.segment.Segmentation;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * A document after segmentation, with its sentences: the shared input of the recognisers.
 * Sentences are computed once per document.
 */
public final class SegmentedMinutes {

    private final SourceDocument document;
    private final Segmentation segmentation;
    private final List<Span> sentences;

    public SegmentedMinutes(SourceDocument document, Segmentation segmentation, SentenceSplitter splitter) {
        this.document = document;
        this.segmentation = segmentation;
        List<Span> all = new ArrayList<>(splitter.split(document.text(), segmentation.header()));
        for (ItemSegment item : segmentation.items()) {
            all.addAll(splitter.split(document.text(), item.body()));
        }
        this.sentences = List.copyOf(all);
    }

    public SourceDocument document() {
        return document;
    }

    public DocumentText text() {
        return document.text();
    }

    public Segmentation segmentation() {
        return segmentation;
    }

    public Span header() {
        return segmentation.header();
    }

    public List<ItemSegment> items() {
        return segmentation.items();
    }

    /** Every sentence of the header and of the item bodies, in text order. */
    public List<Span> sentences() {
        return sentences;
    }

    /** The sentences inside {@code span}. */
    public List<Span> sentencesIn(Span span) {
        return sentences.stream().filter(span::contains).toList();
    }

    /** The position of the item holding {@code offset}, or 0 outside items. */
    public int itemPositionAt(int offset) {
        return segmentation.itemAt(offset).map(ItemSegment::position).orElse(0);
    }

    public Optional<ItemSegment> itemAt(int offset) {
        return segmentation.itemAt(offset);
    }
}
