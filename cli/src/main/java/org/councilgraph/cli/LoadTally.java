package org.councilgraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The running counts of a load: documents done, loaded, skipped and failed, triples, time taken. */
final class LoadTally {

    private final long startNanos = System.nanoTime();
    private int total;
    private int loaded;
    private int skipped;
    private int failed;
    private long triples;

    void expect(int documents) {
        total = documents;
    }

    void addLoaded(long documentTriples) {
        loaded++;
        triples += documentTriples;
    }

    void addSkipped() {
        skipped++;
    }

    void addFailed() {
        failed++;
    }

    int total() {
        return total;
    }

    int done() {
        return loaded + skipped + failed;
    }

    int loaded() {
        return loaded;
    }

    int skipped() {
        return skipped;
    }

    int failed() {
        return failed;
    }

    long triples() {
        return triples;
    }

    double seconds() {
        return Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    }

    /** "2.4 documents/s, 6,778 triples/s", over documents actually loaded. */
    String rates() {
        double s = seconds();
        return String.format(Locale.ROOT, "%,.1f documents/s, %,.0f triples/s", loaded / s, triples / s);
    }

    /** The closing summary, failures with their reasons last. */
    List<String> summary(List<String> failures) {
        String head = String.format(Locale.ROOT, "councilgraph: %d loaded (%,d triples), %d skipped as unchanged, %d failed, in %.1f s (%s)",
                loaded, triples, skipped, failed, seconds(), rates());
        if (failures.isEmpty()) {
            return List.of(head);
        }
        List<String> lines = new ArrayList<>();
        lines.add(head);
        lines.add("councilgraph: failed documents:");
        failures.forEach(f -> lines.add("  " + f));
        return lines;
    }
}
