package org.councilgraph.extract.rdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.read.UnrecognisedDocumentException;

/** Extracts test documents to datasets and to TriG text. */
final class Graphs {

    private Graphs() {
    }

    static ExtractedMinutes extract(SourceDocument d) {
        try {
            return new MinutesExtractor().extract(d);
        } catch (UnrecognisedDocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    static DatasetGraph dataset(SourceDocument d) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        sink.start();
        new MinutesGraphWriter().write(extract(d), sink);
        sink.finish();
        return dsg;
    }

    static String trig(SourceDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamRDF sink = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        sink.start();
        GraphPrefixes.emit(sink);
        new MinutesGraphWriter().write(extract(d), sink);
        sink.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
