package org.councilgraph.store.publish;

import org.apache.jena.graph.Node;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;

/**
 * Where things live on the server. A resource IRI {@code BASE + path} is answered at
 * {@code /id/path} (which redirects) and described at {@code /doc/path.EXT}; the vocabulary at
 * {@code /ontology}. A proxy or a w3id redirect maps the public base onto {@code /id/}.
 *
 * @param base the base the resource IRIs were minted under
 */
public record PublishedPaths(IriBase base) {

    public static final String RESOURCES = "/id";
    public static final String DOCUMENTS = "/doc";
    public static final String ONTOLOGY = "/ontology";

    /** The resource a request path after {@code /id/} or {@code /doc/} (extension removed) names. */
    public Node resource(String path) {
        return base.resource(path);
    }

    /** The description of {@code resource} in {@code form}: {@code /doc/path.EXT}. */
    public String document(Node resource, Representation form) {
        return DOCUMENTS + "/" + base.pathOf(resource) + "." + form.extension();
    }

    /**
     * A link for {@code node} that works from a page on this server: its {@code /id/} path when it
     * is published here, the vocabulary page for an ontology term, the IRI itself for another
     * http(s) IRI, null otherwise (a {@code javascript:} IRI in loaded RDF must never be a link).
     */
    public String href(Node node) {
        if (!node.isURI()) {
            return null;
        }
        if (base.covers(node)) {
            return RESOURCES + "/" + base.pathOf(node);
        }
        String iri = node.getURI();
        if (iri.startsWith(CG.NS)) {
            return ONTOLOGY + "#" + iri.substring(CG.NS.length());
        }
        if (iri.equals(CG.ONTOLOGY.getURI())) {
            return ONTOLOGY;
        }
        return iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
    }
}
