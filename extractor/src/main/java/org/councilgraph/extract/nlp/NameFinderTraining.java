package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderCrossValidator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.eval.FMeasure;

/**
 * Trains councilgraph's person name finder from minutes with gold answers (the development
 * corpus and the samples): every person the gold names is annotated where the text writes them.
 * Training is deterministic (one thread, fixed iterations), so the build gives the same model.
 *
 * <p>Usage: {@code NameFinderTraining OUTPUT.bin DIR...} (each DIR holds {@code *.txt} minutes
 * with their gold as {@code <stem>.json} beside them or in {@code gold/}); with
 * {@code --cross-validate N} it also prints N-fold cross-validated precision, recall and F1.
 */
public final class NameFinderTraining {

    private NameFinderTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NameFinderTraining OUTPUT.bin DIR... [--cross-validate N]");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        List<Path> dirs = new ArrayList<>();
        int folds = 0;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--cross-validate")) {
                folds = Integer.parseInt(args[++i]);
            } else {
                dirs.add(Path.of(args[i]));
            }
        }
        List<NameSample> samples = new PersonNameAnnotations().samples(documents(dirs));
        long names = samples.stream().mapToLong(s -> s.getNames().length).sum();
        System.out.printf("name finder: %d sentences, %d annotated names from %s%n", samples.size(), names, dirs);
        TokenNameFinderModel model = train(samples);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            model.serialize(out);
        }
        if (folds > 1) {
            FMeasure f = crossValidate(samples, folds);
            System.out.printf("name finder %d-fold cross-validation: P %.3f R %.3f F1 %.3f%n", folds,
                    f.getPrecisionScore(), f.getRecallScore(), f.getFMeasure());
        }
    }

    static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    static TokenNameFinderModel train(List<NameSample> samples) throws IOException {
        return NameFinderME.train("en", "person", ObjectStreamUtils.createObjectStream(samples), parameters(), factory());
    }

    /** The name finder's features, with the lexicons of given names and honorifics as dictionaries. */
    static TokenNameFinderFactory factory() throws IOException {
        byte[] features;
        try (var in = NameFinderTraining.class.getResourceAsStream("person-features.xml")) {
            if (in == null) {
                throw new IOException("person-features.xml missing from the classpath");
            }
            features = in.readAllBytes();
        }
        Map<String, Object> resources = new HashMap<>();
        resources.put("given-names.dictionary", dictionary(Lexicons.GIVEN_NAMES));
        resources.put("honorifics.dictionary", dictionary(Lexicons.HONORIFICS));
        return new TokenNameFinderFactory(features, resources, new BioCodec());
    }

    private static Dictionary dictionary(Lexicon lexicon) {
        Dictionary d = new Dictionary(false);
        for (String key : lexicon.keys()) {
            d.put(new StringList(key.split(" ")));
        }
        return d;
    }

    static FMeasure crossValidate(List<NameSample> samples, int folds) throws IOException {
        TokenNameFinderCrossValidator cv = new TokenNameFinderCrossValidator("en", "person", parameters(), factory());
        cv.evaluate(ObjectStreamUtils.createObjectStream(samples), folds);
        return cv.getFMeasure();
    }

    /** Minutes and their gold files: {@code d001.txt} with {@code d001.json} or {@code gold/d001.json}. */
    static List<PersonNameAnnotations.Document> documents(List<Path> dirs) throws IOException {
        List<PersonNameAnnotations.Document> out = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path txt : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String stem = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                    Path gold = dir.resolve(stem + ".json");
                    if (!Files.exists(gold)) {
                        gold = dir.resolve("gold").resolve(stem + ".json");
                    }
                    if (Files.exists(gold)) {
                        out.add(new PersonNameAnnotations.Document(txt.getFileName().toString(),
                                Files.readString(txt, StandardCharsets.UTF_8), Files.readString(gold, StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return out;
    }
}
