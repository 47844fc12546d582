package org.councilgraph.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedFile;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnreadableDocumentException;

/**
 * Reads and extracts documents one at a time within a {@link DocumentBudget}: the reading and
 * the extraction each within its time. Both run on a worker thread; one that runs out of time is
 * left behind (neither the parsers nor the rules can be interrupted half-way, so it finishes in
 * the background and its result is dropped), and the next document gets a new worker with a new
 * extractor, since an extractor's OpenNLP tools are not thread-safe. Reading needs the limit as
 * much as extraction: a PDF of a few megabytes can hold a page whose content expands to
 * gigabytes, which PDFBox reads in bounded memory but for minutes.
 */
final class BudgetedExtraction {

    private final Supplier<MinutesExtractor> extractors;
    private final DocumentBudget budget;
    private MinutesExtractor extractor;
    private ExecutorService worker;

    BudgetedExtraction(Supplier<MinutesExtractor> extractors, DocumentBudget budget) {
        this.extractors = extractors;
        this.budget = budget;
    }

    /** What the worker does to one document; it may refuse the document. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws DocumentException;
    }

    /** The document {@code reading} reads (the file {@code name}), or a {@link DocumentException} saying why not, over budget included. */
    SourceDocument read(String name, Work<SourceDocument> reading) throws DocumentException {
        return withinBudget(name, "reading", reading);
    }

    /**
     * The document's extraction (each meeting's minutes, for a file holding several), or a
     * {@link DocumentException} saying why not, over budget included.
     */
    ExtractedFile extract(SourceDocument document) throws DocumentException {
        var tooLarge = budget.sizeProblem(document.text().text());
        if (tooLarge.isPresent()) {
            throw new UnreadableDocumentException(document.name(), "over the document budget: " + tooLarge.get());
        }
        MinutesExtractor current = extractor();
        return withinBudget(document.name(), "extraction", () -> current.extractMeetings(document));
    }

    private MinutesExtractor extractor() {
        if (extractor == null) {
            extractor = extractors.get();
        }
        return extractor;
    }

    private <T> T withinBudget(String name, String stage, Work<T> work) throws DocumentException {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(BudgetedExtraction::daemon);
        }
        Future<T> result = worker.submit(work::run);
        try {
            return result.get(budget.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            // The abandoned work may still be using the extractor: the next document gets new ones of both.
            worker = null;
            extractor = null;
            throw new UnreadableDocumentException(name, "over the document budget: " + stage + " took longer than "
                    + budget.maxTime().toSeconds() + " s and was abandoned");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(name, stage + " was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DocumentException d) {
                throw d;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static Thread daemon(Runnable task) {
        // A daemon, so that an abandoned extraction does not keep the command from exiting.
        Thread thread = new Thread(task, "councilgraph-extraction");
        thread.setDaemon(true);
        return thread;
    }
}
