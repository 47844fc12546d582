package org.councilgraph.extract.rdf;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.ontology.CG;

/**
 * The base under which resource IRIs are published: {@link CG#ID} unless the user chose another
 * (their own domain, or a local server). {@link ResourceIris} always mints under {@link CG#ID};
 * {@link #rebase(StreamRDF)} moves what it minted under this base as the quads are written, so
 * the minting rules stay in one place and the default changes nothing.
 *
 * @param iri the base, an absolute http(s) IRI ending in {@code /}
 */
public record IriBase(String iri) {

    /** Today's base, {@code https://w3id.org/councilgraph/id/}. */
    public static final IriBase DEFAULT = new IriBase(CG.ID);

    public IriBase {
        if (iri == null || !iri.endsWith("/")) {
            throw new IllegalArgumentException("the base IRI must end with '/': " + iri);
        }
        try {
            URI uri = new URI(iri);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException("the base IRI must be an http or https IRI without query or fragment: " + iri);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not an IRI: " + iri, e);
        }
    }

    public boolean isDefault() {
        return iri.equals(CG.ID);
    }

    /** True when {@code node} is an IRI under this base. */
    public boolean covers(Node node) {
        return node.isURI() && node.getURI().startsWith(iri);
    }

    /** The part of {@code node}'s IRI after the base ({@code person/x/y}); call only when {@link #covers} it. */
    public String pathOf(Node node) {
        if (!covers(node)) {
            throw new IllegalArgumentException("not under " + iri + ": " + node);
        }
        return node.getURI().substring(iri.length());
    }

    /** The IRI {@code path} names under this base. */
    public Node resource(String path) {
        return NodeFactory.createURI(iri + path);
    }

    /** {@code node} moved from {@link CG#ID} to this base; any other node as it is. */
    public Node rebase(Node node) {
        if (isDefault() || !node.isURI() || !node.getURI().startsWith(CG.ID)) {
            return node;
        }
        return NodeFactory.createURI(iri + node.getURI().substring(CG.ID.length()));
    }

    /** A sink that passes on what it is given with every IRI under {@link CG#ID} moved under this base. */
    public StreamRDF rebase(StreamRDF sink) {
        if (isDefault()) {
            return sink;
        }
        return new StreamRDFWrapper(sink) {
            @Override
            public void triple(Triple t) {
                super.triple(Triple.create(rebase(t.getSubject()), rebase(t.getPredicate()), rebase(t.getObject())));
            }

            @Override
            public void quad(Quad q) {
                super.quad(Quad.create(rebase(q.getGraph()), rebase(q.getSubject()), rebase(q.getPredicate()),
                        rebase(q.getObject())));
            }

            @Override
            public void prefix(String prefix, String uri) {
                super.prefix(prefix, uri.equals(CG.ID) ? iri : uri);
            }
        };
    }
}
