package org.councilgraph.store;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * Refuses SPARQL Update requests that contain {@code LOAD}, before they run: {@code LOAD
 * <file:///...>} reads a file of the server (and shows it in the error) and {@code LOAD <http://...>}
 * fetches any URL. Data goes in with {@code councilgraph load}, the graph store endpoint or upload.
 * Requests that do not parse are passed on for Fuseki to report.
 */
final class UpdateLoadRefusal extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String UPDATE_TYPE = "application/sparql-update";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest passed = request;
        String text = request.getParameter("update");
        String type = request.getContentType();
        if (text == null && type != null && type.toLowerCase(Locale.ROOT).startsWith(UPDATE_TYPE)) {
            // The size limit in front of this filter bounds what is read here.
            BufferedBodyRequest buffered = new BufferedBodyRequest(request, request.getInputStream().readAllBytes());
            text = buffered.text();
            passed = buffered;
        }
        if (text != null && loads(text)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "LOAD is not allowed on this server; use councilgraph load or the graph store endpoint");
            return;
        }
        chain.doFilter(passed, response);
    }

    private static boolean loads(String text) {
        try {
            UpdateRequest update = UpdateFactory.create(text);
            return update.getOperations().stream().anyMatch(UpdateLoad.class::isInstance);
        } catch (QueryParseException e) {
            return false;
        }
    }
}
