package org.councilgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Graph;
import org.councilgraph.answers.AnswersBuilder;
import org.councilgraph.answers.CompetencyQueries;
import org.councilgraph.extract.identity.BodyNameKeys;
import org.councilgraph.extract.identity.PersonMention;
import org.councilgraph.extract.identity.PersonMentions;
import org.councilgraph.extract.identity.PersonResolution;
import org.councilgraph.extract.identity.PersonResolver;
import org.councilgraph.extract.rdf.MinutesGraphWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph answers}: for each document, builds its graph, resolves the batch's people
 * across documents ({@link PersonResolver}), runs the competency queries and writes the answers as {@code DIR/<stem>.json} ({@code DIR/<name>.json} for a later
 * document of a stem already written, such as the DOCX beside a PDF of the same minutes).
 */
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = "Answer the competency questions for each document from its graph (SPARQL), as JSON answers files.")
public final class AnswersCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the answers files (created if missing).")
    Path out;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(out);
        MinutesGraphWriter writer = new MinutesGraphWriter();
        AnswersBuilder answers = new AnswersBuilder(new CompetencyQueries());
        MinutesBatch batch = new MinutesBatch(err, input::extractor, DocumentBudget.STANDARD, threads.threads());
        Map<String, Path> written = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        batch.run(input.inputs(), input.metadata(), (file, minutes) -> {
            Graph graph = writer.documentGraph(minutes);
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - extension(name).length());
            if (!minutes.document().part().whole()) {
                // One meeting of a file holding several: each has its own answers beside the others.
                stem = stem + "-meeting-" + minutes.document().part().index();
            }
            Path earlier = written.putIfAbsent(stem, file);
            if (earlier != null) {
                // Two inputs with one stem: the PDF and the Word file of the same minutes keep their
                // extension; two files of one name in different folders (minutes.txt) get the document's key.
                String distinct = !extension(name).equals(extension(earlier.getFileName().toString())) && !written.containsKey(name)
                        ? name : stem + "-" + minutes.document().key();
                written.putIfAbsent(distinct, file);
                err.println("councilgraph: " + file + " has the same stem as " + earlier + "; its answers are in "
                        + distinct + ".json");
                err.flush();
                stem = distinct;
            }
            pending.add(new Pending(out.resolve(stem + ".json"), minutes.document().label(), minutes.document().key(), graph));
        });
        // The people of the whole batch are resolved before any answers are written, so the same
        // person in two documents gets one id whatever order the documents came in.
        // Councils are grouped by the key of their name ("Weston PC" is Weston Parish Council), as a store's identity graphs are.
        List<PersonMention> mentions = new ArrayList<>();
        BodyNameKeys councils = BodyNameKeys.standard();
        for (Pending p : pending) {
            String council = answers.council(p.graph());
            mentions.addAll(PersonMentions.of(p.key(), council == null ? null : councils.council(council).key(), p.graph()));
        }
        PersonResolution people = new PersonResolver().resolve(mentions);
        for (Pending p : pending) {
            try (OutputStream o = Files.newOutputStream(p.target())) {
                JSON.write(o, answers.answersFile(p.name(), p.graph(), (person, asWritten) -> people.canonical(p.key(), person, asWritten)));
            }
        }
        return batch.exitCode();
    }

    /** A document's graph, waiting for the batch's people to be resolved before its answers are written. */
    private record Pending(Path target, String name, String key, Graph graph) {
    }

    /** ".pdf" of "minutes.pdf"; empty for a name without one. */
    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }
}
