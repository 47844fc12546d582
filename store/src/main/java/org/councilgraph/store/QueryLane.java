package org.councilgraph.store;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A fixed number of places for requests to run in, and at most twice as many requests waiting
 * briefly for one; a request that finds no place and no room to wait is refused at once.
 */
final class QueryLane {

    private final Semaphore places;
    private final Semaphore waiters;
    private final int size;

    QueryLane(int size) {
        this.size = size;
        this.places = new Semaphore(size, true);
        this.waiters = new Semaphore(2 * size);
    }

    /** Whether a request would be refused now without waiting: every place taken and no room to wait. */
    boolean full() {
        return places.availablePermits() == 0 && waiters.availablePermits() == 0;
    }

    /** Takes a place, waiting up to {@code wait} if there is room to wait; false when refused. */
    boolean enter(Duration wait) {
        if (places.tryAcquire()) {
            return true;
        }
        if (!waiters.tryAcquire()) {
            return false;
        }
        try {
            return places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiters.release();
        }
    }

    /** Gives back the place taken by {@link #enter}. */
    void leave() {
        places.release();
    }

    /** How many requests are waiting for a place now. */
    int waiting() {
        return 2 * size - waiters.availablePermits();
    }
}
