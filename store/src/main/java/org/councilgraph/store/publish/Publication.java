package org.councilgraph.store.publish;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.store.graph.GraphService;
import org.councilgraph.store.graph.NetworkCaps;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The linked-data face of the server: resource IRIs dereferenced at {@code /id/} and described
 * at {@code /doc/}, the vocabulary at {@code /ontology}, the VoID description, the sitemap, the
 * dumps, a search page and the network exports of {@link GraphService}. {@link #register} adds
 * them to a Fuseki builder beside the SPARQL service, and makes SPARQL {@code DESCRIBE} include
 * the links pointing at a resource.
 *
 * @param paths      where the resources live on the server, from their base IRI
 * @param sparqlPath the path of the SPARQL endpoint, for the VoID description
 * @param licence    the IRI of the data's licence, or null to state none
 * @param caps       the largest network the graph exports and views compute
 */
public record Publication(PublishedPaths paths, String sparqlPath, String licence, NetworkCaps caps) {

    /** Publishes resources minted under {@code base}, with the default network caps. */
    public static Publication of(IriBase base, String sparqlPath, String licence) {
        return new Publication(new PublishedPaths(base), sparqlPath, licence, NetworkCaps.DEFAULT);
    }

    /** This publication with other network caps. */
    public Publication withCaps(NetworkCaps other) {
        return new Publication(paths, sparqlPath, licence, other);
    }

    /** Adds the servlets to {@code builder}; they read {@code dataset} in read transactions. */
    public void register(FusekiServer.Builder builder, DatasetGraph dataset) {
        ResourceDescriber describer = new ResourceDescriber(dataset);
        InboundDescribe.register();
        builder.addServlet(PublishedPaths.RESOURCES + "/*", new ResourceServlet(paths, describer, true));
        builder.addServlet(PublishedPaths.DOCUMENTS + "/*", new ResourceServlet(paths, describer, false));
        builder.addServlet(VoidServlet.PATH, new VoidServlet(new DatasetDescription(dataset, this)));
        builder.addServlet(Dumps.PATH + "/*", new Dumps(dataset));
        builder.addServlet(SearchPage.PATH, new SearchPage(dataset, paths));
        builder.addServlet(Sitemap.PATH, new Sitemap(dataset, paths));
        OntologyServlet ontology = new OntologyServlet(paths);
        builder.addServlet(PublishedPaths.ONTOLOGY, ontology);
        for (Representation form : Representation.values()) {
            builder.addServlet(PublishedPaths.ONTOLOGY + "." + form.extension(), ontology);
        }
        GraphService.register(builder, dataset, paths.base().iri(), caps);
    }

    /** {@code scheme://host:port} of the server as the request reached it. */
    static String serverOf(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length());
    }
}
