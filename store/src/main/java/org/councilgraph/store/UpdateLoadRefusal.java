package org.councilgraph.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Refuses SPARQL Update requests whose {@code LOAD} the server must not run, before they run:
 * {@code LOAD <file:///...>} (any scheme but {@code http} and {@code https}) reads a file of the
 * server and shows it in the error, so it is always refused; {@code LOAD <http://...>} fetches any
 * URL, so it is refused unless the admin account allows remote loads. Data goes in with
 * {@code councilgraph load}, the graph store endpoint or upload. Requests that do not parse are
 * passed on for Fuseki to report.
 */
final class UpdateLoadRefusal extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String UPDATE_TYPE = "application/sparql-update";

    private final boolean remoteAllowed;

    UpdateLoadRefusal(boolean remoteAllowed) {
        this.remoteAllowed = remoteAllowed;
    }

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
        Optional<String> refusal = text == null ? Optional.empty() : refusal(text);
        if (refusal.isPresent()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refusal.get());
            return;
        }
        chain.doFilter(passed, response);
    }

    private Optional<String> refusal(String text) {
        UpdateRequest update;
        try {
            update = UpdateFactory.create(text);
        } catch (QueryParseException e) {
            return Optional.empty();
        }
        for (var operation : update.getOperations()) {
            if (operation instanceof UpdateLoad load) {
                if (!isRemote(load.getSource())) {
                    return Optional.of("LOAD of a server file is not allowed; use councilgraph load or the graph store endpoint");
                }
                if (!remoteAllowed) {
                    return Optional.of("LOAD from a URL is not enabled on this server (serve --allow-remote-load);"
                            + " use councilgraph load or the graph store endpoint");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isRemote(String source) {
        try {
            String scheme = new URI(source).getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
