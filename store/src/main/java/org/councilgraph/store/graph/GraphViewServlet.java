package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.jsoup.nodes.Entities;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The interactive graph views, {@code /view/NETWORK} with NETWORK one of {@code co-attendance,
 * membership, declarations, neighbourhood} and the query parameters of the exports: one static
 * page whose script ({@code /static/graph-view.js}) fetches {@code /graph/NETWORK.cyjs} with the
 * same parameters and draws it with cytoscape.js. The page has no inline script, so the server's
 * content security policy applies to it unchanged.
 */
final class GraphViewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the views live. */
    static final String PATH = "/view";

    private static final String TEMPLATE = "councilgraph-ui/graph-view.html";

    private final transient byte[] page;

    /**
     * @param idBase the base the resource IRIs were minted under, which the page's script maps
     *               onto {@code /id/} to link a node to its linked-data page
     */
    GraphViewServlet(String idBase) {
        this.page = template().replace("__ID_BASE__", Entities.escape(idBase)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<NetworkKind> kind = path.startsWith("/") ? NetworkKind.byId(path.substring(1)) : Optional.empty();
        if (kind.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=utf-8");
            response.getOutputStream().write(("Not found: ask for " + PATH
                    + "/NETWORK, NETWORK one of co-attendance, membership, declarations, neighbourhood.\n")
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** The server-relative URL of the neighbourhood view of {@code iri}. */
    static String neighbourhood(String iri) {
        return PATH + "/" + NetworkKind.NEIGHBOURHOOD.id() + "?resource=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static String template() {
        try (InputStream in = GraphViewServlet.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the graph view page " + TEMPLATE + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
