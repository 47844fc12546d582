package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;

import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.StringList;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains councilgraph's name finder (person, role, organisation) from annotated sentences of
 * real minutes ({@code ner/annotations/}). The parameters are fixed and training runs on one
 * thread, so the same annotations always give the same model.
 *
 * <p>The build runs {@link #main} to package the model in the extractor:
 * {@code EntityFinderTraining OUTPUT.bin ANNOTATION_FOLDER}.
 */
public final class EntityFinderTraining {

    private EntityFinderTraining() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: EntityFinderTraining OUTPUT.bin ANNOTATION_FOLDER");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        Path annotations = Path.of(args[1]);
        // Training takes most of a build: skip it when nothing it reads has changed since the
        // model was last trained (the annotations, and the lexicons and settings on the classpath).
        String inputs = inputsDigest(annotations);
        Path stamp = output.resolveSibling(output.getFileName() + ".inputs");
        if (Files.isRegularFile(output) && Files.isRegularFile(stamp) && Files.readString(stamp).equals(inputs)) {
            System.out.println("name finder: up to date with its training data, not retrained");
            return;
        }
        List<AnnotatedDocument> documents = AnnotatedDocument.readAll(annotations);
        TokenNameFinderModel model = train(documents);
        write(model, output);
        Files.writeString(stamp, inputs);
        System.out.println("name finder: trained on " + describe(documents));
    }

    /** A digest of everything training reads: the annotation files and the resources of the features. */
    private static String inputsDigest(Path annotations) throws IOException {
        java.security.MessageDigest digest;
        try {
            digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> files = new java.util.ArrayList<>();
        try (var s = Files.list(annotations)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        for (Path f : files) {
            digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(f));
        }
        List<String> resources = new java.util.ArrayList<>(List.of("entity-features.xml", "synthetic-templates.txt"));
        for (String lexicon : org.councilgraph.extract.lexicon.Lexicons.standard().all().keySet()) {
            resources.add("../lexicon/" + lexicon + ".txt");
        }
        for (String r : resources) {
            try (var in = EntityFinderTraining.class.getResourceAsStream(r)) {
                digest.update(r.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (in != null) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** "56 documents, 1,762 sentences, 700 person, 300 role, 200 organisation mentions". */
    public static String describe(List<AnnotatedDocument> documents) {
        Map<String, Integer> counts = new HashMap<>();
        int sentences = 0;
        for (AnnotatedDocument d : documents) {
            for (NameSample s : d.sentences()) {
                sentences++;
                for (opennlp.tools.util.Span n : s.getNames()) {
                    counts.merge(n.getType(), 1, Integer::sum);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format("%,d documents, %,d sentences", documents.size(), sentences));
        for (EntityType t : EntityType.values()) {
            out.append(String.format(", %,d %s", counts.getOrDefault(t.label(), 0), t.label()));
        }
        return out.append(" mentions (and one synthetic sentence for every ").append(REAL_PER_SYNTHETIC)
                .append(" real ones in training)").toString();
    }

    /** The fixed training parameters: perceptron, one thread. */
    public static TrainingParameters parameters() {
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
        p.put(TrainingParameters.ITERATIONS_PARAM, 300);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    /** Synthetic sentences added to training: one for every this many real ones. */
    static final int REAL_PER_SYNTHETIC = 4;
    private static final long SEED = 20261124L;

    /**
     * Trains a model on every sentence of {@code documents}, with synthetic sentences made from
     * their mentions (see {@link SyntheticSentences}).
     */
    public static TokenNameFinderModel train(List<AnnotatedDocument> documents) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        documents.forEach(d -> samples.addAll(d.sentences()));
        samples.addAll(SyntheticSentences.packaged().generate(documents, samples.size() / REAL_PER_SYNTHETIC, SEED));
        // A null type keeps the annotations' own types (person, role, organisation).
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), parameters(), factory());
    }

    /** Writes {@code model} to {@code file}, creating its folder. */
    public static void write(TokenNameFinderModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /** The features ({@code entity-features.xml}) with councilgraph's lexicons as dictionaries and the POS model. */
    static TokenNameFinderFactory factory() throws IOException {
        byte[] features;
        try (InputStream in = EntityFinderTraining.class.getResourceAsStream("entity-features.xml")) {
            if (in == null) {
                throw new IOException("entity-features.xml missing from the classpath");
            }
            features = in.readAllBytes();
        }
        Map<String, Object> resources = new HashMap<>();
        resources.put("given-names.dictionary", dictionary(Lexicons.standard().givenNames()));
        resources.put("honorifics.dictionary", dictionary(Lexicons.standard().honorifics()));
        resources.put("post-nominals.dictionary", dictionary(Lexicons.standard().postNominals()));
        resources.put("role-heads.dictionary", dictionary(Lexicons.standard().roleHeads()));
        resources.put("role-titles.dictionary", dictionary(Lexicons.standard().roleTitles()));
        resources.put("organisation-heads.dictionary", dictionary(Lexicons.standard().organisationHeads()));
        resources.put("pos.model", LanguageModels.partsOfSpeech());
        return new TokenNameFinderFactory(features, resources, new BioCodec());
    }

    /**
     * A lexicon as a dictionary of token sequences. Lexicon keys are folded (lower case, no full
     * stops, hyphens as spaces), so the forms tokens take in text are added: "Cllr." beside
     * "Cllr", and "Vice-Chair" as one token beside "Vice Chair".
     */
    private static Dictionary dictionary(Lexicon lexicon) {
        Dictionary d = new Dictionary(false);
        for (String key : lexicon.keys()) {
            String[] words = key.split(" ");
            d.put(new StringList(words));
            if (words.length == 1) {
                d.put(new StringList(key + "."));
            } else {
                d.put(new StringList(String.join("-", words)));
            }
        }
        return d;
    }
}
