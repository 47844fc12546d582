package org.councilgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
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
 * Reads and extracts a batch of documents, each within a {@link DocumentBudget}, on one thread or
 * several (the results come back in input order either way). A document that fails or is over
 * budget is reported by name and reason and the batch goes on; the caller sees only documents
 * that were extracted whole.
 */
public final class MinutesBatch {

    /** What to do with each meeting's extracted minutes (a file may hold several meetings). */
    @FunctionalInterface
    public interface Consumer {
        void accept(Path file, ExtractedMinutes minutes) throws IOException;
    }

    /**
     * What became of one file of a batch: it was extracted ({@code extracted}: the minutes of its
     * meeting, or of each meeting it holds), it failed ({@code failure}, already reported), or it
     * was let through unextracted ({@code document} only: the caller's skip test said it needs no
     * extraction; neither: the caller passed it over).
     */
    public record Outcome(Path file, SourceDocument document, ExtractedFile extracted, String failure) {

        static Outcome failed(Path file, String reason) {
            return new Outcome(file, null, null, reason);
        }

        /** True when extraction failed or the file could not be read. */
        public boolean isFailure() {
            return failure != null;
        }
    }

    private final MinutesReader reader = new MinutesReader();
    private final BlockingQueue<BudgetedExtraction> extractions;
    private final OrderedWork work;
    private final PrintWriter err;
    private final List<String> failures = new ArrayList<>();
    private int succeeded;

    /** A batch on one thread with the standard document budget; {@code extractors} makes an extractor when one is needed. */
    public MinutesBatch(PrintWriter err, Supplier<MinutesExtractor> extractors) {
        this(err, extractors, DocumentBudget.STANDARD);
    }

    public MinutesBatch(PrintWriter err, Supplier<MinutesExtractor> extractors, DocumentBudget budget) {
        this(err, extractors, budget, 1);
    }

    /**
     * A batch that extracts {@code threads} documents at a time, each thread with its own
     * extractor (an extractor's OpenNLP tools are not thread-safe; the models they read are
     * shared), and hands the results on in input order.
     */
    public MinutesBatch(PrintWriter err, Supplier<MinutesExtractor> extractors, DocumentBudget budget, int threads) {
        this.err = err;
        this.work = new OrderedWork(threads);
        this.extractions = new ArrayBlockingQueue<>(threads);
        for (int i = 0; i < threads; i++) {
            extractions.add(new BudgetedExtraction(extractors, budget));
        }
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
        process(files(inputs, err), metadata, file -> true, (file, document) -> false, outcome -> {
            if (outcome.extracted() == null) {
                return;
            }
            try {
                for (ExtractedMinutes minutes : outcome.extracted().meetings()) {
                    consumer.accept(outcome.file(), minutes);
                }
                succeeded++;
            } catch (IOException e) {
                fail(outcome.file(), "could not write its output: " + e.getMessage());
            } catch (RuntimeException e) {
                fail(outcome.file(), "extraction failed unexpectedly (" + e + "); please report this document");
            }
        });
    }

    /**
     * Reads and extracts {@code files} on the batch's threads and gives each {@link Outcome} to
     * {@code handler} in the files' order, on the calling thread, after reporting its failure if
     * it failed. Only the files {@code minutes} accepts are read; a document {@code skip} accepts
     * (tested on the batch's threads, after reading) is handed on without being extracted.
     */
    public void process(List<Path> files, DocumentMetadata metadata, Predicate<Path> minutes, BiPredicate<Path, SourceDocument> skip,
            java.util.function.Consumer<Outcome> handler) {
        work.run(files, file -> minutes.test(file) ? readAndExtract(file, metadata, skip) : new Outcome(file, null, null, null),
                outcome -> {
                    if (outcome.isFailure()) {
                        fail(outcome.file(), outcome.failure());
                    } else if (outcome.extracted() != null) {
                        outcome.extracted().noteText().ifPresent(note -> {
                            err.println("councilgraph: " + outcome.file() + " " + note);
                            err.flush();
                        });
                    }
                    handler.accept(outcome);
                });
    }

    /** Runs on a batch thread: must not throw for anything one document can cause. */
    private Outcome readAndExtract(Path file, DocumentMetadata metadata, BiPredicate<Path, SourceDocument> skip) {
        BudgetedExtraction extraction = take();
        try {
            SourceDocument document;
            try {
                document = extraction.read(file.getFileName().toString(), () -> reader.read(file, metadata));
            } catch (RuntimeException e) {
                // A fault in reading one file (a parser bug on hostile bytes) must not end the batch.
                return Outcome.failed(file, "could not be read (" + e.getClass().getSimpleName() + "); please report this document");
            }
            if (skip.test(file, document)) {
                return new Outcome(file, document, null, null);
            }
            try {
                return new Outcome(file, document, extraction.extract(document), null);
            } catch (RuntimeException e) {
                return Outcome.failed(file, "extraction failed unexpectedly (" + e + "); please report this document");
            }
        } catch (DocumentException e) {
            return Outcome.failed(file, e.reason());
        } finally {
            extractions.add(extraction);
        }
    }

    private BudgetedExtraction take() {
        try {
            return extractions.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extractor", e);
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
