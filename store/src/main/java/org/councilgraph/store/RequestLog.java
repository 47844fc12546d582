package org.councilgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, the request's size and the SHA-256 of its SPARQL text
 * (a query or update parameter, or a posted body as far as it was read), enough to match a
 * request to a client's copy, status and time. The text itself is not logged:
 * two large queries grew Fuseki's own log, which prints every query, to 20 MB.
 */
final class RequestLog extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    /** The parameters that carry SPARQL text in a query string or form. */
    private static final String[] TEXT_PARAMETERS = {"query", "update"};

    private static final int DIGEST_HEX_CHARS = 16;

    private final AtomicLong ids = new AtomicLong();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long id = ids.incrementAndGet();
        long start = System.nanoTime();
        DigestedBodyRequest digested = new DigestedBodyRequest(request);
        try {
            chain.doFilter(digested, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("[{}] {} {} {} bytes{} -> {} ({} ms)", id, request.getMethod(), request.getRequestURI(),
                    size(request), refusedUnread(response) ? "" : digest(request, digested, response.getStatus()),
                    response.getStatus(), millis);
        }
    }

    private static long size(HttpServletRequest request) {
        String query = request.getQueryString();
        return Math.max(0, request.getContentLengthLong()) + (query == null ? 0 : query.length());
    }

    /** A busy refusal is sent before the request is read; the log does not read it either. */
    private static boolean refusedUnread(HttpServletResponse response) {
        return response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE && response.getHeader("Retry-After") != null;
    }

    private static String digest(HttpServletRequest request, DigestedBodyRequest body, int status) {
        if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE || status == HttpServletResponse.SC_LENGTH_REQUIRED) {
            // Never read a body that was refused for its size or for having none declared.
            return "";
        }
        for (String name : TEXT_PARAMETERS) {
            String text = request.getParameter(name);
            if (text != null) {
                return named(name, HexFormat.of().formatHex(DigestedBodyRequest.sha256().digest(text.getBytes(StandardCharsets.UTF_8))));
            }
        }
        String hex = body.digestHex();
        return hex == null ? "" : named(bodyName(request.getContentType()), hex);
    }

    private static String named(String name, String hex) {
        return " " + name + " sha256:" + hex.substring(0, DIGEST_HEX_CHARS);
    }

    /** What a posted body holds, by its media type: a query, an update, or other data. */
    private static String bodyName(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/sparql-query")) {
            return "query";
        }
        return type.startsWith("application/sparql-update") ? "update" : "body";
    }
}
