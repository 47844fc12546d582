package org.councilgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.nlp.PersonNameFinder;
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

/**
 * The extraction pipeline for one document: segment, recognise, assemble. Reading comes before
 * it ({@link org.councilgraph.extract.read.MinutesReader}) and RDF after it
 * ({@link org.councilgraph.extract.rdf.MinutesGraphWriter}). Not thread-safe (it holds OpenNLP
 * tools): use one per thread.
 */
public final class MinutesExtractor {

    private final ItemSegmenter segmenter = new ItemSegmenter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final PersonNameFinder names = new PersonNameFinder();
    private final MeetingHeaderRecogniser header = new MeetingHeaderRecogniser();
    private final Recognisers recognisers = new Recognisers();

    public ExtractedMinutes extract(SourceDocument document) throws UnrecognisedDocumentException {
        Segmentation segmentation = segmenter.segment(document.text());
        SegmentedMinutes minutes = new SegmentedMinutes(document, segmentation, sentences);
        names.newDocument();
        List<org.councilgraph.extract.text.Span> found = new ArrayList<>();
        for (var sentence : minutes.sentences()) {
            found.addAll(names.find(document.text(), sentence));
        }
        minutes.useNamesFound(found);
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
