package org.councilgraph.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the server remembers of how long requests took: for the last few thousand distinct
 * requests (by the digest of their path and SPARQL text), whether the last run took longer than
 * the threshold. The documented queries are sent again and again, so after its first run an
 * expensive one is known before it runs and can be given its own places.
 */
final class QueryCosts {

    private static final int REMEMBERED = 4096;

    private final Duration threshold;
    private final Map<String, Boolean> expensive = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    QueryCosts(Duration threshold) {
        this.threshold = threshold;
    }

    /** Whether the request with this digest took longer than the threshold the last time it ran. */
    synchronized boolean isExpensive(String digest) {
        return expensive.getOrDefault(digest, false);
    }

    /** Records how long the request with this digest took. */
    synchronized void record(String digest, Duration took) {
        expensive.put(digest, took.compareTo(threshold) >= 0);
    }
}
