package org.councilgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.councilgraph.store.CouncilDatabase;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code councilgraph query}: runs one SPARQL query (a file, or a user query by name) against a local database. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query against a database made by 'councilgraph load'.",
            "QUERY is a .rq file or the name of a query in queries/ (e.g. who-attended-what)."})
public final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, tsv, json }

    @Option(names = "--db", required = true, paramLabel = "DIR", description = "The database folder.")
    Path db;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or the name of a query in queries/.")
    String query;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "Set a parameter of the query (a variable of its VALUES block), e.g. --param from=2023-01-01.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv or json (default ${DEFAULT-VALUE}); CONSTRUCT gives Turtle, N-Triples or JSON-LD.")
    Format format;

    @Mixin
    QueryPaging paging = new QueryPaging();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(db.resolve("tdb2"))) {
            throw new ParameterException(spec.commandLine(),
                    "no database in " + db + "; make one first: councilgraph load --db " + db + " samples/");
        }
        Query parsed = parse();
        PrintWriter out = spec.commandLine().getOut();
        try (CouncilDatabase database = CouncilDatabase.open(db)) {
            String text = Txn.calculateRead(database.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(database.dataset()))
                        .query(parsed).build()) {
                    return results(execution, parsed);
                }
            });
            out.print(text);
            out.flush();
        }
        return 0;
    }

    private Query parse() throws IOException {
        try {
            Query parsed = QueryFactory.create(UserQueries.read(query));
            return paging.apply(QueryParameters.apply(parsed, params));
        } catch (IllegalArgumentException | QueryParseException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private String results(QueryExecution execution, Query parsed) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (parsed.isSelectType()) {
            var results = execution.execSelect();
            switch (format) {
                case csv -> ResultSetMgr.write(bytes, results, ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(bytes, results, ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(bytes, results, ResultSetLang.RS_JSON);
                default -> ResultSetFormatter.out(bytes, results, parsed);
            }
        } else if (parsed.isAskType()) {
            boolean answer = execution.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(bytes, answer);
                case csv, tsv -> bytes.writeBytes((answer + "\n").getBytes(StandardCharsets.UTF_8));
                default -> bytes.writeBytes((answer ? "yes\n" : "no\n").getBytes(StandardCharsets.UTF_8));
            }
        } else {
            var model = parsed.isDescribeType() ? execution.execDescribe() : execution.execConstruct();
            RDFDataMgr.write(bytes, model, switch (format) {
                case csv, tsv -> Lang.NTRIPLES;
                case json -> Lang.JSONLD;
                default -> Lang.TURTLE;
            });
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
