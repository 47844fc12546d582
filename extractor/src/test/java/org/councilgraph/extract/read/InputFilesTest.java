package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsFoldersRecursivelyAndListsEveryFileItPassesOverWithTheReason() throws IOException {
        Path minutes = Files.createDirectories(dir.resolve("2024").resolve("march"));
        Path sample = Files.copy(Fixtures.sample("004"), minutes.resolve("planning.txt"));
        Path page = Files.writeString(minutes.resolve("council.xhtml"), "<html><body><p>Present:</p></body></html>");
        Path pdf = Files.write(dir.resolve("scan.pdf"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Path graph = Files.writeString(dir.resolve("extra.ttl"), "<a:x> <a:y> <a:z> .");
        Files.writeString(minutes.resolve("planning.meta.json"), "{\"council\": \"North East Lincolnshire Council\"}");
        Path notes = Files.writeString(dir.resolve("notes.md"), "Which minutes are missing?");
        Files.writeString(Files.createDirectories(dir.resolve(".cache")).resolve("x.txt"), "cached");

        InputFiles files = InputFiles.of(List.of(dir));

        assertEquals(List.of(page, sample, graph, pdf), files.documents());
        assertEquals(List.of(dir.resolve(".cache").resolve("x.txt"), notes),
                files.passedOver().stream().map(InputFiles.PassedOver::file).toList());
        assertEquals("a hidden file", files.passedOver().get(0).reason());
    }

    @Test
    void keepsFilesNamedByTheUserWhateverTheyAre() {
        Path missing = dir.resolve("missing.txt");
        Path notes = dir.resolve("notes.md");
        assertEquals(List.of(missing, notes), InputFiles.of(List.of(missing, notes)).documents());
    }
}
