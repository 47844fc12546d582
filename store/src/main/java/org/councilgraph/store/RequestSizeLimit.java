package org.councilgraph.store;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Answers 413 at once to a request whose declared body or query string is larger than the
 * limit, before anything parses it (parsing a 10 MB query took minutes and a gigabyte of heap).
 * A body sent without a length is read into memory up to the limit first (a form without a
 * length is refused with 411).
 */
final class RequestSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        if (request.getContentLengthLong() > maxBytes || (query != null && query.length() > maxBytes)) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() >= 0 || !hasBody(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (isForm(request)) {
            // The servlet container parses forms from the connection itself, where no wrapper can
            // count; clients send forms with a length, so one without is refused.
            response.setHeader("Connection", "close");
            response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "A form body needs a Content-Length");
            return;
        }
        // A body without a declared length is read here, up to the limit, before anything parses it.
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            refuse(response);
            return;
        }
        chain.doFilter(new BufferedBodyRequest(request, body), response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        // The body is not read: close the connection rather than drain megabytes.
        response.setHeader("Connection", "close");
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Request larger than " + (maxBytes >> 10) + " KiB");
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }
}
