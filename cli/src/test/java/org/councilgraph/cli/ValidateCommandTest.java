package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void findsTheSamplesGraphsConform() {
        CommandRun run = CommandRun.of("validate", SAMPLES.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertEquals(5, run.out().lines().filter(l -> l.contains(": conforms")).count(), run.out());
    }

    @Test
    void reportsViolationsInAnRdfFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), """
                @prefix cg: <https://w3id.org/councilgraph/ontology#> .
                <https://w3id.org/councilgraph/id/meeting/x/attendance/1> a cg:Attendance ;
                    cg:nameAsWritten "Councillor Nobody" .
                """);
        CommandRun run = CommandRun.of("validate", bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("violation"), run.out());
    }

    @Test
    void checksAnExtractedFileAsItIs() throws IOException {
        Path trig = dir.resolve("s.trig");
        assertEquals(0, CommandRun.of("extract", "-o", trig.toString(), SAMPLES.resolve("002_6e2f344fe549971c.txt").toString()).exitCode());
        CommandRun run = CommandRun.of("validate", trig.toString());
        assertEquals(0, run.exitCode(), run.out());
    }
}
