package org.councilgraph.store.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.councilgraph.extract.rdf.GraphPrefixes;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Full dumps of the published graphs, one named graph per document, gzipped: {@code /dump/councilgraph.nq.gz}
 * and {@code /dump/councilgraph.trig.gz}. Streamed from one read transaction, so a dump is one
 * consistent state of the store; the store's own default graph (the load record) is left out.
 */
final class Dumps extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/dump";

    /** One dump file. */
    record Dump(String fileName, String mediaType, RDFFormat format) {
    }

    static final List<Dump> ALL = List.of(
            new Dump("councilgraph.nq.gz", "application/n-quads", RDFFormat.NQUADS),
            new Dump("councilgraph.trig.gz", "application/trig", RDFFormat.TRIG_BLOCKS));

    private final transient DatasetGraph dataset;

    Dumps(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Dump> dump = ALL.stream().filter(d -> d.fileName().equals(name)).findFirst();
        if (dump.isEmpty()) {
            ResourceServlet.notFound(response);
            return;
        }
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().fileName() + "\"");
        try (OutputStream out = new GZIPOutputStream(response.getOutputStream())) {
            write(dump.get().format(), out);
        }
    }

    /** Writes every document graph to {@code out} in {@code format}. */
    void write(RDFFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, format);
            sink.start();
            GraphPrefixes.emit(sink);
            for (var graphs = dataset.listGraphNodes(); graphs.hasNext(); ) {
                Node graph = graphs.next();
                dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> sink.quad(q));
            }
            sink.finish();
        });
    }
}
