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
 * Extracts documents one at a time within a {@link DocumentBudget}. Extraction runs on a worker
 * thread; one that runs out of time is left behind (the rules cannot be interrupted half-way,
 * so it finishes in the background and its result is dropped), and the next document gets a
 * new worker with a new extractor, since an extractor's OpenNLP tools are not thread-safe.
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

    /**
     * The document's extraction (each meeting's minutes, for a file holding several), or a
     * {@link DocumentException} saying why not, over budget included.
     */
    ExtractedFile extract(SourceDocument document) throws DocumentException {
        var tooLarge = budget.sizeProblem(document.text().text());
        if (tooLarge.isPresent()) {
            throw new UnreadableDocumentException(document.name(), "over the document budget: " + tooLarge.get());
        }
        if (extractor == null) {
            extractor = extractors.get();
            worker = Executors.newSingleThreadExecutor(BudgetedExtraction::daemon);
        }
        MinutesExtractor current = extractor;
        Future<ExtractedFile> result = worker.submit(() -> current.extractMeetings(document));
        try {
            return result.get(budget.maxTime().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            worker.shutdownNow();
            extractor = null;
            throw new UnreadableDocumentException(document.name(), "over the document budget: extraction took longer than "
                    + budget.maxTime().toSeconds() + " s and was abandoned");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(document.name(), "extraction was interrupted");
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
