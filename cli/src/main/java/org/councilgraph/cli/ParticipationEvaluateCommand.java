package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.participation.LabelledDocument;
import org.councilgraph.extract.participation.Participation;
import org.councilgraph.extract.participation.ParticipationEvaluation;
import org.councilgraph.extract.participation.ParticipationTraining;

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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Lexicons lexicons = Lexicons.standard();
        List<LabelledDocument> documents = new ParticipationTraining(lexicons, new EntityFinder())
                .prepare(ParticipationTraining.documents(corpus, samples));
        spec.commandLine().getErr().println("councilgraph: " + folds + "-fold cross-validation by document over "
                + documents.size() + " documents");
        out.printf(Locale.ROOT, "%-12s %5s  %-26s %-26s %-26s %-26s%n", "reading", "min p", "present", "apologies",
                "in_attendance", "all three");
        for (ParticipationEvaluation.Reading r : new ParticipationEvaluation(lexicons).crossValidate(documents, folds)) {
            out.printf(Locale.ROOT, "%-12s %5s  %-26s %-26s %-26s %-26s%n", r.name(),
                    Double.isNaN(r.threshold()) ? "-" : String.format(Locale.ROOT, "%.1f", r.threshold()),
                    cell(r.fields().get(Participation.PRESENT)), cell(r.fields().get(Participation.APOLOGIES)),
                    cell(r.fields().get(Participation.IN_ATTENDANCE)), cell(r.all()));
        }
        out.flush();
        return 0;
    }

    private static String cell(ParticipationEvaluation.Counts c) {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", c.precision(), c.recall(), c.f1());
    }
}
