package org.councilgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.councilgraph.extract.rdf.ResourceIris;
import org.councilgraph.extract.read.RdfFormat;
import org.councilgraph.extract.read.SourceDocument;

/** Makes {@link DocumentSource}s of the two kinds of input: extracted minutes and RDF files. */
public final class DocumentSources {

    private static final MinutesGraphWriter WRITER = new MinutesGraphWriter();

    private DocumentSources() {
    }

    /** The named graph a document's minutes fill: the document's IRI. */
    public static Node graphOf(SourceDocument document) {
        return new ResourceIris(document.key(), null).document();
    }

    /** Extracted minutes: their quads, written by {@link MinutesGraphWriter} into the document's graph. */
    public static DocumentSource minutes(Path file, ExtractedMinutes minutes) {
        SourceDocument document = minutes.document();
        return new DocumentSource(file.getFileName().toString(), file, document.sha256(), graphOf(document), null,
                sink -> WRITER.write(minutes, sink));
    }

    /**
     * An RDF file (Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML): its named graphs are
     * loaded as they are; its triples outside a named graph go to a graph named by the file's
     * {@code file:} IRI. The file is parsed while it is loaded, so a syntax error aborts its load.
     */
    public static DocumentSource rdfFile(Path file, RdfFormat format) throws IOException {
        String sha256 = SourceDocument.sha256Hex(Files.readAllBytes(file));
        Node fileGraph = NodeFactory.createURI(file.toAbsolutePath().normalize().toUri().toString());
        return new DocumentSource(file.getFileName().toString(), file, sha256, null, fileGraph,
                sink -> OfflineRdfParser.of(file, format.lang()).parse(sink));
    }
}
