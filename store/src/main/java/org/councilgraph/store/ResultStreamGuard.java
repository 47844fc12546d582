package org.councilgraph.store;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Makes a result that cannot be finished an error the client sees. Fuseki stops a query at its
 * time limit even after the 200 and the first rows are sent, then closes the response cleanly
 * with a comment line, so a client takes the cut-off rows for the whole answer. This filter
 * notices the late error status (and caps how much one response may stream) and breaks the
 * connection off instead of ending the response, which every HTTP client reports as a failure.
 */
final class ResultStreamGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    ResultStreamGuard(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Watched watched = new Watched(response, maxBytes);
        chain.doFilter(request, watched);
        if (watched.broken != null) {
            // Thrown after the response is committed, so Jetty aborts the connection rather than
            // writing the last chunk.
            throw new ResultBrokenOffException(watched.broken);
        }
    }

    /** A response that records an error status set after it was committed. */
    private static final class Watched extends HttpServletResponseWrapper {

        private final long maxBytes;
        private String broken;
        private ServletOutputStream counted;

        Watched(HttpServletResponse response, long maxBytes) {
            super(response);
            this.maxBytes = maxBytes;
        }

        @Override
        public void setStatus(int status) {
            if (status >= 400 && isCommitted()) {
                broken = "the result could not be finished (status " + status + " after the results began)";
            }
            super.setStatus(status);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (counted == null) {
                counted = new Counted(super.getOutputStream(), this);
            }
            return counted;
        }

        void overflow() throws IOException {
            broken = "the result is larger than " + (maxBytes >> 20) + " MiB";
            throw new ResultBrokenOffException(broken);
        }
    }

    private static final class Counted extends ServletOutputStream {

        private final ServletOutputStream out;
        private final Watched response;
        private long written;

        Counted(ServletOutputStream out, Watched response) {
            this.out = out;
            this.response = response;
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }

        private void count(int n) throws IOException {
            if (response.broken != null) {
                throw new ResultBrokenOffException(response.broken);
            }
            written += n;
            if (written > response.maxBytes) {
                response.overflow();
            }
        }

        @Override
        public void flush() throws IOException {
            if (response.broken != null) {
                throw new ResultBrokenOffException(response.broken);
            }
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (response.broken != null) {
                // Closing would write the response's last chunk, ending a cut-off result as if it were whole.
                throw new ResultBrokenOffException(response.broken);
            }
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }

    /** Why a response was broken off. */
    static final class ResultBrokenOffException extends IOException {

        private static final long serialVersionUID = 1L;

        ResultBrokenOffException(String reason) {
            super(reason);
        }
    }
}
