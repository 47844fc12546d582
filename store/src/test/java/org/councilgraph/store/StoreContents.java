package org.councilgraph.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Looks into a dataset from tests, each look in its own read transaction. */
final class StoreContents {

    private StoreContents() {
    }

    /** Every stored quad (the load record included) as sorted N-Quads lines. */
    static List<String> quads(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            dataset.find().forEachRemaining(copy::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, copy, Lang.NQUADS);
            List<String> lines = new ArrayList<>(List.of(out.toString(StandardCharsets.UTF_8).split("\n")));
            lines.removeIf(String::isBlank);
            lines.sort(null);
            return lines;
        });
    }

    static long triplesIn(DatasetGraph dataset, Node graph) {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (var it = dataset.find(graph, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    static List<Node> namedGraphs(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Node> graphs = new ArrayList<>();
            dataset.listGraphNodes().forEachRemaining(graphs::add);
            return graphs;
        });
    }

    static long recordQuads(DatasetGraph dataset) {
        return triplesIn(dataset, Quad.defaultGraphIRI);
    }

    /** The values of the first variable of a SELECT query, run as a client would. */
    static List<String> select(DatasetGraph dataset, String sparql) {
        return Txn.calculateRead(dataset, () -> {
            List<String> values = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dataset)).query(sparql).build()) {
                ResultSet rs = qe.execSelect();
                String var = rs.getResultVars().get(0);
                rs.forEachRemaining(row -> values.add(row.get(var) == null ? null
                        : row.get(var).isLiteral() ? row.getLiteral(var).getLexicalForm() : row.get(var).toString()));
            }
            return values;
        });
    }
}
