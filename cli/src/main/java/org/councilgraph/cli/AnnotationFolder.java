package org.councilgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.councilgraph.extract.nlp.AnnotatedDocument;

import picocli.CommandLine.Option;

/** The folder of annotated training sentences the {@code ner} commands read. */
public final class AnnotationFolder {

    @Option(names = "--annotations", paramLabel = "DIR", defaultValue = "ner/annotations",
            description = "Folder of annotated sentences, one .txt file per document (default ${DEFAULT-VALUE}).")
    Path folder;

    /** Every annotated document of the folder. */
    public List<AnnotatedDocument> documents() throws IOException {
        return AnnotatedDocument.readAll(folder);
    }
}
