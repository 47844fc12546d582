package org.councilgraph.cli;

import org.apache.jena.query.Query;

import picocli.CommandLine.Option;

/**
 * The page of a query's results that {@code councilgraph query} asks for: the query's own
 * {@code LIMIT} and {@code OFFSET} (the user queries ask for the first 100 rows) unless the
 * command line gives others, or none with {@code --all}.
 */
final class QueryPaging {

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (default: the query's own LIMIT, 100 for the queries of queries/).")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows: the next page of 100 is --offset 100.")
    Long offset;

    @Option(names = "--all", description = "Every row: the query without LIMIT and OFFSET.")
    boolean all;

    /**
     * {@code query} with this page, a copy when it changes.
     *
     * @throws IllegalArgumentException for a negative limit or offset, or {@code --all} with either
     */
    Query apply(Query query) {
        if (all && (limit != null || offset != null)) {
            throw new IllegalArgumentException("--all asks for every row: give it without --limit and --offset");
        }
        if (limit != null && limit < 0 || offset != null && offset < 0) {
            throw new IllegalArgumentException("--limit and --offset take a number of rows, 0 or more");
        }
        if (!all && limit == null && offset == null) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(all ? Query.NOLIMIT : limit == null ? query.getLimit() : limit);
        copy.setOffset(all ? Query.NOLIMIT : offset == null ? query.getOffset() : offset);
        return copy;
    }
}
