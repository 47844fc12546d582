package org.councilgraph.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Puts the public endpoint's protections in front of every path of a Fuseki server, whichever
 * servlet serves it: CORS without credentials, security headers, a request log without query
 * text, the request size limit, the concurrency limit and the guard on results that cannot be
 * finished (in that order, outermost first), and plain error pages.
 */
final class EndpointGuards {

    private static final String EVERY_PATH = "/*";

    private EndpointGuards() {
    }

    /** Adds the filters to {@code builder}; call before {@code build()}, then {@link #afterBuild}. */
    static void addTo(FusekiServer.Builder builder, EndpointLimits limits) {
        builder.enableCors(false, null)
                .addFilter(EVERY_PATH, new CorsWithoutCredentials())
                .addFilter(EVERY_PATH, new SecurityHeaders())
                .addFilter(EVERY_PATH, new RequestLog())
                .addFilter(EVERY_PATH, new RequestSizeLimit(limits.maxRequestBytes()))
                .addFilter(EVERY_PATH, new QueryConcurrencyLimit(limits.maxConcurrentQueries(), limits.queueWait(),
                        limits.retryAfter(), limits.expensiveAfter()))
                .addFilter(EVERY_PATH, new ResultStreamGuard(limits.maxResultBytes()));
    }

    /** Replaces Jetty's error pages and bounds form bodies sent without a length; call before {@code start()}. */
    static void afterBuild(FusekiServer server, EndpointLimits limits) {
        PlainErrorHandler errors = new PlainErrorHandler();
        server.getJettyServer().setErrorHandler(errors);
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(server.getServletContext());
        context.setErrorHandler(errors);
        context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()));
    }
}
