package org.councilgraph.store.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Dereferencing. {@code GET /id/path} (the resource {@code BASE + path}) answers
 * {@code 303 See Other} to the description in the negotiated form, {@code /doc/path.EXT}, as the
 * W3C note "Cool URIs for the Semantic Web" advises for slash IRIs: the IRI names the person or
 * meeting, the {@code /doc/} URL names a document about it. {@code /doc/path} without an
 * extension negotiates directly ({@code Content-Location} names the form chosen). A retired IRI
 * (one with {@code dcterms:isReplacedBy}) answers {@code 301 Moved Permanently} to its one
 * successor's {@code /id/} path, or {@code 300 Multiple Choices} with a page listing several
 * ({@link SuccessorsPage}). Every answer
 * that depends on {@code Accept} says {@code Vary: Accept}. An IRI no document graph mentions is
 * a plain 404 that does not repeat the request.
 */
final class ResourceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]+");
    private static final Pattern PASSAGE = Pattern.compile("[0-9]{1,9}-[0-9]{1,9}");

    private final transient PublishedPaths paths;
    private final transient ResourceDescriber describer;
    private final transient ResourcePage pages;
    private final transient SuccessorsPage successorsPage;
    private final boolean redirect;

    /** @param redirect true for {@code /id/*} (303 to a description), false for {@code /doc/*} */
    ResourceServlet(PublishedPaths paths, ResourceDescriber describer, boolean redirect) {
        this.paths = paths;
        this.describer = describer;
        this.pages = new ResourcePage(paths);
        this.successorsPage = new SuccessorsPage(paths);
        this.redirect = redirect;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !PATH.matcher(path).matches() || path.contains("//") || path.contains("/../")) {
            notFound(response);
            return;
        }
        Optional<Representation> explicit = redirect ? Optional.empty() : explicitForm(path);
        String resourcePath = explicit.map(f -> path.substring(0, path.length() - f.extension().length() - 1)).orElse(path);
        Node resource = paths.resource(resourcePath.substring(1));
        Representation form = explicit.orElseGet(() -> Representation.negotiate(request.getHeader("Accept")));
        if (explicit.isEmpty()) {
            response.setHeader("Vary", "Accept");
        }
        if (redirect) {
            if (!describer.isKnown(resource)) {
                notFound(response);
                return;
            }
            List<ResourceDescriber.Successor> successors = describer.successors(resource);
            if (successors.size() == 1 && paths.href(successors.get(0).iri()) != null) {
                // A retired IRI naming what another IRI now names (a resolved person refounded
                // or merged): moved for good, so crawlers and caches follow it.
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", paths.href(successors.get(0).iri()));
                return;
            }
            if (successors.size() > 1) {
                // Split: no one successor to send a client to, so a page lists them, and the
                // description (with its dcterms:isReplacedBy) is linked for RDF clients.
                response.setStatus(HttpServletResponse.SC_MULTIPLE_CHOICES);
                response.setHeader("Link", "<" + paths.document(resource, form) + ">; rel=\"describedby\"");
                response.setContentType(Representation.HTML.contentType());
                response.getOutputStream().write(successorsPage.render(resource, successors).getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", paths.document(resource, form));
            return;
        }
        Graph description = describer.describe(resource);
        if (description.isEmpty()) {
            notFound(response);
            return;
        }
        if (explicit.isEmpty()) {
            response.setHeader("Content-Location", paths.document(resource, form));
        }
        response.setContentType(form.contentType());
        OutputStream out = response.getOutputStream();
        if (form.isRdf()) {
            RDFWriter.source(PublishedPrefixes.withPrefixes(description, paths.base())).format(form.format()).output(out);
        } else {
            String passage = request.getParameter("passage");
            String html = pages.render(resource, description, passage != null && PASSAGE.matcher(passage).matches() ? passage : null);
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Optional<Representation> explicitForm(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Representation.byExtension(path.substring(dot + 1));
    }

    /** A 404 of our own: the servlet container's error page would quote the request URI. */
    static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write("Not found: no resource of this dataset has that IRI.\n".getBytes(StandardCharsets.UTF_8));
    }
}
