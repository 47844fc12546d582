package org.councilgraph.extract;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;

import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Time and memory of reading and extracting long real PDFs (Kent County Council's 17-page Cabinet
 * and 14-page County Council minutes), printed for extractor/BENCHMARKS.md. It asserts nothing
 * and runs only when asked:
 * {@code ./mvnw -q -B -pl ontology,extractor verify -Dbenchmark=true -Dtest=PdfExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PdfExtractionBenchmark {

    private static final int ROUNDS = 5;

    @Test
    void measurePdfReadingAndExtraction() throws DocumentException {
        MinutesReader reader = new MinutesReader();
        MinutesExtractor extractor = new MinutesExtractor();
        for (String name : new String[] {"kent-cc_cabinet_2025-01-30_printed-minutes.pdf",
                "kent-cc_county-council_2025-02-13_printed-minutes_recorded-votes.pdf"}) {
            Path pdf = Fixtures.realDocument("pdf", name);
            // Warm-up: class loading, PDFBox's font set-up, the models.
            extractor.extract(reader.read(pdf, DocumentMetadata.NONE));
            long readNanos = 0;
            long extractNanos = 0;
            long readBytes = 0;
            long extractBytes = 0;
            SourceDocument document = null;
            for (int i = 0; i < ROUNDS; i++) {
                long a0 = allocated();
                long t0 = System.nanoTime();
                document = reader.read(pdf, DocumentMetadata.NONE);
                long t1 = System.nanoTime();
                long a1 = allocated();
                extractor.extract(document);
                long t2 = System.nanoTime();
                long a2 = allocated();
                readNanos += t1 - t0;
                extractNanos += t2 - t1;
                readBytes += a1 - a0;
                extractBytes += a2 - a1;
            }
            System.out.printf(Locale.ROOT, "%s: %d pages, %,d characters of text%n", name, document.pages().count(),
                    document.text().length());
            System.out.printf(Locale.ROOT, "  read (PDFBox text, furniture, hyphens): %6.0f ms, %,6d MiB allocated%n",
                    readNanos / 1e6 / ROUNDS, readBytes / ROUNDS >> 20);
            System.out.printf(Locale.ROOT, "  extract (analysis, recognisers, models): %6.0f ms, %,6d MiB allocated%n",
                    extractNanos / 1e6 / ROUNDS, extractBytes / ROUNDS >> 20);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use at the end: %,d MiB of %,d MiB max%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /** Bytes this thread has allocated so far (HotSpot's counter). */
    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
