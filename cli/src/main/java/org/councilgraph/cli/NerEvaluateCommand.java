package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.councilgraph.extract.nlp.AnnotatedDocument;
import org.councilgraph.extract.nlp.CrossValidation;
import org.councilgraph.extract.nlp.EntityFinderTraining;
import org.councilgraph.extract.nlp.EntityType;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph ner evaluate}: cross-validates the name finder by document and prints
 * precision, recall and F1 per type.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Cross-validate the name finder (folds split by document) and print precision, recall and F1 per type.")
public final class NerEvaluateCommand implements Callable<Integer> {

    @Mixin
    AnnotationFolder annotations;

    @Option(names = "--folds", defaultValue = "10", description = "Number of folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--json", description = "Print one JSON object: {\"cross_validation\": {\"person\": {\"precision\": P, ...}, ...}}.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<AnnotatedDocument> documents = annotations.documents();
        if (folds < 2 || folds > documents.size()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--folds must be between 2 and the number of annotated documents (" + documents.size() + ")");
        }
        if (!json) {
            spec.commandLine().getErr().println("councilgraph: " + folds + "-fold cross-validation by document over "
                    + EntityFinderTraining.describe(documents));
        }
        CrossValidation cv = CrossValidation.run(documents, folds);
        if (json) {
            JsonObject types = new JsonObject();
            for (EntityType t : EntityType.values()) {
                types.put(t.label(), measures(cv.scores().get(t)));
            }
            JsonObject result = new JsonObject();
            result.put("cross_validation", types);
            out.println(result.toString().replaceAll("\\s*\\n\\s*", " "));
        } else {
            out.printf(Locale.ROOT, "%-14s %9s %9s %9s %6s %6s %6s%n", "type", "precision", "recall", "F1", "tp", "fp", "fn");
            for (EntityType t : EntityType.values()) {
                row(out, t.label(), cv.scores().get(t));
            }
            row(out, "overall", cv.overall());
        }
        out.flush();
        return 0;
    }

    private static JsonObject measures(CrossValidation.Score s) {
        JsonObject o = new JsonObject();
        o.put("precision", JsonNumber.value(round(s.precision())));
        o.put("recall", JsonNumber.value(round(s.recall())));
        o.put("f1", JsonNumber.value(round(s.f1())));
        return o;
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static void row(PrintWriter out, String label, CrossValidation.Score s) {
        out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", label, s.precision(), s.recall(), s.f1(),
                s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
