package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The scripts and style sheets of the graph views at {@code /static/NAME}, from the jar:
 * {@code graph-view.js}, {@code graph-view.css} and {@code cytoscape.min.js}, which the build
 * installs from the npm registry (see the store module's {@code package.json}). Only plain file
 * names (no folder) of those kinds are looked up, so nothing else on the class path is reachable.
 */
final class ViewAssets extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the assets are served. */
    static final String PATH = "/static";

    private static final String FOLDER = "councilgraph-ui/static/";
    private static final Pattern NAME = Pattern.compile("/([A-Za-z0-9][A-Za-z0-9._-]*)\\.(js|css)");
    private static final Map<String, String> MEDIA_TYPES = Map.of("js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher matcher = NAME.matcher(name);
        if (matcher.matches()) {
            try (InputStream in = ViewAssets.class.getClassLoader().getResourceAsStream(FOLDER + name.substring(1))) {
                if (in != null) {
                    response.setContentType(MEDIA_TYPES.get(matcher.group(2)));
                    response.setHeader("Cache-Control", "max-age=3600");
                    in.transferTo(response.getOutputStream());
                    return;
                }
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
