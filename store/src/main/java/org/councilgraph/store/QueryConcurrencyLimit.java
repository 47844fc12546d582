package org.councilgraph.store;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Back-pressure: at most a fixed number of requests are served at once; at most twice as many
 * wait briefly for a place, and the rest are refused at once with 503 and {@code Retry-After}, so
 * that memory and CPU stay bounded however many clients call, and a refusal never waits behind
 * Jetty's few threads held by waiting requests. The liveness check is never held up.
 */
final class QueryConcurrencyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String PING = "/$/ping";

    private final transient Semaphore places;
    private final transient Semaphore waiters;
    private final Duration wait;
    private final int concurrent;
    private final long retryAfterSeconds;

    QueryConcurrencyLimit(int concurrent, Duration wait, Duration retryAfter) {
        this.places = new Semaphore(concurrent, true);
        this.waiters = new Semaphore(2 * concurrent);
        this.wait = wait;
        this.concurrent = concurrent;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** How many requests are waiting for a place now. */
    int waiting() {
        return 2 * concurrent - waiters.availablePermits();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().equals(PING)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted = places.tryAcquire();
        if (!admitted && waiters.tryAcquire()) {
            try {
                admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                waiters.release();
            }
        }
        if (!admitted) {
            response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The server is busy; try again shortly");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            places.release();
        }
    }
}
