package org.councilgraph.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.nlp.EntityFinder;

import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How documents are extracted: with the packaged name finder (no option), another trained
 * model ({@code --ner-model}), or the rules only ({@code --no-model}). An exclusive option group.
 */
public final class ExtractionOptions {

    @Option(names = "--no-model", required = true, description = "Extract with the rules only, without the trained name finder and participation model"
            + " (to measure what the model adds).")
    boolean noModel;

    @Option(names = "--ner-model", required = true, paramLabel = "FILE", converter = ModelFile.class,
            description = "Use this name finder model (written by 'councilgraph ner train') instead of the packaged one.")
    TokenNameFinderModel model;

    /** The extractor {@code options} ask for; null options (none given) mean the packaged model. */
    public static MinutesExtractor extractor(ExtractionOptions options) {
        if (options == null) {
            return new MinutesExtractor();
        }
        return options.noModel ? MinutesExtractor.withoutModel() : new MinutesExtractor(options.model);
    }

    /** Reads a model file when the command line is parsed, so a bad file is a usage error. */
    static final class ModelFile implements ITypeConverter<TokenNameFinderModel> {
        @Override
        public TokenNameFinderModel convert(String value) {
            try {
                return EntityFinder.readModel(Path.of(value));
            } catch (IOException | RuntimeException e) {
                throw new TypeConversionException("cannot read the name finder model " + value + ": " + e.getMessage());
            }
        }
    }
}
