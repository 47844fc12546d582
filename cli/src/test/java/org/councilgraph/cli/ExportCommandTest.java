package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code councilgraph export} as a user runs it, on a database of the samples. */
@Tag("slow") // TDB2
class ExportCommandTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void load() {
        assertEquals(0, CommandRun.of("load", "--db", db(), "../samples").exitCode());
    }

    @Test
    void csvWritesGephisNodeAndEdgeTablesBesideTheNamedFile() throws IOException {
        CommandRun run = CommandRun.of("export", "--db", db(), "--graph", "co-attendance", "--format", "csv",
                "-o", folder.resolve("co.csv").toString());

        assertEquals(0, run.exitCode(), run.err());
        List<String> nodes = Files.readAllLines(folder.resolve("co-nodes.csv"));
        List<String> edges = Files.readAllLines(folder.resolve("co-edges.csv"));
        assertEquals("Id,Label,Type,IRI,Council", nodes.get(0));
        assertEquals("Source,Target,Weight,Type,Relation", edges.get(0));
        assertTrue(run.err().contains((nodes.size() - 1) + " nodes, " + (edges.size() - 1) + " edges"), run.err());
    }

    @Test
    void eachFileFormatIsWritten() throws IOException {
        for (String format : List.of("gexf", "graphml", "cytoscape-json")) {
            Path file = folder.resolve("membership." + format);
            CommandRun run = CommandRun.of("export", "--db", db(), "--graph", "membership", "--format", format,
                    "-o", file.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.readString(file).contains("Cabinet Committee on Performance Improvement"), format);
        }
    }

    @Test
    void aNetworkPastTheCapIsAUsageErrorThatSaysHowToNarrowIt() {
        CommandRun run = CommandRun.of("export", "--db", db(), "--graph", "co-attendance", "--max-edges", "3",
                "-o", folder.resolve("capped.gexf").toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("more than 3 edges") && run.err().contains("--from"), run.err());
    }

    @Test
    void statusChoosesWhichAttendanceRecordsTheNetworkCounts() throws IOException {
        CommandRun present = CommandRun.of("export", "--db", db(), "--graph", "membership", "--format", "graphml",
                "-o", folder.resolve("present.graphml").toString());
        CommandRun officers = CommandRun.of("export", "--db", db(), "--graph", "membership", "--status", "in-attendance",
                "--format", "graphml", "-o", folder.resolve("officers.graphml").toString());
        CommandRun late = CommandRun.of("export", "--db", db(), "--graph", "membership", "--status", "present,late");

        assertEquals(0, present.exitCode(), present.err());
        assertEquals(0, officers.exitCode(), officers.err());
        assertTrue(Files.readString(folder.resolve("present.graphml")).contains("Geoff Driver CBE"));
        assertTrue(!Files.readString(folder.resolve("officers.graphml")).contains("Geoff Driver CBE"),
                "Driver sat as a member, not in attendance");
        assertEquals(2, late.exitCode());
        assertTrue(late.err().contains("no attendance status 'late'"), late.err());
    }

    @Test
    void unknownNetworksFormatsAndAMissingResourceAreUsageErrors() {
        assertEquals(2, CommandRun.of("export", "--db", db(), "--graph", "friendship").exitCode());
        assertEquals(2, CommandRun.of("export", "--db", db(), "--graph", "membership", "--format", "dot").exitCode());
        CommandRun neighbourhood = CommandRun.of("export", "--db", db(), "--graph", "neighbourhood");
        assertEquals(2, neighbourhood.exitCode());
        assertTrue(neighbourhood.err().contains("--resource"), neighbourhood.err());
        assertEquals(2, CommandRun.of("export", "--db", db(), "--graph", "membership", "--format", "csv").exitCode());
    }

    private static String db() {
        return folder.resolve("db").toString();
    }
}
