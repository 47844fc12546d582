package org.councilgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * The SPARQL query operation with one time limit, the configured query timeout, for parsing and
 * execution together: the query is parsed on a worker thread against the limit, and execution
 * gets what is left of it. Fuseki's own operation starts the timeout only when execution starts,
 * and Jena's parser cannot be interrupted: 16,000 {@code BIND}s in one group (under 256 KiB) kept
 * it busy for 24 s. A parse that outlasts the limit is answered 503 at the limit; the request then
 * waits for its worker before it returns, so it keeps its concurrency place and runaway parses are
 * bounded by the concurrency limit. Planning cannot move to the worker (it needs the request's
 * read transaction, which TDB2 binds to the request's thread), so the worker also measures the
 * query's algebra and a query too large to plan within the limit is refused 400
 * ({@link AlgebraSize}). A {@code timeout} request parameter is not honoured.
 */
final class TimeLimitedQuery extends SPARQL_QueryDataset {

    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "councilgraph-query-parser");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    protected void execute(String queryString, HttpAction action) {
        long limitMillis = limitMillis(action);
        if (limitMillis <= 0) {
            super.execute(queryString, action);
            return;
        }
        long start = System.nanoTime();
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest("Error: Empty query string");
        }
        Future<Query> parsing = PARSERS.submit(() -> plannable(QueryFactory.create(queryString, Fuseki.BaseParserSPARQL, Syntax.syntaxARQ)));
        Query query;
        try {
            query = parsing.get(limitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            refuseAtTheLimit(action, limitMillis);
            finish(parsing);
            return;
        } catch (ExecutionException e) {
            throw parseError(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
        long leftMillis = limitMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (leftMillis <= 0) {
            throw new QueryCancelledException();
        }
        run(action, query, leftMillis);
    }

    private void run(HttpAction action, Query query, long leftMillis) {
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> target = decideDataset(action, query, "");
            Query actual = target.getRight() == null ? query : target.getRight();
            try (QueryExec execution = QueryExec.newBuilder().dataset(target.getLeft()).query(actual)
                    .context(action.getContext()).overallTimeout(leftMillis, TimeUnit.MILLISECONDS).build()) {
                sendResults(action, executeQuery(action, execution, query, ""), query.getPrologue());
            }
        } catch (QueryParseException e) {
            // A late static error, such as a text query that Lucene cannot parse.
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: " + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            throw e;
        } catch (StackOverflowError e) {
            // Jena's algebra walkers recurse once per nested element; the stack unwinds here.
            action.abortSilent();
            ServletOps.errorBadRequest("The query is nested too deeply to run");
        } finally {
            action.endRead();
        }
    }

    /** {@code query}, when its algebra is small enough to plan ({@link AlgebraSize}). */
    private static Query plannable(Query query) {
        int size;
        try {
            size = AlgebraSize.of(query);
        } catch (StackOverflowError e) {
            // As deep as this, running it would overflow the stack too.
            throw new TooLargeToPlan("The query is nested too deeply to run");
        }
        if (size > AlgebraSize.MAX) {
            throw new TooLargeToPlan(String.format("The query is too large to plan: its algebra has %,d operators, patterns and terms; "
                    + "this endpoint plans queries of at most %,d", size, AlgebraSize.MAX));
        }
        return query;
    }

    /** A query refused before planning, with the reason the client is told. */
    private static final class TooLargeToPlan extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeToPlan(String message) {
            super(message, null, false, false);
        }
    }

    /** The overall query timeout of the service's context in milliseconds, or -1 when there is none. */
    private static long limitMillis(HttpAction action) {
        Timeouts.Timeout timeout = Timeouts.extractQueryTimeout(action.getContext());
        return timeout == null ? -1 : timeout.overallTimeoutMillis();
    }

    private static RuntimeException parseError(Throwable cause) {
        if (cause instanceof QueryParseException parse) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForParseException(parse));
        }
        if (cause instanceof QueryException query) {
            ServletOps.errorBadRequest(SPARQLProtocol.messageForException(query));
        }
        if (cause instanceof TooLargeToPlan refused) {
            ServletOps.errorBadRequest(refused.getMessage());
        }
        if (cause instanceof StackOverflowError) {
            ServletOps.errorBadRequest("The query is nested too deeply to parse");
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException("the query parser failed", cause);
    }

    /**
     * Answers 503 now, written directly: an error sent through the servlet container is only
     * written after the request returns, and this request waits for its parser first.
     */
    private static void refuseAtTheLimit(HttpAction action, long limitMillis) {
        HttpServletResponse response = action.getResponse();
        byte[] body = ("Error 503: The query could not be parsed within the time limit of " + limitMillis / 1000.0 + " s\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=utf-8");
            response.setContentLength(body.length);
            response.setHeader("Connection", "close");
            OutputStream out = response.getOutputStream();
            out.write(body);
            response.flushBuffer();
        } catch (IOException e) {
            // The client went away; the parser is still waited for.
        }
    }

    /** Waits for a parse that outlasted the limit; its result is not wanted. */
    private static void finish(Future<Query> parsing) {
        boolean interrupted = false;
        while (true) {
            try {
                parsing.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
