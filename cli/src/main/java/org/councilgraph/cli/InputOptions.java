package org.councilgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.read.DocumentMetadata;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every command reads (files or folders of minutes) and the metadata a user can give for them. */
public final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Minutes files (.txt, .html) or folders of them.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--council", paramLabel = "NAME", description = "The council, when the text does not say (wins over extraction).")
    String council;

    @Option(names = "--committee", paramLabel = "NAME", description = "The committee or body, when the text does not say.")
    String committee;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The meeting date, when the text does not say.")
    LocalDate date;

    @Option(names = "--source-url", paramLabel = "URL", description = "Where the minutes were published (names the document's graph).")
    String sourceUrl;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ExtractionOptions extraction;

    public List<Path> inputs() {
        return inputs;
    }

    /** The extractor the options ask for. */
    public MinutesExtractor extractor() {
        return ExtractionOptions.extractor(extraction);
    }

    public DocumentMetadata metadata() {
        return new DocumentMetadata(council, committee, date, sourceUrl);
    }
}
