package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow") // model training
class NerCommandTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path ANNOTATIONS = ROOT.resolve("ner/annotations");

    /** Six real annotated documents, enough for a quick cross-validation. */
    private static Path someAnnotations(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("annotations"));
        for (String stem : List.of("d004", "d012", "d015", "d023", "d035", "d045")) {
            Files.copy(ANNOTATIONS.resolve(stem + ".txt"), folder.resolve(stem + ".txt"));
        }
        return folder;
    }

    @Test
    void evaluatePrintsPrecisionRecallAndF1PerTypeAsJson(@TempDir Path dir) throws IOException {
        CommandRun run = CommandRun.of("ner", "evaluate", "--annotations", someAnnotations(dir).toString(), "--folds", "3", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject cv = JSON.parse(run.out()).get("cross_validation").getAsObject();
        for (String type : List.of("person", "role", "organisation")) {
            JsonObject t = cv.get(type).getAsObject();
            for (String measure : List.of("precision", "recall", "f1")) {
                double value = t.get(measure).getAsNumber().value().doubleValue();
                assertTrue(value >= 0 && value <= 1, type + " " + measure + " " + value);
            }
        }
        assertTrue(cv.get("person").getAsObject().get("f1").getAsNumber().value().doubleValue() > 0.5, run.out());
    }

    @Test
    void evaluateRefusesMoreFoldsThanDocuments(@TempDir Path dir) throws IOException {
        CommandRun run = CommandRun.of("ner", "evaluate", "--annotations", someAnnotations(dir).toString(), "--folds", "7");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--folds"), run.err());
    }

    @Test
    void trainWritesAModelThatExtractionCanUse(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("model.bin");
        CommandRun train = CommandRun.of("ner", "train", "--annotations", someAnnotations(dir).toString(), "-o", model.toString());
        assertEquals(0, train.exitCode(), train.err());
        assertTrue(Files.size(model) > 10_000);
        assertTrue(train.err().contains("6 documents"), train.err());
        CommandRun answers = CommandRun.of("answers", "--ner-model", model.toString(), "--out", dir.resolve("out").toString(),
                ROOT.resolve("samples/003_c8b7ca36a12a45f9.txt").toString());
        assertEquals(0, answers.exitCode(), answers.err());
        assertTrue(Files.exists(dir.resolve("out/003_c8b7ca36a12a45f9.json")));
    }

    @Test
    void anUnreadableModelIsAUsageError(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.bin"), "not a model");
        CommandRun run = CommandRun.of("extract", "--ner-model", bad.toString(), ROOT.resolve("samples").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("bad.bin"), run.err());
        CommandRun both = CommandRun.of("extract", "--no-model", "--ner-model", bad.toString(), ROOT.resolve("samples").toString());
        assertEquals(2, both.exitCode());
    }

    @Test
    void draftWritesAnnotatedSentencesAndNeverOverwritesCorrections(@TempDir Path dir) throws IOException {
        Path sample = ROOT.resolve("samples/003_c8b7ca36a12a45f9.txt");
        CommandRun run = CommandRun.of("ner", "draft", "--out", dir.toString(), sample.toString());
        assertEquals(0, run.exitCode(), run.err());
        String draft = Files.readString(dir.resolve("003_c8b7ca36a12a45f9.txt"));
        assertTrue(draft.startsWith("\n"));
        assertTrue(draft.contains("<START:person>"), draft);
        assertTrue(run.err().contains("with gold answers"), run.err());
        Files.writeString(dir.resolve("003_c8b7ca36a12a45f9.txt"), "corrected by hand");
        CommandRun again = CommandRun.of("ner", "draft", "--out", dir.toString(), sample.toString());
        assertEquals(1, again.exitCode());
        assertEquals("corrected by hand", Files.readString(dir.resolve("003_c8b7ca36a12a45f9.txt")));
    }
}
