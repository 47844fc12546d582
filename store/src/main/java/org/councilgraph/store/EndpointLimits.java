package org.councilgraph.store;

import java.time.Duration;

/**
 * The limits that keep the public endpoint healthy whatever a caller sends.
 *
 * @param maxRequestBytes      the largest request body or query string accepted; larger ones get 413 at once
 * @param maxResultBytes       the most a response may stream; a larger one is broken off so the client sees an error
 * @param maxConcurrentQueries how many requests to the SPARQL service run at once
 * @param queueWait            how long a request waits for a free place before it gets 503
 * @param retryAfter           what a 503 tells the client to wait before trying again
 * @param expensiveAfter       a request whose last run took this long or longer runs in the lane of expensive
 *                             ones (half as many places), so that it does not hold up cheap ones
 */
public record EndpointLimits(long maxRequestBytes, long maxResultBytes, int maxConcurrentQueries, Duration queueWait,
        Duration retryAfter, Duration expensiveAfter) {

    /** Documented queries are a few kilobytes; 256 KiB leaves room for long VALUES lists but not for abuse. */
    public static final EndpointLimits DEFAULT = new EndpointLimits(256 * 1024, 256L * 1024 * 1024,
            Math.max(2, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(1));

    public EndpointLimits {
        if (maxRequestBytes <= 0 || maxResultBytes <= 0 || maxConcurrentQueries <= 0) {
            throw new IllegalArgumentException("endpoint limits must be positive");
        }
        if (queueWait.isNegative() || retryAfter.isNegative() || expensiveAfter.isNegative()) {
            throw new IllegalArgumentException("endpoint waits must not be negative");
        }
    }

    /** These limits with another concurrency bound and queue wait. */
    public EndpointLimits withConcurrency(int queries, Duration wait) {
        return new EndpointLimits(maxRequestBytes, maxResultBytes, queries, wait, retryAfter, expensiveAfter);
    }

    /** These limits with another cap on streamed results. */
    public EndpointLimits withMaxResultBytes(long bytes) {
        return new EndpointLimits(maxRequestBytes, bytes, maxConcurrentQueries, queueWait, retryAfter, expensiveAfter);
    }
}
