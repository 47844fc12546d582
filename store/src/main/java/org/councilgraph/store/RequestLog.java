package org.councilgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
 * (enough to match a request to a client's copy), status and time. The text itself is not logged:
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
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            LOG.info("[{}] {} {} {} bytes{} -> {} ({} ms)", id, request.getMethod(), request.getRequestURI(),
                    size(request), digest(request, response.getStatus()), response.getStatus(), millis);
        }
    }

    private static long size(HttpServletRequest request) {
        String query = request.getQueryString();
        return Math.max(0, request.getContentLengthLong()) + (query == null ? 0 : query.length());
    }

    private static String digest(HttpServletRequest request, int status) {
        if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE || status == HttpServletResponse.SC_LENGTH_REQUIRED) {
            // Never read a body that was refused for its size or for having none declared.
            return "";
        }
        for (String name : TEXT_PARAMETERS) {
            String text = request.getParameter(name);
            if (text != null) {
                return " " + name + " sha256:" + sha256(text).substring(0, DIGEST_HEX_CHARS);
            }
        }
        return "";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
