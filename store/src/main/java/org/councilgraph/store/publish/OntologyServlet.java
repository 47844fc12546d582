package org.councilgraph.store.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.councilgraph.ontology.OntologyFiles;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The vocabulary at its namespace document, {@code /ontology} (the namespace is a hash
 * namespace, so no 303 is needed: the document is what {@code cg:Person}'s IRI without its
 * fragment names): negotiated between the HTML documentation and the RDF syntaxes, with
 * {@code Vary: Accept}; {@code /ontology.ttl} and the like for a fixed form.
 */
final class OntologyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient PublishedPaths paths;

    OntologyServlet(PublishedPaths paths) {
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        Representation form;
        if (path.equals(PublishedPaths.ONTOLOGY)) {
            form = Representation.negotiate(request.getHeader("Accept"));
            response.setHeader("Vary", "Accept");
            response.setHeader("Content-Location", PublishedPaths.ONTOLOGY + "." + form.extension());
        } else {
            Optional<Representation> explicit = Representation.byExtension(path.substring(PublishedPaths.ONTOLOGY.length() + 1));
            if (explicit.isEmpty()) {
                ResourceServlet.notFound(response);
                return;
            }
            form = explicit.get();
        }
        Graph ontology = OntologyFiles.ontology();
        response.setContentType(form.contentType());
        if (form.isRdf()) {
            RDFWriter.source(ontology).format(form.format()).output(response.getOutputStream());
        } else {
            response.getOutputStream().write(new OntologyPage(paths).render(ontology).getBytes(StandardCharsets.UTF_8));
        }
    }
}
