package org.councilgraph.extract.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that never states a year keeps its dates yearless, and its graph does not depend
 * on the day it is extracted. The documents are the real samples with every year cut out.
 */
class YearlessDocumentTest {

    private static final MinutesExtractor EXTRACTOR = MinutesExtractor.withoutModel();

    /** Sample {@code prefix} with every four-digit year removed. */
    static String withoutYears(String prefix) {
        return Fixtures.read(Fixtures.sample(prefix)).replaceAll("\\b(?:19|20)\\d\\d\\b", "");
    }

    private static Graph graph(String text) throws DocumentException {
        SourceDocument d = new MinutesReader().fromBytes("yearless.txt", "test", text.getBytes(StandardCharsets.UTF_8),
                DocumentMetadata.NONE);
        return new MinutesGraphWriter().documentGraph(EXTRACTOR.extract(d));
    }

    @Test
    void theMeetingKeepsItsDayAndMonthAndGetsNoYear() throws DocumentException {
        // Sample 004: "Minutes for Children and Lifelong Learning Scrutiny Panel 21st September" heads it.
        Graph g = graph(withoutYears("004"));
        List<Node> dates = g.find(Node.ANY, CG.date, Node.ANY).mapWith(Triple::getObject).toList();
        List<Node> days = g.find(Node.ANY, CG.dateWithoutYear, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(List.of(), dates);
        assertFalse(days.isEmpty());
        assertTrue(days.stream().allMatch(d -> d.getLiteralDatatypeURI().endsWith("#gMonthDay")
                && d.getLiteralLexicalForm().matches("--\\d\\d-\\d\\d")), days.toString());
    }

    @Test
    void aYearInTheTextDatesTheYearlessDates() throws DocumentException {
        Graph g = graph("Minutes for Planning Committee 21st September\n\nBudget 2019/20 noted.\n");
        assertEquals(List.of("2019-09-21"), g.find(Node.ANY, CG.date, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
    }

    /**
     * The extraction runs in two child JVMs whose clocks libfaketime sets to two different
     * years; both must write the same bytes. Skipped where faketime is not installed (CI
     * installs it).
     */
    @Test
    @Tag("slow")
    void theGraphIsTheSameWhateverYearTheClockSays(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(onPath("faketime"), "faketime is not installed");
        List<Path> inputs = new ArrayList<>();
        for (String prefix : List.of("000", "003", "004")) {
            Path p = dir.resolve(prefix + ".txt");
            Files.writeString(p, withoutYears(prefix));
            inputs.add(p);
        }
        String in2031 = run("2031-06-01 12:00:00", inputs);
        String in2024 = run("2024-03-01 12:00:00", inputs);
        assertFalse(in2031.isBlank());
        assertTrue(in2031.contains("gMonthDay"));
        assertEquals(in2031, in2024);
    }

    private static String run(String clock, List<Path> inputs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("faketime", clock,
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NQuadsOf.class.getName()));
        inputs.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        try (Stream<Path> dirs = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)).map(Path::of)) {
            return dirs.anyMatch(d -> Files.isExecutable(d.resolve(program)));
        }
    }

    /** A child JVM's work: the N-Quads of the minutes files named as arguments, to standard output. */
    public static final class NQuadsOf {
        public static void main(String[] args) throws DocumentException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            StreamRDF sink = StreamRDFWriter.getWriterStream(bytes, RDFFormat.NQUADS);
            sink.start();
            for (String a : args) {
                new MinutesGraphWriter().write(EXTRACTOR.extract(new MinutesReader().read(Path.of(a), DocumentMetadata.NONE)), sink);
            }
            sink.finish();
            System.out.writeBytes(bytes.toByteArray());
            System.out.flush();
        }
    }
}
