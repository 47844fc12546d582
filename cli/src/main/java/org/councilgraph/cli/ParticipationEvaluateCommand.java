package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.AnnotatedDocument;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.nlp.EntityFinderTraining;
import org.councilgraph.extract.participation.GoldAttendance;
import org.councilgraph.extract.participation.LabelledDocument;
import org.councilgraph.extract.participation.Participation;
import org.councilgraph.extract.participation.ParticipationEvaluation;
import org.councilgraph.extract.participation.ParticipationTraining;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph participation evaluate}: cross-validates the participation model by
 * document over the corpus and the samples, and prints the rules alone, the model alone and
 * the rules with the model's additions, per field and threshold.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Cross-validate the participation model (folds split by document) over documents with gold answers.")
public final class ParticipationEvaluateCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
            description = "Folder of dNNN.txt minutes with dNNN.json gold (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "Folder of sample minutes with gold/ answers (default ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--folds", defaultValue = "10", description = "Number of folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--misses", paramLabel = "P", description = "Also print the people the rules with the model at threshold P got wrong.")
    Double misses;

    @Option(names = "--retrain-name-finder", paramLabel = "ANNOTATIONS",
            description = "Read each fold's documents with a name finder trained on ANNOTATIONS without them (slow; the honest figure).")
    Path annotations;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Lexicons lexicons = Lexicons.standard();
        List<LabelledDocument> documents = new ParticipationTraining(lexicons, new EntityFinder())
                .prepare(ParticipationTraining.documents(corpus, samples));
        ParticipationEvaluation evaluation = new ParticipationEvaluation(lexicons);
        int[] uncovered = evaluation.uncovered(documents);
        spec.commandLine().getErr().println("councilgraph: " + folds + "-fold cross-validation by document over "
                + documents.size() + " documents; " + uncovered[0] + " of the gold's " + uncovered[1]
                + " present, apologies and in-attendance people are named at no place the name finder or the rules found");
        out.printf(Locale.ROOT, "%-12s %5s  %-26s %-26s %-26s %-26s%n", "reading", "min p", "present", "apologies",
                "in_attendance", "all three");
        List<ParticipationEvaluation.Reading> readings = annotations == null ? evaluation.crossValidate(documents, folds)
                : evaluation.crossValidate(documents.size(), folds, test -> foldDocuments(lexicons, documents, test));
        for (ParticipationEvaluation.Reading r : readings) {
            out.printf(Locale.ROOT, "%-12s %5s  %-26s %-26s %-26s %-26s%n", r.name(),
                    Double.isNaN(r.threshold()) ? "-" : String.format(Locale.ROOT, "%.1f", r.threshold()),
                    cell(r.fields().get(Participation.PRESENT)), cell(r.fields().get(Participation.APOLOGIES)),
                    cell(r.fields().get(Participation.IN_ATTENDANCE)), cell(r.all()));
        }
        if (misses != null) {
            evaluation.misses(documents, misses).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    /** Every document read again with a name finder trained without the annotations of the {@code test} documents. */
    private List<LabelledDocument> foldDocuments(Lexicons lexicons, List<LabelledDocument> documents, List<Integer> test)
            throws IOException {
        Set<String> held = new HashSet<>();
        for (int i : test) {
            held.add(documents.get(i).name().replaceFirst("\\.txt$", ""));
        }
        List<org.councilgraph.extract.nlp.AnnotatedDocument> training = new ArrayList<>();
        for (var a : AnnotatedDocument.readAll(annotations)) {
            if (!held.contains(a.name())) {
                training.add(a);
            }
        }
        spec.commandLine().getErr().println("councilgraph: fold without " + held.size() + " documents: training the name finder on "
                + training.size());
        var finder = new EntityFinder(EntityFinderTraining.train(training));
        List<LabelledDocument> out = new ArrayList<>();
        ParticipationTraining fold = new ParticipationTraining(lexicons, finder);
        List<Path[]> files = ParticipationTraining.documents(corpus, samples);
        for (Path[] f : files) {
            try {
                out.add(fold.label(new MinutesReader().read(f[0],
                        DocumentMetadata.NONE), GoldAttendance.read(f[1], lexicons)));
            } catch (DocumentException e) {
                // Skipped as preparing the documents skips it, so the folds keep their documents.
            }
        }
        return out;
    }

    private static String cell(ParticipationEvaluation.Counts c) {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", c.precision(), c.recall(), c.f1());
    }
}
