package org.councilgraph.extract.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.segment.Segmentation;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * One document analysed, the input every recogniser reads: the document, its segmentation into
 * header and items, its sentences, the name finder's mentions, the given names the name finder
 * found in lists, and the year its yearless dates belong to. Built once per document by
 * {@link DocumentAnalyser}; immutable.
 *
 * @param document the document as read
 * @param segmentation its header and agenda items
 * @param sentences every sentence of the header and of the item bodies, in text order
 * @param mentions the name finder's mentions, in text order (none with the finder off)
 * @param givenNames the first words of people the name finder found in lists ("Tadhg" of
 *        "Directors: Kevin Stewart, Tadhg McDonnell"), which the name parsers then accept as
 *        given names like the lexicon's
 * @param contextYear the year of the document's yearless dates, when one is known
 */
public record DocumentAnalysis(SourceDocument document, Segmentation segmentation, List<Span> sentences,
        List<ModelMention> mentions, Set<String> givenNames, ContextYear contextYear) {

    public DocumentAnalysis {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        givenNames = Set.copyOf(givenNames);
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).span().compareTo(mentions.get(i).span()) > 0) {
                throw new IllegalArgumentException("mentions must be in text order");
            }
        }
    }

    public DocumentText text() {
        return document.text();
    }

    public Span header() {
        return segmentation.header();
    }

    public List<ItemSegment> items() {
        return segmentation.items();
    }

    /** The name finder's mentions inside {@code span}, in text order. */
    public List<ModelMention> mentionsIn(Span span) {
        // Every recogniser asks for every sentence: find the first by binary search.
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (mentions.get(mid).span().start() < span.start()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<ModelMention> out = new ArrayList<>();
        for (int i = low; i < mentions.size() && mentions.get(i).span().start() < span.end(); i++) {
            if (span.contains(mentions.get(i).span())) {
                out.add(mentions.get(i));
            }
        }
        return out;
    }

    /** The first sentence that starts after {@code span} ends, or null. */
    public Span sentenceAfter(Span span) {
        for (Span s : sentences) {
            if (s.start() >= span.end()) {
                return s;
            }
        }
        return null;
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
