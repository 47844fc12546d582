package org.councilgraph.store;

import org.apache.jena.riot.system.StreamRDF;

/**
 * Something that streams a document's quads (or triples) into a sink: an RDF writer over
 * extracted minutes, or a parser over an RDF file. It may fail part-way; the loader then
 * discards whatever it had streamed.
 */
@FunctionalInterface
public interface QuadSource {

    /** Sends the document's quads to {@code sink}; the caller starts and finishes the sink. */
    void emit(StreamRDF sink);
}
