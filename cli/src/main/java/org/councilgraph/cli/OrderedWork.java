package org.councilgraph.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs one job per item on a number of threads and hands the results on in the items' order, on
 * the calling thread, so that what a batch writes is the same bytes however many threads did the
 * work. At most a few results per thread wait to be handed on, so memory stays flat however long
 * the batch. With one thread the jobs run on the calling thread.
 */
final class OrderedWork {

    /** How many results per thread may be done or under way before the oldest is handed on. */
    private static final int AHEAD_PER_THREAD = 4;

    private final int threads;

    /** @param threads how many jobs run at once (at least 1) */
    OrderedWork(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.threads = threads;
    }

    /** The number of processors this JVM may use: the default number of threads. */
    static int availableThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * Applies {@code job} to every item and gives each result to {@code inOrder} in the items'
     * order. A job must not throw: it reports failure in its result. An exception thrown by
     * {@code inOrder} ends the run after the jobs under way are cancelled.
     */
    <T, R> void run(List<T> items, Function<T, R> job, Consumer<R> inOrder) {
        if (threads == 1 || items.size() < 2) {
            items.forEach(item -> inOrder.accept(job.apply(item)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, OrderedWork::daemon);
        Deque<Future<R>> ahead = new ArrayDeque<>();
        try {
            int window = threads * AHEAD_PER_THREAD;
            for (T item : items) {
                if (ahead.size() >= window) {
                    inOrder.accept(next(ahead));
                }
                ahead.add(pool.submit(() -> job.apply(item)));
            }
            while (!ahead.isEmpty()) {
                inOrder.accept(next(ahead));
            }
        } finally {
            ahead.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static <R> R next(Deque<Future<R>> ahead) {
        Future<R> head = ahead.removeFirst();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private static Thread daemon(Runnable task) {
        // A daemon, so that a job left behind never keeps the command from exiting.
        Thread thread = new Thread(task, "councilgraph-worker-" + NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
