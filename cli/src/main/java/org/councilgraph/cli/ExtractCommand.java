package org.councilgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.extract.rdf.GraphPrefixes;
import org.councilgraph.extract.rdf.MinutesGraphWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code councilgraph extract}: minutes to RDF, one named graph per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract RDF from minutes. Each document's triples form a named graph (TriG, N-Quads, JSON-LD);"
                + " Turtle merges them into one graph.")
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { ttl, trig, nq, jsonld }

    @Mixin
    InputOptions input;

    @Option(names = "--format", defaultValue = "trig", description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Mixin
    BaseIriOption base;

    @Mixin
    ThreadsOption threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        MinutesBatch batch = new MinutesBatch(err, input::extractor, DocumentBudget.STANDARD, threads.threads());
        MinutesGraphWriter writer = new MinutesGraphWriter();
        try (OutputStream out = output == null ? nonClosing(System.out) : new BufferedOutputStream(Files.newOutputStream(output))) {
            if (format == Format.jsonld) {
                // JSON-LD cannot be streamed: it is built per run in memory (keep it for small outputs).
                DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
                StreamRDF sink = base.base().rebase(StreamRDFLib.dataset(dsg));
                batch.run(input.inputs(), input.metadata(), (file, minutes) -> writer.write(minutes, sink));
                GraphPrefixes.applyTo(dsg.prefixes());
                dsg.prefixes().add("cgid", base.base().iri());
                RDFDataMgr.write(out, dsg, RDFFormat.JSONLD11);
            } else {
                StreamRDF sink = StreamRDFWriter.getWriterStream(out, switch (format) {
                    case ttl -> RDFFormat.TURTLE_BLOCKS;
                    case nq -> RDFFormat.NQUADS;
                    default -> RDFFormat.TRIG_BLOCKS;
                });
                if (format == Format.ttl) {
                    sink = GraphPrefixes.dropGraphNames(sink);
                }
                sink.start();
                StreamRDF target = base.base().rebase(sink);
                GraphPrefixes.emit(target);
                batch.run(input.inputs(), input.metadata(), (file, minutes) -> writer.write(minutes, target));
                sink.finish();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return batch.exitCode();
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
