package org.councilgraph.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * Which file each document graph was loaded from, and the SHA-256 of that file's bytes:
 * {@code <graph> cg:loadedFrom "urn:sha256:..."^^xsd:anyURI ; cg:contentSha256 "..."}. It lives in
 * the stored default graph, which the union default graph hides from queries. The file is named
 * by a digest of its absolute {@code file:} URI, not the URI itself: the graph store protocol
 * publishes the stored default graph, and server paths are nobody's business. Callers hold the
 * transaction.
 */
final class LoadRecord {

    private static final Node DEFAULT = Quad.defaultGraphIRI;

    private final DatasetGraph dataset;

    LoadRecord(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The value of {@code cg:loadedFrom} for a file: {@code urn:sha256:} and the digest of its absolute {@code file:} URI. */
    static Node origin(Path file) {
        return NodeFactory.createLiteralDT(fileId(file), XSDDatatype.XSDanyURI);
    }

    /** {@code urn:sha256:} and the SHA-256 of the file's absolute {@code file:} URI: names the file without its path. */
    static String fileId(Path file) {
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        return "urn:sha256:" + SourceDocument.sha256Hex(uri.getBytes(StandardCharsets.UTF_8));
    }

    /** The graphs recorded as loaded from {@code origin}. */
    List<Node> graphsFrom(Node origin) {
        List<Node> graphs = new ArrayList<>();
        dataset.find(DEFAULT, Node.ANY, CG.loadedFrom, origin).forEachRemaining(q -> graphs.add(q.getSubject()));
        return graphs;
    }

    /** The file {@code graph} was recorded as loaded from (its {@code cg:loadedFrom}), or null. */
    Node originOf(Node graph) {
        var it = dataset.find(DEFAULT, graph, CG.loadedFrom, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The digest recorded for {@code graph}, or null. */
    String digestOf(Node graph) {
        var it = dataset.find(DEFAULT, graph, CG.contentSha256, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Records that {@code graph} holds what was loaded from {@code origin}, whose bytes have {@code sha256}. */
    void record(Node graph, Node origin, String sha256) {
        forget(graph);
        dataset.add(DEFAULT, graph, CG.loadedFrom, origin);
        dataset.add(DEFAULT, graph, CG.contentSha256, NodeFactory.createLiteralString(sha256));
    }

    /** Removes what the record says of {@code graph}. */
    void forget(Node graph) {
        dataset.deleteAny(DEFAULT, graph, Node.ANY, Node.ANY);
    }
}
