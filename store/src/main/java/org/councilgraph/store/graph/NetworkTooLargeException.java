package org.councilgraph.store.graph;

/** A network with more nodes or edges than the cap allows; its message says how to narrow it. */
public final class NetworkTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NetworkTooLargeException(String message) {
        super(message);
    }
}
