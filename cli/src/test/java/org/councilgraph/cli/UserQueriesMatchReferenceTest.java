package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.councilgraph.store.CouncilDatabase;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The documented queries, made fast at scale (text index for names, precomputed co-attendance
 * edges, pages), give the rows of their full-scan versions (test resources
 * {@code reference-queries/}) on real documents: every row at once ({@code --all}) as a multiset,
 * and page after page the same rows in the same order as {@code --all}.
 */
@Tag("slow") // TDB2, extraction of the corpus
class UserQueriesMatchReferenceTest {

    /** Parameter sets per query beyond its example; names are whole words, as the text index matches them. */
    private static final Map<String, List<String[]>> PARAMETERS = Map.of(
            "person-attendance", List.<String[]>of(new String[] {"name=driver"}, new String[] {"name=Smith"}, new String[] {"name=Jones"}),
            "identity-links", List.<String[]>of(new String[] {"name=Smith"}, new String[] {"name=Croft"}),
            "committee-meetings", List.<String[]>of(new String[] {"committee=Council"}, new String[] {"committee=Planning Committee"}),
            "committee-resolutions", List.<String[]>of(new String[] {"committee=Council", "from=2000-01-01", "to=2030-12-31"}),
            "post-holders", List.<String[]>of(new String[] {"council=Council"}, new String[] {"council=Leicestershire"}),
            "keyword-search", List.<String[]>of(new String[] {"keyword=planning"}));

    @TempDir
    Path folder;

    @Test
    void everyQueryGivesTheRowsOfItsReferenceOnTheSamples() throws IOException {
        Path db = folder.resolve("db");
        assertEquals(0, CommandRun.of("load", "--db", db.toString(), "../samples").exitCode());
        try (CouncilDatabase database = CouncilDatabase.open(db)) {
            assertAllMatch(database, 3);
            assertFalse(rows(database, "co-attendance", new String[0]).isEmpty(), "the samples have co-attendance edges");
        }
    }

    @Test
    void everyQueryGivesTheRowsOfItsReferenceOnTheCorpus() throws IOException {
        Path db = folder.resolve("db");
        assertEquals(0, CommandRun.of("load", "--db", db.toString(), "--no-model", "../corpus", "../samples").exitCode());
        try (CouncilDatabase database = CouncilDatabase.open(db)) {
            assertAllMatch(database, 40);
        }
    }

    private void assertAllMatch(CouncilDatabase db, int pageSize) throws IOException {
        for (String name : UserQueries.NAMES) {
            List<String[]> sets = new ArrayList<>();
            sets.add(new String[0]);
            sets.addAll(PARAMETERS.getOrDefault(name, List.of()));
            for (String[] params : sets) {
                String what = name + " " + Arrays.toString(params);
                List<String> reference = rows(db, reference(name), params, "--all");
                List<String> all = rows(db, name, params, "--all");
                assertEquals(sorted(reference), sorted(all), what + ": every row");
                List<String> paged = new ArrayList<>();
                for (int offset = 0; ; offset += pageSize) {
                    List<String> page = rows(db, name, params, "--limit", Integer.toString(pageSize), "--offset", Integer.toString(offset));
                    paged.addAll(page);
                    if (page.size() < pageSize) {
                        break;
                    }
                }
                assertEquals(all, paged, what + ": pages of " + pageSize);
                assertEquals(all.subList(0, Math.min(100, all.size())), rows(db, name, params), what + ": the default page");
            }
        }
    }

    /** The rows of {@code query} (a name or a file) with the parameters and paging options as the query command reads them. */
    private static List<String> rows(CouncilDatabase db, String query, String[] params, String... paging) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            values.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        QueryPaging page = new QueryPaging();
        new CommandLine(page).parseArgs(paging);
        Query parsed = page.apply(QueryParameters.apply(QueryFactory.create(UserQueries.read(query)), values));
        return Txn.calculateRead(db.dataset(), () -> {
            // Without the endpoint's 30 s limit: the reference queries scan and pair everything.
            try (QueryExecution execution = QueryExecution.dataset(DatasetFactory.wrap(db.dataset())).query(parsed)
                    .timeout(1, TimeUnit.HOURS).build()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ResultSetMgr.write(bytes, execution.execSelect(), ResultSetLang.RS_TSV);
                List<String> lines = Stream.of(bytes.toString(StandardCharsets.UTF_8).split("\n", -1)).filter(l -> !l.isEmpty()).toList();
                assertTrue(!lines.isEmpty() && lines.get(0).startsWith("?"), "a TSV header");
                return lines.subList(1, lines.size());
            }
        });
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private String reference(String name) {
        try {
            return Path.of(getClass().getResource("reference-queries/" + name + ".rq").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
