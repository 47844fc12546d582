package org.councilgraph.store;

import java.util.Objects;

/**
 * What became of one document of a batch: its outcome when it was stored, or the failure that
 * kept all of it out.
 *
 * @param name    the document's name
 * @param outcome what loading it did, or null when it failed
 * @param failure why it was not stored, or null
 */
public record BatchResult(String name, LoadOutcome outcome, RuntimeException failure) {

    public BatchResult {
        Objects.requireNonNull(name, "name");
        if ((outcome == null) == (failure == null)) {
            throw new IllegalArgumentException("a batch result is either an outcome or a failure");
        }
    }

    static BatchResult of(LoadOutcome outcome) {
        return new BatchResult(outcome.name(), outcome, null);
    }

    static BatchResult failed(String name, RuntimeException failure) {
        return new BatchResult(name, null, failure);
    }
}
