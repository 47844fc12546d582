package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * rdflib, an independent linked-data client, dereferences a person and a meeting on the samples'
 * server with {@code Graph().parse(url)} ({@code src/test/python/rdflib_dereference.py}). CI
 * installs Debian's python3-rdflib; where it is missing the test is skipped.
 */
@Tag("slow") // HTTP and a child process
class RdflibClientTest {

    private static final Path SCRIPT = Path.of("src", "test", "python", "rdflib_dereference.py");
    private static final String PYTHON = "/usr/bin/python3";

    @Test
    void rdflibParsesAPersonAndAMeetingFromTheirIris() throws IOException, InterruptedException {
        assumeTrue(hasRdflib(), "no python3 with rdflib is installed");
        RunningServer server = RunningServer.sharedSamples();
        String person = CG.ID + "person/lancashire-county-council/driver-geoff";
        String meeting = CG.ID + "meeting/a17215ba4186b90b";
        Process process = new ProcessBuilder(PYTHON, SCRIPT.toString(), server.base(), person, meeting)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script finished");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains(person + ": "), output);
        assertTrue(output.contains(meeting + ": "), output);
    }

    private static boolean hasRdflib() throws InterruptedException {
        try {
            Process p = new ProcessBuilder(List.of(PYTHON, "-c", "import rdflib")).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
