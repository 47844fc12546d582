package org.councilgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.councilgraph.extract.read.DocumentFormats;
import org.councilgraph.ontology.OntologyFiles;
import org.councilgraph.store.OfflineRdfParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code councilgraph validate}: checks graphs against the SHACL shapes of the ontology, one
 * document graph at a time. Minutes are extracted first; RDF files (.ttl, .trig, .nq, .jsonld)
 * are checked as they are, each named graph on its own.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate the graphs of minutes or RDF files against ontology/shapes.ttl.")
public final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> minutes = new ArrayList<>();
        int failed = 0;
        for (Path p : MinutesBatch.files(input.inputs(), err)) {
            var rdf = DocumentFormats.rdf(p);
            if (rdf.isPresent()) {
                failed += validateRdf(p, rdf.get().lang(), out, err);
            } else {
                minutes.add(p);
            }
        }
        MinutesBatch batch = new MinutesBatch(err, input::extractor);
        MinutesGraphWriter writer = new MinutesGraphWriter();
        int[] invalid = {0};
        batch.run(minutes, input.metadata(), (file, extracted) -> {
            Graph graph = writer.documentGraph(extracted);
            if (!report(file.toString(), graph, out)) {
                invalid[0]++;
            }
        });
        return failed + invalid[0] > 0 || batch.exitCode() != 0 ? 1 : 0;
    }

    private int validateRdf(Path p, Lang lang, PrintWriter out, PrintWriter err) {
        try {
            DatasetGraph dsg = DatasetGraphFactory.create();
            OfflineRdfParser.of(p, lang).parse(dsg);
            int bad = 0;
            if (!dsg.getDefaultGraph().isEmpty() && !report(p + " (default graph)", dsg.getDefaultGraph(), out)) {
                bad++;
            }
            for (var it = dsg.listGraphNodes(); it.hasNext();) {
                var name = it.next();
                if (!report(p + " <" + name.getURI() + ">", dsg.getGraph(name), out)) {
                    bad++;
                }
            }
            return bad;
        } catch (RiotException e) {
            err.println("councilgraph: skipped " + p + ": not valid RDF: " + e.getMessage());
            return 1;
        }
    }

    /** Prints the outcome for one graph; true when it conforms. */
    private static boolean report(String name, Graph graph, PrintWriter out) {
        ValidationReport report = ShaclValidator.get().validate(OntologyFiles.shapes(), graph);
        if (report.conforms()) {
            out.println(name + ": conforms (" + graph.size() + " triples)");
            return true;
        }
        out.println(name + ": " + report.getEntries().size() + " violation(s)");
        for (ReportEntry e : report.getEntries()) {
            out.println("  " + e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        out.flush();
        return false;
    }
}
