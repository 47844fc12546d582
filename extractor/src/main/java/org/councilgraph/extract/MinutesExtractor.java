package org.councilgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.nlp.SentenceSplitter;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.councilgraph.extract.recognise.FactAssembler;
import org.councilgraph.extract.recognise.MeetingHeaderRecogniser;
import org.councilgraph.extract.recognise.Recognisers;
import org.councilgraph.extract.recognise.SegmentedMinutes;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.segment.ItemSegmenter;
import org.councilgraph.extract.segment.Segmentation;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The extraction pipeline for one document: segment, recognise, assemble. Reading comes before
 * it ({@link org.councilgraph.extract.read.MinutesReader}) and RDF after it
 * ({@link org.councilgraph.extract.rdf.MinutesGraphWriter}). Not thread-safe (it holds OpenNLP
 * tools): use one per thread.
 */
public final class MinutesExtractor {

    private final ItemSegmenter segmenter = new ItemSegmenter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final EntityFinder names;
    private final MeetingHeaderRecogniser header = new MeetingHeaderRecogniser();
    private final Recognisers recognisers = new Recognisers();

    /** An extractor that uses the name finder the build trained and packaged. */
    public MinutesExtractor() {
        this(new EntityFinder());
    }

    /** An extractor that uses {@code model} as its name finder (see {@code councilgraph ner train}). */
    public MinutesExtractor(TokenNameFinderModel model) {
        this(new EntityFinder(model));
    }

    private MinutesExtractor(EntityFinder names) {
        this.names = names;
    }

    /** An extractor with rules only, to measure what the name finder adds. */
    public static MinutesExtractor withoutModel() {
        return new MinutesExtractor((EntityFinder) null);
    }

    public ExtractedMinutes extract(SourceDocument document) throws UnrecognisedDocumentException {
        Segmentation segmentation = segmenter.segment(document.text());
        SegmentedMinutes minutes = new SegmentedMinutes(document, segmentation, sentences);
        List<ModelMention> found = new ArrayList<>();
        if (names != null) {
            names.newDocument();
            for (var sentence : minutes.sentences()) {
                found.addAll(names.find(document.text(), sentence));
            }
        }
        minutes.useMentionsFound(found);
        MeetingHeader meeting = header.recognise(minutes, document.metadata());
        List<AgendaItem> items = new ArrayList<>();
        for (ItemSegment item : segmentation.items()) {
            items.add(new AgendaItem(item.position(), item.number(), item.title(), item.heading(), item.minutes(), false));
        }
        FactAssembler facts = recognisers.recognise(minutes, meeting, items);
        ExtractedMinutes extracted = facts.assemble(document, segmentation.layout(), meeting);
        if (extracted.isEmpty()) {
            throw new UnrecognisedDocumentException(document.name(),
                    "does not look like minutes: no meeting date, body, agenda items, attendance or decisions found");
        }
        return extracted;
    }

    /** The extracted minutes of a document, or empty when it is not recognised as minutes. */
    public Optional<ExtractedMinutes> tryExtract(SourceDocument document) {
        try {
            return Optional.of(extract(document));
        } catch (UnrecognisedDocumentException e) {
            return Optional.empty();
        }
    }
}
