package org.councilgraph.extract;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Extraction time per megabyte of generated minutes in each shape (long lists on one line or one
 * to a line, running text on one line or in lines), at two sizes each, with the name finder and
 * the participation model, printed for extractor/BENCHMARKS.md. Time is the extracting thread's
 * CPU time (the machine is shared), wall time beside it. It asserts nothing and runs only when asked:
 * {@code ./mvnw -q -B -o -pl ontology,extractor verify -Dbenchmark=true -Dtest=ExtractionShapesBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dshapes.scale=0.1} for a tenth of the sizes).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ExtractionShapesBenchmark {

    @Test
    void measureExtractionPerMegabyteOfEachShape() throws UnrecognisedDocumentException {
        double scale = Double.parseDouble(System.getProperty("shapes.scale", "1"));
        int small = (int) (1_000 * scale);
        int large = (int) (10_000 * scale);
        Map<String, Supplier<String>> shapes = new LinkedHashMap<>();
        shapes.put(String.format(Locale.ROOT, "%,d attendees on one line", small), () -> GeneratedMinutes.attendeesOnOneLine(small));
        shapes.put(String.format(Locale.ROOT, "%,d attendees on one line", large), () -> GeneratedMinutes.attendeesOnOneLine(large));
        shapes.put(String.format(Locale.ROOT, "%,d attendees one to a line", small), () -> GeneratedMinutes.attendeesOnePerLine(small));
        shapes.put(String.format(Locale.ROOT, "%,d attendees one to a line", large), () -> GeneratedMinutes.attendeesOnePerLine(large));
        shapes.put(String.format(Locale.ROOT, "%,d KB of text on one line", small / 10), () -> GeneratedMinutes.proseOnOneLine(small * 100));
        shapes.put(String.format(Locale.ROOT, "%,d KB of text on one line", large / 10), () -> GeneratedMinutes.proseOnOneLine(large * 100));
        shapes.put(String.format(Locale.ROOT, "%,d KB of text in lines", small / 10), () -> GeneratedMinutes.proseInLines(small * 100));
        shapes.put(String.format(Locale.ROOT, "%,d KB of text in lines", large / 10), () -> GeneratedMinutes.proseInLines(large * 100));
        MinutesExtractor extractor = new MinutesExtractor();
        // Warm-up: class loading, the models, the JIT.
        extractor.extract(Fixtures.snippet(GeneratedMinutes.attendeesOnOneLine(200)));
        System.out.printf(Locale.ROOT, "%-32s %10s %10s %9s %9s %9s%n", "shape", "chars", "attendees", "CPU s", "wall s", "CPU s/MB");
        for (Map.Entry<String, Supplier<String>> shape : shapes.entrySet()) {
            SourceDocument document = Fixtures.snippet(shape.getValue().get());
            long cpu0 = cpu();
            long wall0 = System.nanoTime();
            ExtractedMinutes minutes = extractor.extract(document);
            double cpu = (cpu() - cpu0) / 1e9;
            double wall = (System.nanoTime() - wall0) / 1e9;
            int chars = document.text().length();
            System.out.printf(Locale.ROOT, "%-32s %,10d %,10d %9.2f %9.2f %9.1f%n", shape.getKey(), chars, minutes.attendance().size(),
                    cpu, wall, cpu / (chars / 1e6));
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
