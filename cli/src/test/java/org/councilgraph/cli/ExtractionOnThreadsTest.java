package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents extracted on several threads come out as they do on one: the same bytes, the same
 * failure reports in the same order, the same answers files.
 */
class ExtractionOnThreadsTest {

    @TempDir
    Path dir;

    private Path inputs;

    @BeforeEach
    void realDocumentsAndBadOnesBetweenThem() throws IOException {
        inputs = Files.createDirectories(dir.resolve("in"));
        List<Path> real;
        try (Stream<Path> corpus = Files.list(Path.of("../corpus"))) {
            real = Stream.concat(corpus.filter(p -> p.toString().endsWith(".txt")).sorted().limit(24),
                    Stream.of(Path.of("../samples/000_2bde160a129b7ead.txt"), Path.of("../samples/003_c8b7ca36a12a45f9.txt"))).toList();
        }
        for (Path p : real) {
            Files.copy(p, inputs.resolve(p.getFileName()));
        }
        Files.createFile(inputs.resolve("d0005-empty.txt"));
        Files.writeString(inputs.resolve("d0012-not-minutes.txt"), "A shopping list.\nEggs, milk and bread.\n");
    }

    @Test
    void nQuadsOnFourThreadsAreTheBytesOfOneThread() throws IOException {
        Path one = dir.resolve("one.nq");
        Path four = dir.resolve("four.nq");
        CommandRun runOne = CommandRun.of("extract", "--threads", "1", "--format", "nq", "-o", one.toString(), inputs.toString());
        CommandRun runFour = CommandRun.of("extract", "--threads", "4", "--format", "nq", "-o", four.toString(), inputs.toString());
        assertEquals(1, runOne.exitCode(), runOne.err());
        assertEquals(1, runFour.exitCode(), runFour.err());
        assertTrue(Files.size(one) > 100_000, "the documents were extracted");
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(four));
        assertEquals(runOne.err(), runFour.err(), "the same failures, reported in the same order");
        assertTrue(runFour.err().contains("d0005-empty.txt") && runFour.err().contains("d0012-not-minutes.txt"), runFour.err());
    }

    @Test
    void answersOnThreeThreadsAreTheFilesOfOneThread() throws IOException {
        Path one = dir.resolve("one");
        Path three = dir.resolve("three");
        assertEquals(1, CommandRun.of("answers", "--threads", "1", "--out", one.toString(), inputs.toString()).exitCode());
        assertEquals(1, CommandRun.of("answers", "--threads", "3", "--out", three.toString(), inputs.toString()).exitCode());
        List<Path> files;
        try (Stream<Path> s = Files.list(one)) {
            files = s.sorted().toList();
        }
        assertEquals(26, files.size());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(three.resolve(f.getFileName())), f.toString());
        }
    }

    @Test
    void refusesZeroThreads() {
        CommandRun run = CommandRun.of("extract", "--threads", "0", inputs.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--threads must be at least 1"), run.err());
    }
}
