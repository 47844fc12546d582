package org.councilgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.eclipse.jetty.http.HttpStatus;

/**
 * Sets the browser security headers on every response, whatever servlet answers it, and keeps
 * internal details out of server errors: a 500 body written by Fuseki (which carries the Java
 * exception's message) is replaced by the status text.
 */
final class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * The content security policy of every page: resources from this server only, no framing. A
     * page with its own inline script (the query page) replaces it with one naming its script's hash.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Header name to value, in the order they are sent. */
    static final Map<String, String> STANDARD;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        STANDARD = Collections.unmodifiableMap(headers);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        STANDARD.forEach(response::setHeader);
        chain.doFilter(request, new GenericServerErrors(response));
    }

    /** Turns the body of a 500 into the status text; every other response passes through. */
    private static final class GenericServerErrors extends HttpServletResponseWrapper {

        GenericServerErrors(HttpServletResponse response) {
            super(response);
        }

        private boolean hidden() {
            return getStatus() == SC_INTERNAL_SERVER_ERROR && !isCommitted();
        }

        @Override
        public void setContentLength(int length) {
            if (!hidden()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!hidden()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (hidden()) {
                // Write the generic text now and swallow what the servlet writes after it.
                super.setContentType("text/plain;charset=utf-8");
                ServletOutputStream out = super.getOutputStream();
                out.write(("Error 500: " + HttpStatus.getMessage(500) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
                return new Discarding(out);
            }
            return super.getOutputStream();
        }
    }

    /** An output stream that accepts and drops everything but still closes and flushes the real one. */
    private static final class Discarding extends ServletOutputStream {

        private final ServletOutputStream real;

        Discarding(ServletOutputStream real) {
            this.real = real;
        }

        @Override
        public void write(int b) {
            // dropped: it is the hidden error text
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // dropped: it is the hidden error text
        }

        @Override
        public void flush() throws IOException {
            real.flush();
        }

        @Override
        public void close() throws IOException {
            real.close();
        }

        @Override
        public boolean isReady() {
            return real.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            real.setWriteListener(listener);
        }
    }
}
