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
 * Back-pressure: at most a fixed number of requests are served at once; the next ones wait
 * briefly for a place and are then refused with 503 and {@code Retry-After}, so that memory and
 * CPU stay bounded however many clients call. The liveness check is never held up.
 */
final class QueryConcurrencyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String PING = "/$/ping";

    private final transient Semaphore places;
    private final Duration wait;
    private final long retryAfterSeconds;

    QueryConcurrencyLimit(int concurrent, Duration wait, Duration retryAfter) {
        this.places = new Semaphore(concurrent, true);
        this.wait = wait;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().equals(PING)) {
            chain.doFilter(request, response);
            return;
        }
        boolean admitted;
        try {
            admitted = places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
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
