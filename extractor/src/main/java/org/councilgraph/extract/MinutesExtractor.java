package org.councilgraph.extract;

import java.util.Optional;

import org.councilgraph.extract.analysis.DocumentAnalyser;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.nlp.NameFinder;
import org.councilgraph.extract.participation.ParticipationModel;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.councilgraph.extract.recognise.MinutesEvidence;
import org.councilgraph.extract.recognise.Recognition;

import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The extraction pipeline for one document: analyse (segments, sentences, name-finder mentions,
 * context year), then recognise its facts. Reading comes before it
 * ({@link org.councilgraph.extract.read.MinutesReader}) and RDF after it
 * ({@link org.councilgraph.extract.rdf.MinutesGraphWriter}). Not thread-safe (it holds OpenNLP
 * tools): use one per thread.
 */
public final class MinutesExtractor {

    private final DocumentAnalyser analyser;
    private final Recognition recognition;
    private final MinutesEvidence evidence;

    /** An extractor that uses the name finder the build trained and packaged. */
    public MinutesExtractor() {
        this(new EntityFinder());
    }

    /** An extractor that uses {@code model} as its name finder (see {@code councilgraph ner train}). */
    public MinutesExtractor(TokenNameFinderModel model) {
        this(new EntityFinder(model));
    }

    /** An extractor that uses {@code names} as its name finder, with the packaged participation model. */
    public MinutesExtractor(NameFinder names) {
        this(names, ParticipationModel.packaged());
    }

    /** An extractor with {@code names} as its name finder and {@code participation} as its participation model. */
    public MinutesExtractor(NameFinder names, ParticipationModel participation) {
        this.analyser = new DocumentAnalyser(names);
        this.recognition = Recognition.standard(Lexicons.standard(), participation);
        this.evidence = new MinutesEvidence(Lexicons.standard().minutesMarks());
    }

    /** An extractor with rules only, without the trained models, to measure what they add. */
    public static MinutesExtractor withoutModel() {
        return new MinutesExtractor(NameFinder.NONE, ParticipationModel.NONE);
    }

    public ExtractedMinutes extract(SourceDocument document) throws UnrecognisedDocumentException {
        // A format with fields of its own (ModernGov XML) states some facts itself; the rest are
        // recognised from the part of its text written as minutes.
        DocumentAnalysis analysis = analyser.analyse(document.recognisable());
        Facts facts = document.stated().over(recognition.recognise(analysis), document.metadata());
        ExtractedMinutes extracted = new ExtractedMinutes(document, analysis.segmentation().layout(), facts);
        Optional<String> refusal = evidence.refusal(extracted);
        if (refusal.isPresent()) {
            throw new UnrecognisedDocumentException(document.name(), refusal.get());
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
