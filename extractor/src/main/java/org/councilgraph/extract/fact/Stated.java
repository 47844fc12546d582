package org.councilgraph.extract.fact;

import java.util.Optional;

import org.councilgraph.extract.text.Span;

/**
 * A value and where the document states it; the span is absent when the value came from
 * metadata the user supplied rather than from the text.
 */
public record Stated<T>(T value, Span span) {

    public static <T> Stated<T> given(T value) {
        return new Stated<>(value, null);
    }

    public Optional<Span> evidence() {
        return Optional.ofNullable(span);
    }
}
