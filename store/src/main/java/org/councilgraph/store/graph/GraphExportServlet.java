package org.councilgraph.store.graph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The networks of the served database as files: {@code /graph/NETWORK.EXT} with NETWORK one of
 * {@code co-attendance, membership, declarations, neighbourhood} and EXT one of {@code gexf,
 * graphml, cyjs, nodes.csv, edges.csv}; the query parameters {@code council, committee, from, to,
 * status} (statuses repeated or separated by commas) and {@code resource} filter it as the command
 * line's options do.
 */
public final class GraphExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the exports live. */
    public static final String PATH = "/graph";

    private static final Pattern NAME = Pattern.compile("/([a-z-]+)\\.([a-z.]+)");

    private final transient NetworkQueries queries;

    /** Serves the networks {@code queries} computes. */
    public GraphExportServlet(NetworkQueries queries) {
        this.queries = queries;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher name = NAME.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<NetworkKind> kind = name.matches() ? NetworkKind.byId(name.group(1)) : Optional.empty();
        Optional<NetworkFormat> format = name.matches() ? NetworkFormat.byExtension(name.group(2)) : Optional.empty();
        if (kind.isEmpty() || format.isEmpty()) {
            plain(response, HttpServletResponse.SC_NOT_FOUND, "Not found: ask for " + PATH
                    + "/NETWORK.EXT, NETWORK one of co-attendance, membership, declarations, neighbourhood,"
                    + " EXT one of gexf, graphml, cyjs, nodes.csv, edges.csv.");
            return;
        }
        Network network;
        try {
            network = queries.compute(kind.get(), scope(request));
        } catch (NetworkTooLargeException e) {
            plain(response, 422, e.getMessage().replace("(--council, --committee, --from, --to)",
                    "(?council=, ?committee=, ?from=, ?to=)"));
            return;
        } catch (IllegalArgumentException e) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage().replace("--", ""));
            return;
        }
        // Written to memory first so that a failure is a clean error, not half a file.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        format.get().write(network, bytes);
        response.setContentType(format.get().mediaType() + ";charset=utf-8");
        if (format.get() != NetworkFormat.CYTOSCAPE_JSON) {
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"" + kind.get().id() + "." + format.get().extension() + "\"");
        }
        response.setContentLength(bytes.size());
        bytes.writeTo(response.getOutputStream());
    }

    /** The server-relative URL of the neighbourhood of {@code iri} in {@code format}. */
    public static String neighbourhood(String iri, NetworkFormat format) {
        return PATH + "/" + NetworkKind.NEIGHBOURHOOD.id() + "." + format.extension() + "?resource="
                + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** The filters of a request's query parameters. */
    static NetworkScope scope(HttpServletRequest request) {
        return new NetworkScope(parameter(request, "council"), parameter(request, "committee"),
                date(request, "from"), date(request, "to"), parameter(request, "resource"), statuses(request));
    }

    private static List<String> statuses(HttpServletRequest request) {
        String[] values = request.getParameterValues("status");
        return values == null ? List.of()
                : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).toList();
    }

    private static Optional<String> parameter(HttpServletRequest request, String name) {
        return Optional.ofNullable(request.getParameter(name));
    }

    private static Optional<LocalDate> date(HttpServletRequest request, String name) {
        Optional<String> text = parameter(request, name).filter(s -> !s.isBlank());
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a date (YYYY-MM-DD): " + text.get());
        }
    }

    private static void plain(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
