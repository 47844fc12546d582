package org.councilgraph.store.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a network as Gephi's two spreadsheet tables, which its "Import spreadsheet" reads as they
 * are: nodes ({@code Id,Label,Type,IRI,Council}) and edges ({@code Source,Target,Weight,Type,Relation}).
 */
final class GephiTables {

    private GephiTables() {
    }

    static void writeNodes(Network network, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader("Id", "Label", "Type", "IRI", "Council").get());
        for (NetworkNode node : network.nodes()) {
            csv.printRecord(node.iri(), node.label(), node.type(), node.iri(), node.council());
        }
        csv.flush();
    }

    static void writeEdges(Network network, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader("Source", "Target", "Weight", "Type", "Relation").get());
        for (NetworkEdge edge : network.edges()) {
            csv.printRecord(edge.source(), edge.target(), edge.weight(), "Undirected", edge.relation());
        }
        csv.flush();
    }
}
