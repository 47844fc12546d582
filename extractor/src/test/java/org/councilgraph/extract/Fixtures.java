package org.councilgraph.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.councilgraph.extract.analysis.DocumentAnalyser;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.nlp.NameFinder;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.read.SourceDocument;

/** The real minutes the tests use: the samples and the development corpus in the repository. */
public final class Fixtures {

    public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    public static final Path SAMPLES = ROOT.resolve("samples");
    public static final Path CORPUS = ROOT.resolve("corpus");
    /** The name finder's annotated training sentences, one file per sample or corpus document. */
    public static final Path ANNOTATIONS = ROOT.resolve("ner").resolve("annotations");

    /**
     * Minutes as councils publish them (PDF, Word, ModernGov data), kept in the test resources
     * with their sources and licences (see the README there).
     */
    public static final Path REAL_DOCUMENTS = Path.of("src", "test", "resources", "real-documents").toAbsolutePath();

    private Fixtures() {
    }

    public static List<Path> samples() {
        return textFiles(SAMPLES);
    }

    public static List<Path> corpus() {
        return textFiles(CORPUS);
    }

    public static Path sample(String prefix) {
        return samples().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceDocument document(Path p) {
        try {
            return new MinutesReader().read(p, DocumentMetadata.NONE);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real document {@code folder/name} (folder {@code pdf}, {@code docx}, ...). */
    public static Path realDocument(String folder, String name) {
        return REAL_DOCUMENTS.resolve(folder).resolve(name);
    }

    /** A snippet of real minutes as a document of its own. */
    public static SourceDocument snippet(String text) {
        try {
            return new MinutesReader().fromBytes("snippet.txt", "test", text.getBytes(StandardCharsets.UTF_8), DocumentMetadata.NONE);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A snippet analysed (segmented, split into sentences, no name finder), ready for a recogniser. */
    public static DocumentAnalysis segmented(String text) {
        return analysed(snippet(text), NameFinder.NONE);
    }

    /** A document analysed with {@code names} as its name finder. */
    public static DocumentAnalysis analysed(SourceDocument document, NameFinder names) {
        return new DocumentAnalyser(names).analyse(document);
    }

    private static List<Path> textFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
