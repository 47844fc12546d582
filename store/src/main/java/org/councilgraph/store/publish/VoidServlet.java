package org.councilgraph.store.publish;

import java.io.IOException;

import org.apache.jena.riot.RDFWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /.well-known/void}: the {@link DatasetDescription} in the negotiated RDF syntax (Turtle for browsers). */
final class VoidServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/.well-known/void";

    private final transient DatasetDescription description;

    VoidServlet(DatasetDescription description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Representation form = Representation.negotiate(request.getHeader("Accept"));
        if (!form.isRdf()) {
            form = Representation.TURTLE;
        }
        response.setHeader("Vary", "Accept");
        response.setContentType(form.contentType());
        RDFWriter.source(description.describe(Publication.serverOf(request))).format(form.format()).output(response.getOutputStream());
    }
}
