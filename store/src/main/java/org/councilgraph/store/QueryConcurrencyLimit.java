package org.councilgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Back-pressure in two lanes: requests known to be expensive (their last run took longer than a
 * threshold, see {@link QueryCosts}) run in a lane of their own, so cheap ones keep their places
 * and stay fast while expensive ones run. In each lane a fixed number of requests run at once and
 * at most twice as many wait briefly for a place; the rest are refused at once with 503 and
 * {@code Retry-After}, written directly (no error page, nothing read when both lanes are full), so
 * that memory and CPU stay bounded however many clients call. The liveness check is never held up.
 */
final class QueryConcurrencyLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String PING = "/$/ping";

    private static final byte[] BUSY = "Error 503: The server is busy; try again shortly\n".getBytes(StandardCharsets.UTF_8);

    private final transient QueryLane cheap;
    private final transient QueryLane expensive;
    private final transient QueryCosts costs;
    private final Duration wait;
    private final long retryAfterSeconds;

    /**
     * {@code concurrent} places for requests not known to be expensive, half as many (at least
     * one) for those whose last run took {@code expensiveAfter} or longer.
     */
    QueryConcurrencyLimit(int concurrent, Duration wait, Duration retryAfter, Duration expensiveAfter) {
        this.cheap = new QueryLane(concurrent);
        this.expensive = new QueryLane(Math.max(1, concurrent / 2));
        this.costs = new QueryCosts(expensiveAfter);
        this.wait = wait;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    /** How many requests are waiting for a place now, in both lanes. */
    int waiting() {
        return cheap.waiting() + expensive.waiting();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRequestURI().equals(PING)) {
            chain.doFilter(request, response);
            return;
        }
        if (cheap.full() && expensive.full()) {
            refuse(response);
            return;
        }
        HttpServletRequest passed = request;
        String text = request.getParameter("query");
        if (text == null && isQueryBody(request)) {
            // The size limit in front of this filter bounds what is read here.
            BufferedBodyRequest buffered = new BufferedBodyRequest(request, request.getInputStream().readAllBytes());
            text = buffered.text();
            passed = buffered;
        }
        String digest = digest(request.getRequestURI(), text == null ? request.getQueryString() : text);
        QueryLane lane = costs.isExpensive(digest) ? expensive : cheap;
        if (!lane.enter(wait)) {
            refuse(response);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(passed, response);
        } finally {
            lane.leave();
            costs.record(digest, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(BUSY.length);
        response.getOutputStream().write(BUSY);
    }

    private static boolean isQueryBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/sparql-query");
    }

    private static String digest(String path, String text) {
        MessageDigest sha256 = DigestedBodyRequest.sha256();
        sha256.update(path.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) '\n');
        if (text != null) {
            sha256.update(text.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
