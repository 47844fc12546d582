package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void writesOneNamedGraphPerDocumentOfAFolder() {
        Path out = dir.resolve("samples.trig");
        CommandRun run = CommandRun.of("extract", "--format", "trig", "-o", out.toString(), SAMPLES.toString());
        assertEquals(0, run.exitCode(), run.err());
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        assertEquals(5, dsg.size());
        assertTrue(dsg.getDefaultGraph().isEmpty());
    }

    @Test
    void writesEveryFormatAsParseableRdf() {
        Path sample = SAMPLES.resolve("003_c8b7ca36a12a45f9.txt");
        for (String format : new String[] {"ttl", "trig", "nq", "jsonld"}) {
            Path out = dir.resolve("out." + format);
            assertEquals(0, CommandRun.of("extract", "--format", format, "-o", out.toString(), sample.toString()).exitCode(), format);
            DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
            long triples = dsg.getDefaultGraph().size() + (dsg.listGraphNodes().hasNext() ? dsg.getGraph(dsg.listGraphNodes().next()).size() : 0);
            assertTrue(triples > 100, format + " gave " + triples + " triples");
        }
    }

    @Test
    void mintsEveryResourceIriUnderTheBaseGivenAndChangesNothingElse() {
        Path sample = SAMPLES.resolve("003_c8b7ca36a12a45f9.txt");
        Path standard = dir.resolve("standard.nq");
        Path rebased = dir.resolve("rebased.nq");
        String base = "https://data.example.org/minutes/id/";
        assertEquals(0, CommandRun.of("extract", "--format", "nq", "-o", standard.toString(), sample.toString()).exitCode());
        assertEquals(0, CommandRun.of("extract", "--format", "nq", "--base", base, "-o", rebased.toString(), sample.toString()).exitCode());

        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(standard.toString());
        DatasetGraph actual = RDFDataMgr.loadDatasetGraph(rebased.toString());
        assertEquals(expected.stream().count(), actual.stream().count());
        assertTrue(actual.stream().noneMatch(q -> q.toString().contains(CG.ID)), "nothing left under the default base");
        assertTrue(actual.listGraphNodes().next().getURI().startsWith(base + "document/"));
        IriBase moved = new IriBase(base);
        expected.stream().forEach(q -> assertTrue(actual.contains(moved.rebase(q.getGraph()), moved.rebase(q.getSubject()),
                q.getPredicate(), moved.rebase(q.getObject())), q.toString()));
    }

    @Test
    void refusesABaseThatIsNotAnHttpIriEndingInASlash() {
        CommandRun run = CommandRun.of("extract", "--base", "https://data.example.org/id", SAMPLES.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("must end with '/'"), run.err());
    }

    @Test
    void reportsABadDocumentByNameGoesOnAndExitsWithOne() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Path binary = Files.write(dir.resolve("scan.pdf"), "%PDF-1.4 binary".getBytes());
        Path out = dir.resolve("mixed.trig");
        CommandRun run = CommandRun.of("extract", "-o", out.toString(), empty.toString(),
                SAMPLES.resolve("004_2dc9d3d77949ed79.txt").toString(), binary.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("empty.txt") && run.err().contains("empty"), run.err());
        assertTrue(run.err().contains("scan.pdf") && run.err().contains("PDF"), run.err());
        assertEquals(1, RDFDataMgr.loadDatasetGraph(out.toString()).size(), "the good document is still written");
    }

    @Test
    void reportsEveryBrokenPdfOfAFolderByNameAndEveryFileItPassesOver() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("minutes"));
        Files.write(folder.resolve("march.pdf"), "%PDF-1.7 ...".getBytes());
        Files.write(Files.createDirectories(folder.resolve("2023")).resolve("april.pdf"), "%PDF-1.7 ...".getBytes());
        Files.writeString(folder.resolve("index.md"), "The minutes of 2023 and 2024.");
        CommandRun run = CommandRun.of("extract", "-o", dir.resolve("out.trig").toString(), folder.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("march.pdf: is not a readable PDF"), run.err());
        assertTrue(run.err().contains("april.pdf: is not a readable PDF"), run.err());
        assertTrue(run.err().contains("passed over 1 file") && run.err().contains("index.md"), run.err());
    }

    @Test
    void extractsARealPdfFromASubfolderAndNamesTheFileItCannotRead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("minutes").resolve("2018"));
        Files.copy(Path.of("../extractor/src/test/resources/real-documents/pdf/milburn-pc_2018-03-06_minutes.pdf"),
                folder.resolve("milburn.pdf"));
        Files.writeString(dir.resolve("minutes").resolve("notes.xyz"), "x");
        Path out = dir.resolve("out.nq");
        CommandRun run = CommandRun.of("extract", "--format", "nq", "-o", out.toString(), dir.resolve("minutes").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("passed over 1 file") && run.err().contains("notes.xyz"), run.err());
        assertEquals(1, RDFDataMgr.loadDatasetGraph(out.toString()).size(), "the PDF's graph");
    }

    @Test
    void reportsADocumentThatIsNotMinutes() throws IOException {
        Path recipe = Files.writeString(dir.resolve("recipe.txt"), "Mix the flour with the butter and bake it for twenty minutes.");
        CommandRun run = CommandRun.of("extract", "-o", dir.resolve("x.trig").toString(), recipe.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("recipe.txt") && run.err().contains("does not look like minutes"), run.err());
    }

    @Test
    void reportsAnAgendaByNameAndExtractsTheMinutesBesideIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("parish"));
        Files.writeString(folder.resolve("agenda-2020-03-03.txt"), """
                NEWTON PARISH COUNCIL
                A meeting of the Parish Council will be held in the Village Hall on Tuesday 3 March 2020 at 7.30 pm.
                1. To receive apologies for absence
                2. To consider planning application 20/0112
                """);
        Files.copy(SAMPLES.resolve("003_c8b7ca36a12a45f9.txt"), folder.resolve("minutes.txt"));
        Path out = dir.resolve("parish.nq");

        CommandRun run = CommandRun.of("extract", "--format", "nq", "-o", out.toString(), folder.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("agenda-2020-03-03.txt: is an agenda, not minutes"), run.err());
        assertEquals(1, RDFDataMgr.loadDatasetGraph(out.toString()).size(), "the minutes' graph");
    }

    @Test
    void exitsWithTwoOnAUsageError() {
        CommandRun run = CommandRun.of("extract", "--format", "xml", SAMPLES.toString());
        assertEquals(2, run.exitCode());
        assertFalse(run.err().isEmpty());
    }
}
