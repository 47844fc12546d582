package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedFile;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.InputFiles;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnreadableDocumentException;

/**
 * Reads and extracts a batch of documents one by one, each within a {@link DocumentBudget}. A
 * document that fails or is over budget is reported by name and reason and the batch goes on; the
 * caller sees only documents that were extracted whole.
 */
public final class MinutesBatch {

    /** What to do with each extracted document. */
    @FunctionalInterface
    public interface Consumer {
        void accept(Path file, ExtractedMinutes minutes) throws IOException;
    }

    private final MinutesReader reader = new MinutesReader();
    private final BudgetedExtraction extraction;
    private final PrintWriter err;
    private final List<String> failures = new ArrayList<>();
    private int succeeded;

    /** A batch with the standard document budget; {@code extractors} makes an extractor when one is needed. */
    public MinutesBatch(PrintWriter err, Supplier<MinutesExtractor> extractors) {
        this(err, extractors, DocumentBudget.STANDARD);
    }

    public MinutesBatch(PrintWriter err, Supplier<MinutesExtractor> extractors, DocumentBudget budget) {
        this.err = err;
        this.extraction = new BudgetedExtraction(extractors, budget);
    }

    /**
     * The files {@code inputs} name (folders read recursively), after reporting on {@code err}
     * the files of folders that are not documents, one line per reason.
     */
    public static List<Path> files(List<Path> inputs, PrintWriter err) {
        InputFiles files;
        try {
            files = InputFiles.of(inputs);
        } catch (java.io.UncheckedIOException e) {
            err.println("councilgraph: " + e.getMessage());
            err.flush();
            return inputs.stream().filter(p -> !Files.isDirectory(p)).toList();
        }
        Map<String, List<Path>> byReason = new LinkedHashMap<>();
        for (InputFiles.PassedOver p : files.passedOver()) {
            byReason.computeIfAbsent(p.reason(), r -> new ArrayList<>()).add(p.file());
        }
        byReason.forEach((reason, passed) -> err.println("councilgraph: passed over " + passed.size()
                + (passed.size() == 1 ? " file" : " files") + ", " + reason + ": " + names(passed)));
        err.flush();
        return files.documents();
    }

    private static String names(List<Path> files) {
        int shown = Math.min(files.size(), MAX_NAMES);
        String list = String.join(", ", files.subList(0, shown).stream().map(Path::toString).toList());
        return files.size() > shown ? list + " (and " + (files.size() - shown) + " more)" : list;
    }

    /** How many passed-over files a report names before it counts the rest. */
    private static final int MAX_NAMES = 8;

    public void run(List<Path> inputs, DocumentMetadata metadata, Consumer consumer) {
        for (Path file : files(inputs, err)) {
            read(file, metadata).ifPresent(document -> extract(file, document, consumer));
        }
    }

    /** Reads {@code file}, or records why it cannot be read and gives nothing. */
    public java.util.Optional<SourceDocument> read(Path file, DocumentMetadata metadata) {
        try {
            return java.util.Optional.of(reader.read(file, metadata));
        } catch (DocumentException e) {
            fail(file, e.reason());
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            // A fault in reading one file (a parser bug on hostile bytes) must not end the batch.
            fail(file, "could not be read (" + e.getClass().getSimpleName() + "); please report this document");
            return java.util.Optional.empty();
        }
    }

    /**
     * Extracts a document read from {@code file} and hands on each meeting's minutes in it (one,
     * unless the file holds the minutes of several, which is reported); a failure is recorded as
     * the batch's own.
     */
    public void extract(Path file, SourceDocument document, Consumer consumer) {
        try {
            ExtractedFile extracted = extraction.extract(document);
            extracted.noteText().ifPresent(note -> {
                err.println("councilgraph: " + file + " " + note);
                err.flush();
            });
            for (ExtractedMinutes minutes : extracted.meetings()) {
                consumer.accept(file, minutes);
            }
            succeeded++;
        } catch (DocumentException e) {
            fail(file, e.reason());
        } catch (IOException e) {
            fail(file, "could not write its output: " + e.getMessage());
        } catch (RuntimeException e) {
            fail(file, "extraction failed unexpectedly (" + e + "); please report this document");
        }
    }

    /** Records a failed document, as the batch does for its own failures. */
    public void fail(Path file, String reason) {
        failures.add(file + ": " + reason);
        err.println("councilgraph: skipped " + file + ": " + reason);
        err.flush();
    }

    public int succeeded() {
        return succeeded;
    }

    public List<String> failures() {
        return failures;
    }

    /** 0 when every document succeeded, 1 when any failed. */
    public int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }

    static UnreadableDocumentException notFound(Path p) {
        return new UnreadableDocumentException(p.toString(), "no such file");
    }
}
