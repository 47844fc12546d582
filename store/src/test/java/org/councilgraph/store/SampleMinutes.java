package org.councilgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;

/** The five sample minutes of the repository ({@code samples/*.txt}), extracted once per test run. */
public final class SampleMinutes {

    static final Path FOLDER = Path.of("..", "samples");

    private static Map<String, ExtractedMinutes> extracted;

    private SampleMinutes() {
    }

    /** Sample file name to its extracted minutes, in file name order. */
    public static synchronized Map<String, ExtractedMinutes> all() {
        if (extracted == null) {
            extracted = extractAll(files(), "a sample");
        }
        return extracted;
    }

    /** Each file's name to its extracted minutes, in the order given; {@code what} names a file in the failure. */
    public static Map<String, ExtractedMinutes> extractAll(List<Path> files, String what) {
        Map<String, ExtractedMinutes> out = new LinkedHashMap<>();
        MinutesReader reader = new MinutesReader();
        MinutesExtractor extractor = new MinutesExtractor();
        for (Path file : files) {
            try {
                out.put(file.getFileName().toString(), extractor.extract(reader.read(file, DocumentMetadata.NONE)));
            } catch (DocumentException e) {
                throw new IllegalStateException(what + " no longer extracts: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** The sample whose file name starts with {@code prefix} ("003"). */
    public static ExtractedMinutes sample(String prefix) {
        return all().entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst()
                .orElseThrow().getValue();
    }

    static Path file(String prefix) {
        return files().stream().filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every sample as a source to load. */
    static List<DocumentSource> sources() {
        return all().entrySet().stream()
                .map(e -> DocumentSources.minutes(FOLDER.resolve(e.getKey()), e.getValue()))
                .toList();
    }
}
