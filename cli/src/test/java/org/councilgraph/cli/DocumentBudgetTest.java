package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.read.DocumentMetadata;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document whose reading or extraction runs past its time budget is reported by name and the batch goes on to the next. */
@Tag("slow") // waits for the budget
class DocumentBudgetTest {

    @TempDir
    Path dir;

    @Test
    void aListOfFiftyThousandAttendeesRunsOutOfTimeAndTheNextDocumentIsStillExtracted() throws IOException {
        // Ten names to a line, as a long attendance list is printed. Within the size budget, and
        // since extraction costs the same per megabyte whatever the shape, minutes of work.
        String names = IntStream.range(0, 50_000).mapToObj(i -> "Councillor Alan Smith" + i + (i % 10 == 9 ? ",\n" : ", "))
                .collect(Collectors.joining());
        Path slow = Files.writeString(dir.resolve("attendees.txt"), "Exampleshire County Council\n"
                + "Minutes of the meeting of the Cabinet held on 4 May 2024\n\nPresent: " + names + ".\n\n1. Apologies\nNone.\n");
        Path good = Files.copy(Path.of("../samples/003_c8b7ca36a12a45f9.txt"), dir.resolve("good.txt"));
        StringWriter err = new StringWriter();
        List<String> extracted = new ArrayList<>();
        int[] extractors = {0};
        MinutesBatch batch = new MinutesBatch(new PrintWriter(err), () -> {
            extractors[0]++;
            return new MinutesExtractor();
        }, DocumentBudget.STANDARD.withMaxTime(Duration.ofSeconds(10)));
        batch.run(List.of(slow, good), DocumentMetadata.NONE, (file, minutes) -> extracted.add(file.getFileName().toString()));
        assertEquals(List.of("good.txt"), extracted, err + " failures " + batch.failures() + " succeeded " + batch.succeeded());
        assertTrue(err.toString().contains("skipped " + slow + ": over the document budget: extraction took longer than 10 s and was abandoned"),
                err.toString());
        assertEquals(1, batch.exitCode());
        assertEquals(2, extractors[0], "the document after the abandoned one gets a fresh extractor");
    }

    @Test
    void aPdfWhosePageExpandsToGigabytesRunsOutOfReadingTimeAndTheNextDocumentIsStillRead() throws IOException, InterruptedException {
        // Four megabytes that decode to four gigabytes of white space: minutes of PDFBox's time, in little memory.
        Path expanding = Files.write(dir.resolve("expanding.pdf"), ExpandingPdf.of(4096));
        Path good = Files.copy(Path.of("../samples/003_c8b7ca36a12a45f9.txt"), dir.resolve("good.txt"));
        StringWriter err = new StringWriter();
        List<String> read = new ArrayList<>();
        MinutesBatch batch = new MinutesBatch(new PrintWriter(err), MinutesExtractor::new, DocumentBudget.STANDARD.withMaxTime(Duration.ofSeconds(3)));
        // Every document read is let through unextracted: the reading's budget is the one at stake.
        batch.process(List.of(expanding, good), DocumentMetadata.NONE, file -> true, (file, document) -> true, outcome -> {
            if (outcome.document() != null) {
                read.add(outcome.file().getFileName().toString());
            }
        });
        assertEquals(List.of("good.txt"), read, err.toString());
        assertTrue(err.toString().contains("skipped " + expanding + ": over the document budget: reading took longer than 3 s and was abandoned"),
                err.toString());
        assertEquals(1, batch.exitCode());
        // The abandoned reading stops rather than decoding on in the background.
        for (int i = 0; i < 300 && readingThreadAlive(); i++) {
            Thread.sleep(100);
        }
        assertFalse(readingThreadAlive(), "the abandoned reading of " + expanding + " still runs");
    }

    private static boolean readingThreadAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("councilgraph-extraction") && t.isAlive()
                        && java.util.Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().startsWith("org.apache.pdfbox")));
    }
}
