package org.councilgraph.extract.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.nlp.NameFinder;
import org.councilgraph.extract.nlp.SentenceSplitter;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.segment.ItemSegmenter;
import org.councilgraph.extract.segment.Segmentation;
import org.councilgraph.extract.text.Span;

/**
 * The analysis stage: segments a document, splits it into sentences, runs the name finder over
 * them and works out its context year, once, into a {@link DocumentAnalysis}. Not thread-safe
 * (it holds OpenNLP tools): use one per thread.
 */
public final class DocumentAnalyser {

    private final ItemSegmenter segmenter = new ItemSegmenter();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final NameFinder names;

    /** @param names the name finder, or {@link NameFinder#NONE} for the rules alone */
    public DocumentAnalyser(NameFinder names) {
        this.names = names;
    }

    public DocumentAnalysis analyse(SourceDocument document) {
        Segmentation segmentation = segmenter.segment(document.text());
        List<Span> sentences = new ArrayList<>(splitter.split(document.text(), segmentation.header()));
        for (ItemSegment item : segmentation.items()) {
            sentences.addAll(splitter.split(document.text(), item.body()));
        }
        List<ModelMention> mentions = new ArrayList<>(names.find(document.text(), sentences));
        mentions.sort(Comparator.comparing(ModelMention::span));
        return new DocumentAnalysis(document, segmentation, sentences, mentions,
                givenNamesInLists(document, sentences, mentions),
                ContextYear.of(document.text(), document.metadata()));
    }

    /**
     * The given names of the people the name finder found in lists. Only lists count, where the
     * name parsers need the help: a lone capitalised pair in running text ("Economy, Net Zero,
     * Skills") is too weak a sign that its first word is a given name.
     */
    private static Set<String> givenNamesInLists(SourceDocument document, List<Span> sentences, List<ModelMention> mentions) {
        Set<String> names = new TreeSet<>();
        for (Span sentence : sentences) {
            List<ModelMention> people = mentions.stream()
                    .filter(m -> m.type() == EntityType.PERSON && sentence.contains(m.span())).toList();
            if (people.size() < 2) {
                continue;
            }
            for (ModelMention m : people) {
                String[] words = document.text().quote(m.span()).strip().split("\\s+");
                String first = words[0];
                if (words.length >= 2 && first.length() >= 2 && first.chars().allMatch(Character::isLetter)
                        && Character.isUpperCase(first.charAt(0)) && !first.equals(first.toUpperCase(Locale.ROOT))
                        && !Lexicons.standard().notNames().contains(first) && !Lexicons.standard().honorifics().contains(first)
                        && !Lexicons.standard().roleHeads().contains(first) && !Lexicons.standard().roleTitles().contains(first)) {
                    names.add(first);
                }
            }
        }
        return names;
    }
}
