package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.councilgraph.extract.annotate.AnnotationDrafter;
import org.councilgraph.extract.nlp.AnnotatedDocument;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph ner draft}: drafts annotated sentences for new training documents, to be
 * corrected by hand against {@code ner/README.md} before they are used.
 */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft annotated sentences (person, role, organisation) for minutes, to correct by hand"
                + " (see ner/README.md). Gold answers beside a document (<stem>.json or gold/<stem>.json) add what they name.")
public final class NerDraftCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Minutes files (.txt, .html) or folders of them.")
    java.util.List<Path> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the drafts, <stem>.txt each.")
    Path out;

    @Option(names = "--force", description = "Overwrite existing files (which may hold hand corrections).")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(out);
        MinutesReader reader = new MinutesReader();
        AnnotationDrafter drafter = new AnnotationDrafter();
        int failed = 0;
        for (Path file : MinutesBatch.files(inputs, err)) {
            String name = file.getFileName().toString();
            String stem = name.replaceFirst("\\.[^.]+$", "");
            Path target = out.resolve(stem + ".txt");
            if (Files.exists(target) && !force) {
                err.println("councilgraph: " + name + ": " + target + " exists (it may hold hand corrections); use --force to overwrite");
                failed++;
                continue;
            }
            try {
                SourceDocument document = reader.read(file, DocumentMetadata.NONE);
                String gold = gold(file, stem);
                AnnotatedDocument draft = new AnnotatedDocument(stem, drafter.draft(document, gold));
                Files.writeString(target, draft.toAnnotationText(), StandardCharsets.UTF_8);
                err.println("councilgraph: drafted " + target + (gold == null ? "" : " (with gold answers)"));
            } catch (DocumentException e) {
                err.println("councilgraph: skipped " + file + ": " + e.reason());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static String gold(Path file, String stem) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        for (Path candidate : new Path[] {dir.resolve(stem + ".json"), dir.resolve("gold").resolve(stem + ".json")}) {
            if (Files.exists(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
