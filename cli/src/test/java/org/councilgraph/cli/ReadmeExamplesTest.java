package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The query examples of README.md (the curl commands and the Python scripts) run as written,
 * against a server holding the samples; only the README's port is replaced by the test server's.
 * The export examples run in-process, then networkx reads their files.
 * CI installs curl and Debian's python3-sparqlwrapper, python3-rdflib and python3-networkx; where they are missing the test is skipped.
 */
@Tag("slow") // HTTP and child processes
class ReadmeExamplesTest {

    private static final Path PROJECT = Path.of("..");
    private static final String README_ENDPOINT_BASE = "http://localhost:3030";
    private static final Pattern CODE_BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    private static final RunningServer server = RunningServer.sharedSamples();

    @Test
    void theCurlExamplesAnswerWithTheWhoAttendedWhatTableAndTheApologiesCounts() throws IOException, InterruptedException {
        assumeTrue(onPath("curl"), "curl is not installed");
        String block = onlyBlock("sh", "--data-urlencode");
        Result result = run(List.of("bash", "-e", "-c", block.replace(README_ENDPOINT_BASE, server.base())));
        assertEquals(0, result.exit(), result.output());
        String csv = result.output().substring(0, result.output().indexOf('{'));
        assertTrue(csv.startsWith("meeting,date,body,council,attendee,person,status,chair"), csv);
        int rows = server.select(UserQueries.all().get("who-attended-what")).size();
        assertEquals(rows + 1, csv.strip().split("\r?\n").length, "one CSV line per row of the query, and the header");
        String json = result.output().substring(csv.length());
        // the samples' Lifelong Learning Panel records apologies from Councillors Croft and Goodwin
        assertTrue(json.contains("\"Councillor Croft\"") && json.contains("\"Councillor Goodwin\""), json);
        assertTrue(json.contains("\"apologies\""), json);
    }

    @Test
    void thePythonExamplePrintsOneLinePerAttendance() throws IOException, InterruptedException {
        String python = pythonWithSparqlWrapper();
        assumeTrue(python != null, "no python3 with SPARQLWrapper is installed");
        String script = onlyBlock("python", "SPARQLWrapper").replace(README_ENDPOINT_BASE, server.base());
        Result result = run(List.of(python, "-c", script));
        assertEquals(0, result.exit(), result.output());
        List<String> lines = result.output().strip().lines().toList();
        assertEquals(server.select(UserQueries.all().get("who-attended-what")).size(), lines.size(), result.output());
        assertTrue(lines.contains("2017-12-06 County Councillor Geoff Driver CBE present"), result.output());
    }

    @Test
    void theLinkedDataCurlExamplesRedirectToTheTurtleAndGiveTheMeetingAndTheVoidDescription()
            throws IOException, InterruptedException {
        assumeTrue(onPath("curl"), "curl is not installed");
        String block = onlyBlock("sh", "/id/person/");
        Result result = run(List.of("bash", "-e", "-c", block.replace(README_ENDPOINT_BASE, server.base())));
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().startsWith("HTTP/1.1 303"), result.output());
        assertTrue(result.output().contains("Location: /doc/person/lancashire-county-council/driver-geoff.ttl"), result.output());
        assertTrue(result.output().contains("cg:heldBy"), "the meeting's Turtle");
        assertTrue(result.output().contains("void:sparqlEndpoint"), "the VoID description");
    }

    @Test
    void theRdflibExampleParsesAPersonFromItsIri() throws IOException, InterruptedException {
        assumeTrue(run(List.of("/usr/bin/python3", "-c", "import rdflib")).exit() == 0, "no python3 with rdflib is installed");
        String script = onlyBlock("python", "rdflib").replace(README_ENDPOINT_BASE, server.base());
        Result result = run(List.of("/usr/bin/python3", "-c", script));
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().strip().matches("[1-9][0-9]* triples"), result.output());
    }

    @Test
    void theExportExamplesWriteFilesThatNetworkxReadsWithTheSameCounts(@TempDir Path folder)
            throws IOException, InterruptedException {
        String db = folder.resolve("db").toString();
        for (String line : onlyBlock("sh", "councilgraph export").strip().lines().toList()) {
            // As written, but with the database and the files in the test's folder.
            String[] args = line.replaceFirst("^\\./councilgraph ", "").replace("run/db", db)
                    .replace("samples/", PROJECT.resolve("samples").toString())
                    .replaceAll("-o (\\S+)", "-o " + folder + "/$1").split(" ");
            CommandRun run = CommandRun.of(args);
            assertEquals(0, run.exitCode(), line + "\n" + run.err());
        }
        assertTrue(Files.readString(folder.resolve("membership-edges.csv")).startsWith("Source,Target,Weight"));
        assertTrue(Files.readString(folder.resolve("meeting.cyjs")).contains("Geoff Driver CBE"));
        String edges = CommandRun.of("query", "--db", db, "co-attendance", "--format", "csv").out();
        long pairs = edges.strip().lines().count() - 1;
        assumeTrue(run(List.of("/usr/bin/python3", "-c", "import networkx")).exit() == 0, "no python3 with networkx is installed");
        String script = onlyBlock("python", "networkx");
        Process python = new ProcessBuilder("/usr/bin/python3", "-c", script).directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), output);
        List<String> lines = output.strip().lines().toList();
        assertEquals(2, lines.size(), output);
        assertEquals(lines.get(0), lines.get(1), "GEXF and GraphML give the same counts");
        assertTrue(lines.get(0).endsWith(" people, " + pairs + " pairs"), output + " vs " + pairs + " pairs");
    }

    @Test
    void theGraphCurlExampleGivesGephisEdgeTable() throws IOException, InterruptedException {
        assumeTrue(onPath("curl"), "curl is not installed");
        String block = onlyBlock("sh", "/graph/");
        Result result = run(List.of("bash", "-e", "-c", block.replace(README_ENDPOINT_BASE, server.base())));
        assertEquals(0, result.exit(), result.output());
        List<String> rows = result.output().strip().lines().toList();
        assertEquals("Source,Target,Weight,Type,Relation", rows.get(0));
        assertTrue(rows.size() > 1, result.output());
    }

    private static String onlyBlock(String language, String containing) throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> found = new ArrayList<>();
        Matcher m = CODE_BLOCK.matcher(readme);
        while (m.find()) {
            if (m.group(1).equals(language) && m.group(2).contains(containing)) {
                found.add(m.group(2));
            }
        }
        assertEquals(1, found.size(), "README.md has one ```" + language + " block with " + containing);
        return found.get(0);
    }

    /** The python3 on the path, or else the system's (where Debian's python3-sparqlwrapper installs), if it has SPARQLWrapper. */
    private static String pythonWithSparqlWrapper() throws IOException, InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            if (onPath(python) && run(List.of(python, "-c", "import SPARQLWrapper")).exit() == 0) {
                return python;
            }
        }
        return null;
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return run(List.of("bash", "-c", "command -v " + command)).exit() == 0;
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish in 60 s");
        }
        return new Result(process.exitValue(), output);
    }
}
