package org.councilgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.analysis.DocumentAnalyser;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.ExtractedFile;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.nlp.NameFinder;
import org.councilgraph.extract.participation.ParticipationModel;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.councilgraph.extract.recognise.MinutesEvidence;
import org.councilgraph.extract.recognise.Recognition;
import org.councilgraph.extract.split.AgendaEvidence;
import org.councilgraph.extract.split.MeetingSplitter;
import org.councilgraph.extract.text.Span;

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
    private final MeetingSplitter splitter;
    private final AgendaEvidence agenda;

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
        this.splitter = new MeetingSplitter(Lexicons.standard());
        this.agenda = new AgendaEvidence(Lexicons.standard());
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
        Optional<String> refusal = evidence.refusal(extracted).or(() -> agenda.refusal(extracted));
        if (refusal.isPresent()) {
            throw new UnrecognisedDocumentException(document.name(), refusal.get());
        }
        return extracted;
    }

    /**
     * The minutes of each meeting in {@code document}: of the one meeting of most files, or of
     * each meeting of a file that holds several (an agenda pack carrying earlier minutes), each
     * extracted as a document of its own. What comes before the first meeting's minutes (a
     * cover, an agenda) is left out and named in the note, as is a part that is not minutes.
     */
    public ExtractedFile extractMeetings(SourceDocument document) throws UnrecognisedDocumentException {
        List<Span> parts = splitter.meetings(document);
        if (parts.isEmpty()) {
            return ExtractedFile.of(extract(document));
        }
        DocumentMetadata given = document.metadata();
        if (given.councilName().isEmpty()) {
            // A pack names its council once, on the cover: what the whole file says holds for each meeting.
            MeetingHeader whole = recognition.recognise(analyser.analyse(document)).header();
            if (whole.council() != null) {
                given = new DocumentMetadata(whole.council().value(), given.committee(), given.meetingDate(), given.sourceUrl());
            }
        }
        List<ExtractedMinutes> meetings = new ArrayList<>();
        List<String> described = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            SourceDocument part = document.part(parts.get(i), splitter.text(document.text(), parts.get(i)), i + 1, parts.size(), given);
            String pages = pages(document, parts.get(i));
            try {
                meetings.add(extract(part));
                described.add("meeting " + (i + 1) + pages);
            } catch (UnrecognisedDocumentException e) {
                described.add("part " + (i + 1) + pages + " left out, as it " + e.reason());
            }
        }
        if (meetings.isEmpty()) {
            throw new UnrecognisedDocumentException(document.name(), "none of its " + parts.size() + " parts is minutes");
        }
        String before = parts.get(0).start() == 0 ? ""
                : "; the text before the first" + pages(document, new Span(0, parts.get(0).start()))
                        + " is not a meeting's minutes (a cover or an agenda) and is left out";
        return new ExtractedFile(meetings, "holds the minutes of " + parts.size() + " meetings, each extracted as its own: "
                + String.join(", ", described) + before);
    }

    /** The pages {@code span} covers, from its first character to its last that is not white space. */
    private static String pages(SourceDocument document, Span span) {
        Span text = document.text().trim(span);
        var first = document.pages().pageAt(span.start());
        var last = document.pages().pageAt(Math.max(span.start(), text.end() - 1));
        if (first.isEmpty()) {
            return "";
        }
        return first.getAsInt() == last.getAsInt() ? " (page " + first.getAsInt() + ")"
                : " (pages " + first.getAsInt() + "–" + last.getAsInt() + ")";
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
