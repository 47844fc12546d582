package org.councilgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load throughput on the samples and the corpus, printed for store/BENCHMARKS.md. It asserts
 * nothing and runs only when asked:
 * {@code ./mvnw -q -B -pl store -am verify -Dbenchmark=true -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LoadBenchmark {

    @TempDir
    Path folder;

    @Test
    void measureLoadThroughput() throws IOException {
        measure("samples", Path.of("..", "samples"));
        measure("corpus", Path.of("..", "corpus"));
    }

    private void measure(String label, Path inputs) throws IOException {
        long t0 = System.nanoTime();
        List<DocumentSource> sources = extract(inputs);
        long t1 = System.nanoTime();
        try (CouncilDatabase database = CouncilDatabase.open(folder.resolve(label))) {
            DocumentLoader loader = new DocumentLoader(database.dataset());
            long triples = 0;
            for (DocumentSource source : sources) {
                triples += loader.load(source).triples();
            }
            long t2 = System.nanoTime();
            for (DocumentSource source : sources) {
                loader.loadIfChanged(source);
            }
            long t3 = System.nanoTime();
            for (DocumentSource source : sources) {
                loader.load(source);
            }
            long t4 = System.nanoTime();
            int n = sources.size();
            System.out.printf(Locale.ROOT, "%s: %d documents, %,d triples%n", label, n, triples);
            line("extract (read + extract, no store)", n, 0, t1 - t0);
            line("first load into an empty database", n, triples, t2 - t1);
            line("load again, unchanged (skipped)", n, 0, t3 - t2);
            line("load again, forced (replace every graph)", n, triples, t4 - t3);
            line("extract + first load, end to end", n, triples, t2 - t0);
        }
    }

    private static void line(String what, int documents, long triples, long nanos) {
        double s = nanos / 1e9;
        System.out.printf(Locale.ROOT, "  %-42s %7.2f s  %8.1f documents/s%s%n", what, s, documents / s,
                triples == 0 ? "" : String.format(Locale.ROOT, "  %,10.0f triples/s", triples / s));
    }

    private static List<DocumentSource> extract(Path folder) throws IOException {
        MinutesReader reader = new MinutesReader();
        MinutesExtractor extractor = new MinutesExtractor();
        List<DocumentSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                try {
                    sources.add(DocumentSources.minutes(file, extractor.extract(reader.read(file, DocumentMetadata.NONE))));
                } catch (DocumentException e) {
                    System.out.println("  (not minutes: " + file.getFileName() + ")");
                }
            }
        }
        return sources;
    }
}
