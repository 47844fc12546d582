package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import opennlp.tools.namefind.NameSample;

/**
 * One document's annotated sentences, as kept in {@code ner/annotations/<stem>.txt}: OpenNLP's
 * name-sample format, one tokenized sentence per line, mentions marked
 * {@code <START:person> ... <END>}. The first sentence starts the document (the name finder
 * forgets what it learnt from the previous one), which is also what keeps a document's sentences
 * together in one fold of a cross-validation.
 *
 * @param name the file's stem, which is the stem of the minutes it was taken from
 * @param sentences the annotated sentences, in document order
 */
public record AnnotatedDocument(String name, List<NameSample> sentences) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
    }

    /** Parses one annotation file's content; blank lines are skipped. */
    public static AnnotatedDocument parse(String name, String content) throws IOException {
        List<NameSample> sentences = new ArrayList<>();
        int lineNumber = 0;
        for (String line : content.split("\n", -1)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                checkMarkers(line);
                sentences.add(NameSample.parse(line.strip(), sentences.isEmpty()));
            } catch (IOException | RuntimeException e) {
                throw new IOException(name + ":" + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return new AnnotatedDocument(name, sentences);
    }

    /**
     * OpenNLP's parser lets a missing {@code <END>} or an unknown type through; an annotation
     * error must not silently become training data.
     */
    private static void checkMarkers(String line) throws IOException {
        boolean open = false;
        int tokensInside = 0;
        for (String token : line.strip().split("\\s+")) {
            if (token.startsWith("<START")) {
                if (open) {
                    throw new IOException("a mention starts inside another: " + token);
                }
                String type = token.startsWith("<START:") && token.endsWith(">") ? token.substring(7, token.length() - 1) : "";
                if (EntityType.ofLabel(type).isEmpty()) {
                    throw new IOException("unknown mention type in " + token + " (person, role or organisation)");
                }
                open = true;
                tokensInside = 0;
            } else if (token.equals("<END>")) {
                if (!open || tokensInside == 0) {
                    throw new IOException(open ? "an empty mention" : "<END> without <START:type>");
                }
                open = false;
            } else if (token.contains("<START") || token.contains("<END")) {
                throw new IOException("a marker glued to a word: " + token);
            } else {
                tokensInside++;
            }
        }
        if (open) {
            throw new IOException("<START:type> without <END>");
        }
    }

    /** Every {@code *.txt} annotation file of {@code folder}, sorted by name. */
    public static List<AnnotatedDocument> readAll(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no annotation folder at " + folder);
        }
        List<AnnotatedDocument> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String stem = file.getFileName().toString().replaceFirst("\\.txt$", "");
                out.add(parse(stem, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        if (out.isEmpty()) {
            throw new IOException("no annotation files (*.txt) in " + folder);
        }
        return out;
    }

    /** The document's text as its annotation file writes it, for {@code ner draft}. */
    public String toAnnotationText() {
        StringBuilder out = new StringBuilder();
        for (NameSample s : sentences) {
            // NameSample writes a document start as a leading empty line.
            out.append(s.toString()).append('\n');
        }
        return out.toString();
    }
}
