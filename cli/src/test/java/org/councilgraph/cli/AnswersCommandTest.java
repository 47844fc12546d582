package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersCommandTest {

    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();
    private static final Path REAL = Path.of("../extractor/src/test/resources/real-documents").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private JsonObject answers(String stem) throws IOException {
        return JSON.parse(Files.readString(dir.resolve(stem + ".json"))).get("answers").getAsObject();
    }

    private static List<String> strings(JsonValue array) {
        return array.getAsArray().stream().map(v -> v.getAsString().value()).toList();
    }

    @Test
    void writesAnAnswersFilePerDocumentFromItsGraph() throws IOException {
        CommandRun run = CommandRun.of("answers", "--out", dir.toString(), SAMPLES.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(5, files.count());
        }
        JsonObject a = answers("003_c8b7ca36a12a45f9");
        assertEquals("2017-12-06", a.get("meeting_date").getAsString().value());
        assertEquals("County Councillor Geoff Driver CBE", a.get("chair").getAsString().value());
        assertEquals(List.of("County Councillor Geoff Driver CBE", "County Councillor A Atkinson", "County Councillor M Green",
                "County Councillor H Khan", "County Councillor P Buckley", "County Councillor Mrs S Charles"), strings(a.get("present")));
        assertEquals("2018-02-27T14:00", a.get("next_meeting").getAsString().value());
        assertEquals(8, a.get("items").getAsArray().size());
    }

    @Test
    void helpPrintsNoUnsetDefault() {
        // An option whose default is computed has no ${DEFAULT-VALUE} to print: the help said "here null".
        for (String command : List.of("answers", "extract", "load")) {
            CommandRun run = CommandRun.of(command, "--help");
            assertEquals(0, run.exitCode(), run.err());
            assertFalse(run.out().contains("null"), command + " --help: " + run.out());
        }
    }

    @Test
    void listsEveryPersonNamedWithAnIdScopedByTheCouncil() throws IOException {
        assertEquals(0, CommandRun.of("answers", "--out", dir.toString(), SAMPLES.toString()).exitCode());
        JsonObject a = answers("003_c8b7ca36a12a45f9");
        Map<String, String> ids = new HashMap<>();
        a.get("people").getAsArray().forEach(p -> ids.put(p.getAsObject().get("name").getAsString().value(),
                p.getAsObject().get("id").getAsString().value()));
        for (String name : strings(a.get("present"))) {
            assertTrue(ids.containsKey(name), name + " in " + ids);
        }
        assertTrue(ids.get("County Councillor Geoff Driver CBE").matches(
                "https://w3id.org/councilgraph/id/person/lancashire-county-council/resolved/driver-geoff-[0-9a-f]{12}"),
                ids.get("County Councillor Geoff Driver CBE"));
        assertEquals(ids.get("County Councillor Geoff Driver CBE"), ids.get("Geoff Driver CBE"), "one person, written two ways");
        List<String> present = strings(a.get("present"));
        assertEquals(present.size(), Set.copyOf(present.stream().map(ids::get).toList()).size(),
                "the members present are distinct people: " + ids);
    }

    @Test
    void theSameDocumentsInEitherOrderGetTheSamePeopleIds() throws IOException {
        List<String> files;
        try (var in = Files.list(SAMPLES)) {
            files = in.filter(f -> f.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
        }
        Path forward = Files.createDirectories(dir.resolve("forward"));
        Path backward = Files.createDirectories(dir.resolve("backward"));
        List<String> reversed = new ArrayList<>(files);
        Collections.reverse(reversed);
        assertEquals(0, CommandRun.of(args(forward, files)).exitCode());
        assertEquals(0, CommandRun.of(args(backward, reversed)).exitCode());
        for (String f : files) {
            String stem = Path.of(f).getFileName().toString().replace(".txt", ".json");
            JsonValue one = JSON.parse(Files.readString(forward.resolve(stem))).get("answers").getAsObject().get("people");
            JsonValue two = JSON.parse(Files.readString(backward.resolve(stem))).get("answers").getAsObject().get("people");
            assertEquals(one, two, stem);
        }
    }

    private static String[] args(Path out, List<String> files) {
        List<String> args = new ArrayList<>(List.of("answers", "--out", out.toString()));
        args.addAll(files);
        return args.toArray(String[]::new);
    }

    @Test
    void answersApologiesDeclarationsAndResolutionsOfTheSamples() throws IOException {
        assertEquals(0, CommandRun.of("answers", "--out", dir.toString(), SAMPLES.toString()).exitCode());
        assertEquals(List.of("Councillor Croft", "Councillor Goodwin"), strings(answers("004_2dc9d3d77949ed79").get("apologies")));
        JsonObject sample001 = answers("001_e33f65d08f907d1d");
        var declarations = sample001.get("declarations").getAsArray();
        assertEquals(2, declarations.size());
        assertEquals("Mr D Snartt CC", declarations.get(0).getAsObject().get("person").getAsString().value());
        assertEquals("all", declarations.get(0).getAsObject().get("item").getAsString().value());
        assertEquals("2016-09-05", sample001.get("previous_minutes_confirmed").getAsString().value());
        assertTrue(answers("004_2dc9d3d77949ed79").get("resolutions").getAsArray().size() >= 15);
    }

    @Test
    void answersThePdfAndTheWordFileOfOneStemEachInItsOwnFileAlike() throws IOException {
        String stem = "newbiggin-pc_2019-09-03_minutes";
        CommandRun run = CommandRun.of("answers", "--out", dir.toString(), REAL.resolve("pdf").resolve(stem + ".pdf").toString(),
                REAL.resolve("docx").resolve(stem + ".docx").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonObject pdf = answers(stem);
        JsonObject docx = answers(stem + ".docx");
        assertEquals(strings(docx.get("present")), strings(pdf.get("present")));
        assertTrue(strings(pdf.get("present")).contains("Councillor D Thompson"), pdf.toString());
        assertEquals("2019-09-03", pdf.get("meeting_date").getAsString().value());
        assertEquals(docx.get("resolutions"), pdf.get("resolutions"));
    }

    @Test
    void inputsWithTheSameStemInTwoFoldersKeepBothAnswers() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path a = Files.copy(SAMPLES.resolve("003_c8b7ca36a12a45f9.txt"), Files.createDirectories(in.resolve("a")).resolve("minutes.txt"));
        Path b = Files.copy(SAMPLES.resolve("004_2dc9d3d77949ed79.txt"), Files.createDirectories(in.resolve("b")).resolve("minutes.txt"));
        Path out = dir.resolve("out");
        CommandRun run = CommandRun.of("answers", "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, run.exitCode(), run.err());
        try (var files = Files.list(out)) {
            assertEquals(2, files.count());
        }
        assertTrue(run.err().contains(b + " has the same stem as " + a), run.err());
        JsonObject first = JSON.parse(Files.readString(out.resolve("minutes.json"))).get("answers").getAsObject();
        assertEquals("2017-12-06", first.get("meeting_date").getAsString().value());
    }

    @Test
    void aFileHoldingTwoMeetingsMinutesGivesAnAnswersFileForEachAndSaysSo() throws IOException {
        Path merton = REAL.resolve("pdf/merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24.pdf");
        CommandRun run = CommandRun.of("answers", "--out", dir.toString(), merton.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("holds the minutes of 2 meetings, each extracted as its own"), run.err());
        String stem = "merton_audit-committee_2009-10-22_agenda-pack-incl-minutes-2009-09-24";
        JsonObject audit = answers(stem + "-meeting-1");
        JsonObject joint = answers(stem + "-meeting-2");
        assertEquals("AUDIT COMMITTEE", audit.get("committee").getAsString().value());
        assertEquals("AUDIT COMMITTEE AND GENERAL PURPOSES COMMITTEE (JOINT SESSION)", joint.get("committee").getAsString().value());
        assertEquals("2009-09-24", audit.get("meeting_date").getAsString().value());
        assertEquals("2009-09-24", joint.get("meeting_date").getAsString().value());
        assertEquals(merton.getFileName() + " (meeting 2 of 2)",
                JSON.parse(Files.readString(dir.resolve(stem + "-meeting-2.json"))).get("document").getAsString().value());
    }

    @Test
    void aModernGovGetMeetingGivesItsAnswersAndItsListsAreNamedAsNotMinutes() throws IOException {
        CommandRun run = CommandRun.of("answers", "--out", dir.toString(), "--council", "Manchester City Council",
                REAL.resolve("xml").toString());
        assertEquals(1, run.exitCode(), "the cancelled meeting has no minutes: " + run.err());
        assertTrue(run.err().contains("passed over 1 file, is a ModernGov GetMeetings response"), run.err());
        assertTrue(run.err().contains("passed over 1 file, is a ModernGov GetCommittees response"), run.err());
        JsonObject a = answers("lgsf_manchester_GetMeeting_4967_audit-committee_with-minutes");
        assertEquals("Manchester City Council", a.get("council").getAsString().value());
        assertEquals("Audit Committee", a.get("committee").getAsString().value());
        assertEquals("2026-02-10", a.get("meeting_date").getAsString().value());
        assertEquals(List.of(), strings(a.get("present")), "an attendee still Expected is not present");
        assertEquals(2, a.get("items").getAsArray().size());
    }
}
