package org.councilgraph.extract.participation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.councilgraph.extract.analysis.DocumentAnalyser;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.nlp.NameFinder;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.recognise.Recognition;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the participation model from documents with gold answers: each place a document names
 * a person (found by the name finder or by the rules) is an example, labelled by what the gold
 * records of that person (present, apologies, in attendance, or other), with the features
 * {@link ParticipationFeatures} reads. Maximum entropy (GIS), fixed iterations and cutoff, one
 * thread, so training is reproducible. The build trains it from the corpus and the samples.
 */
public final class ParticipationTraining {

    private static final int ITERATIONS = 300;
    private static final int CUTOFF = 1;

    private final Lexicons lexicons;
    private final DocumentAnalyser analyser;
    private final Recognition rules;
    private final PersonMentions mentions;
    private final ParticipationFeatures features;

    public ParticipationTraining(Lexicons lexicons, NameFinder names) {
        this.lexicons = lexicons;
        this.analyser = new DocumentAnalyser(names);
        this.rules = Recognition.standard(lexicons, ParticipationModel.NONE);
        this.mentions = new PersonMentions(lexicons);
        this.features = new ParticipationFeatures(lexicons);
    }

    /** Usage: ParticipationTraining OUTPUT.bin CORPUS_FOLDER SAMPLES_FOLDER (with gold/). */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: ParticipationTraining OUTPUT.bin CORPUS_FOLDER SAMPLES_FOLDER");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        List<Path[]> documents = documents(Path.of(args[1]), Path.of(args[2]));
        // Training reads every document through the whole extractor: skip it when neither the
        // documents, their gold, nor the extractor's classes and resources have changed.
        String inputs = digest(documents, output);
        Path stamp = output.resolveSibling(output.getFileName() + ".inputs");
        if (Files.isRegularFile(output) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(inputs)) {
            System.out.println("participation model: up to date with its training data, not retrained");
            return;
        }
        ParticipationTraining training = new ParticipationTraining(Lexicons.standard(), new EntityFinder());
        List<LabelledDocument> labelled = training.prepare(documents);
        ParticipationModel model = train(labelled);
        model.write(output);
        Files.writeString(stamp, inputs);
        long examples = labelled.stream().mapToLong(d -> d.labels().size()).sum();
        System.out.printf("participation model: trained on %,d documents, %,d places people are named%n", labelled.size(), examples);
    }

    /** Pairs of (minutes file, gold file) in {@code corpus} (dNNN.txt, dNNN.json) and {@code samples} (x.txt, gold/x.json). */
    public static List<Path[]> documents(Path corpus, Path samples) throws IOException {
        List<Path[]> out = new ArrayList<>();
        for (Path folder : List.of(corpus, samples)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                    Path gold = folder.resolve(stem + ".json");
                    if (!Files.isRegularFile(gold)) {
                        gold = folder.resolve("gold").resolve(stem + ".json");
                    }
                    if (Files.isRegularFile(gold)) {
                        out.add(new Path[] {txt, gold});
                    }
                }
            }
        }
        return out;
    }

    /** The documents read, analysed, recognised by the rules and labelled by their gold. */
    public List<LabelledDocument> prepare(List<Path[]> documents) throws IOException {
        MinutesReader reader = new MinutesReader();
        List<LabelledDocument> out = new ArrayList<>();
        for (Path[] d : documents) {
            SourceDocument document;
            try {
                document = reader.read(d[0], DocumentMetadata.NONE);
            } catch (DocumentException e) {
                continue;
            }
            out.add(label(document, GoldAttendance.read(d[1], lexicons)));
        }
        return out;
    }

    /** One document labelled by {@code gold}. */
    public LabelledDocument label(SourceDocument document, GoldAttendance gold) {
        DocumentAnalysis analysis = analyser.analyse(document);
        Facts facts = rules.recognise(analysis);
        List<PersonMention> found = mentions.of(analysis, facts);
        List<String[]> f = new ArrayList<>();
        List<Participation> labels = new ArrayList<>();
        ParticipationFeatures.OfDocument places = features.of(analysis);
        for (PersonMention m : found) {
            f.add(places.of(m));
            labels.add(gold.of(m.name(), lexicons));
        }
        return new LabelledDocument(document.name(), analysis, facts, gold, found, f, labels);
    }

    /** A model trained on the places of {@code documents}. */
    public static ParticipationModel train(List<LabelledDocument> documents) throws IOException {
        List<Event> events = new ArrayList<>();
        for (LabelledDocument d : documents) {
            for (int i = 0; i < d.labels().size(); i++) {
                events.add(new Event(d.labels().get(i).name(), d.features().get(i)));
            }
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        return new ParticipationModel(model);
    }

    private static String digest(List<Path[]> documents, Path output) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path[] d : documents) {
            for (Path p : d) {
                digest.update(p.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(p));
            }
        }
        // The extractor's own classes and resources (the name finder's model among them), this model aside.
        Path classes = output.toAbsolutePath().getParent().getParent().getParent().getParent();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                if (p.getFileName().toString().startsWith("en-participation")) {
                    continue;
                }
                digest.update(classes.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(p)) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
