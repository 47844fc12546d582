package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;

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
    private Set<String> givenNames = Set.of();
    private List<ModelMention> mentions = List.of();

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

    /**
     * Records the mentions the trained name finder found in this document. The given names of
     * the people it found in lists ("Tadhg" in "Directors: Kevin Stewart, Tadhg McDonnell") are
     * then accepted by the name parsers like the lexicon's. Only lists count, where the name
     * parsers need the help: a lone capitalised pair in running text ("Economy, Net Zero,
     * Skills") is too weak a sign that its first word is a given name.
     */
    public void useMentionsFound(List<ModelMention> found) {
        List<ModelMention> sorted = new ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparing(ModelMention::span));
        this.mentions = List.copyOf(sorted);
        Set<String> names = new java.util.TreeSet<>();
        for (Span sentence : sentences) {
            List<ModelMention> people = mentionsIn(sentence).stream().filter(m -> m.type() == EntityType.PERSON).toList();
            if (people.size() < 2) {
                continue;
            }
            for (ModelMention m : people) {
                String[] words = document.text().quote(m.span()).strip().split("\\s+");
                String first = words[0];
                if (words.length >= 2 && first.length() >= 2 && first.chars().allMatch(Character::isLetter)
                        && Character.isUpperCase(first.charAt(0)) && !first.equals(first.toUpperCase(java.util.Locale.ROOT))
                        && !Lexicons.NOT_NAMES.contains(first) && !Lexicons.HONORIFICS.contains(first)
                        && !Lexicons.ROLE_HEADS.contains(first) && !Lexicons.ROLE_TITLES.contains(first)) {
                    names.add(first);
                }
            }
        }
        this.givenNames = Set.copyOf(names);
    }

    /** The name finder's mentions in this document, in text order (none when it is turned off). */
    public List<ModelMention> mentions() {
        return mentions;
    }

    /** The name finder's mentions inside {@code span}, in text order. */
    public List<ModelMention> mentionsIn(Span span) {
        // Called for every sentence by several recognisers: find the first by binary search.
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

    /** Given names found in this document by the name finder. */
    public Set<String> givenNames() {
        return givenNames;
    }

    /** Every sentence of the header and of the item bodies, in text order. */
    public List<Span> sentences() {
        return sentences;
    }

    /**
     * The year yearless dates of this document belong to: the year its dates and text mention
     * most (the latest on a tie), or this year when it mentions none. Computed once.
     */
    public int contextYear() {
        if (contextYear == null) {
            java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
            for (org.councilgraph.extract.date.DateMention d : new org.councilgraph.extract.date.DateRecogniser().find(text())) {
                if (d.hasYear()) {
                    counts.merge(d.year(), 1, Integer::sum);
                }
            }
            java.util.regex.Matcher years = YEAR.matcher(text().text());
            while (years.find()) {
                counts.merge(Integer.parseInt(years.group()), 1, Integer::sum);
            }
            contextYear = counts.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey)
                    .orElse(java.time.LocalDate.now().getYear());
        }
        return contextYear;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    private Integer contextYear;

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
