package org.councilgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.extract.rdf.MinutesGraphWriter;
import org.councilgraph.extract.rdf.ResourceIris;
import org.councilgraph.extract.read.RdfFormat;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.text.Span;

/** Makes {@link DocumentSource}s of the two kinds of input: extracted minutes and RDF files. */
public final class DocumentSources {

    private static final MinutesGraphWriter WRITER = new MinutesGraphWriter();

    private DocumentSources() {
    }

    /** The named graph a document's minutes fill: the document's IRI. */
    public static Node graphOf(SourceDocument document) {
        return graphOf(document, IriBase.DEFAULT);
    }

    /** The named graph a document's minutes fill when its IRIs are published under {@code base}. */
    public static Node graphOf(SourceDocument document, IriBase base) {
        return base.rebase(new ResourceIris(document.key(), null).document());
    }

    /**
     * The named graphs a document's minutes may fill when its IRIs are published under
     * {@code base}: the document's own graph or, when {@code meetings} of its text are the minutes
     * of two or more meetings, the graph of each of those meetings (some may be left out as not
     * minutes, so a load fills some of them).
     */
    public static Set<Node> graphsOf(SourceDocument document, IriBase base, List<Span> meetings) {
        if (meetings.size() < 2) {
            return Set.of(graphOf(document, base));
        }
        Set<Node> graphs = new HashSet<>();
        for (int i = 1; i <= meetings.size(); i++) {
            graphs.add(base.rebase(new ResourceIris(document.meetingKey(i), null).document()));
        }
        return graphs;
    }

    /** Extracted minutes: their quads, written by {@link MinutesGraphWriter} into the document's graph. */
    public static DocumentSource minutes(Path file, ExtractedMinutes minutes) {
        return minutes(file, minutes, IriBase.DEFAULT);
    }

    /** Extracted minutes with their IRIs under {@code base}. */
    public static DocumentSource minutes(Path file, ExtractedMinutes minutes, IriBase base) {
        SourceDocument document = minutes.document();
        return new DocumentSource(file.getFileName().toString(), file, document.sha256(), graphOf(document, base), null,
                sink -> WRITER.write(minutes, base.rebase(sink)));
    }

    /**
     * The minutes of each meeting of a file that holds several, one graph each, loaded as the
     * file's one document (its graphs are not known before they are written).
     */
    public static DocumentSource meetings(Path file, List<ExtractedMinutes> meetings, IriBase base) {
        return new DocumentSource(file.getFileName().toString(), file, meetings.get(0).document().sha256(), null, null, sink -> {
            for (ExtractedMinutes minutes : meetings) {
                WRITER.write(minutes, base.rebase(sink));
            }
        });
    }

    /**
     * An RDF file (Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML): its named graphs are
     * loaded as they are; its triples outside a named graph go to a graph named after the file
     * ({@code urn:sha256:} and the digest of its {@code file:} URI, so no server path is published).
     * The file is parsed while it is loaded, so a syntax error aborts its load.
     */
    public static DocumentSource rdfFile(Path file, RdfFormat format) throws IOException {
        String sha256 = SourceDocument.sha256Hex(Files.readAllBytes(file));
        Node fileGraph = NodeFactory.createURI(LoadRecord.fileId(file));
        return new DocumentSource(file.getFileName().toString(), file, sha256, null, fileGraph,
                sink -> OfflineRdfParser.of(file, format.lang()).parse(sink));
    }
}
