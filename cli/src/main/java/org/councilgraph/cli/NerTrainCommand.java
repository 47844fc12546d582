package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.councilgraph.extract.nlp.AnnotatedDocument;
import org.councilgraph.extract.nlp.EntityFinderTraining;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph ner train}: trains the name finder from annotated sentences with the fixed
 * parameters the build uses, so the same annotations give the same model as the packaged one.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the name finder from annotated sentences (the build does the same to package it)."
                + " Use the model with --ner-model on extract, answers, validate, load or serve.")
public final class NerTrainCommand implements Callable<Integer> {

    @Mixin
    AnnotationFolder annotations;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<AnnotatedDocument> documents = annotations.documents();
        EntityFinderTraining.write(EntityFinderTraining.train(documents), output);
        err.println("councilgraph: name finder trained on " + EntityFinderTraining.describe(documents) + "; written to " + output);
        return 0;
    }
}
