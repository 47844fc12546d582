package org.councilgraph.store;

import java.nio.file.Path;
import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One document to load: the file it comes from, the SHA-256 of that file's bytes, where its
 * triples go and the quads themselves.
 *
 * @param name         how reports name it (the file name)
 * @param file         the file it was read from; its previous graphs are replaced
 * @param sha256       the digest of the file's bytes, to skip it when it has not changed
 * @param graph        the named graph it will fill when that is known before loading (minutes), else null
 * @param defaultGraph the named graph that receives triples given outside any named graph
 *                     (an RDF file's triples), or null when the source only gives quads
 * @param quads        the quads
 */
public record DocumentSource(String name, Path file, String sha256, Node graph, Node defaultGraph, QuadSource quads) {

    public DocumentSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(quads, "quads");
    }
}
