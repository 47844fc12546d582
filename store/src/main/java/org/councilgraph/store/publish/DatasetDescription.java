package org.councilgraph.store.publish;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;

/**
 * The VoID and DCAT description of what the server publishes, for crawlers: size, entities per
 * class, the URI space, the SPARQL endpoint, the dumps and the vocabulary, counted from the
 * document graphs when asked.
 */
final class DatasetDescription {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private final DatasetGraph dataset;
    private final Publication publication;

    DatasetDescription(DatasetGraph dataset, Publication publication) {
        this.dataset = dataset;
        this.publication = publication;
    }

    /** The description, with the server's own URLs under {@code server} ({@code http://host:port}). */
    Graph describe(String server) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("cg", CG.NS).setNsPrefix("foaf", FOAF);
        Node description = iri(server + VoidServlet.PATH);
        Node ds = iri(server + VoidServlet.PATH + "#dataset");
        add(g, description, RDF.type.asNode(), iri(VOID + "DatasetDescription"));
        add(g, description, iri(FOAF + "primaryTopic"), ds);
        add(g, ds, RDF.type.asNode(), iri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("councilgraph: council meeting minutes as linked data"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralString(
                "Meetings, attendance, declarations of interest, agenda items, resolutions and posts extracted from the minutes"
                        + " of local-government meetings; every fact points to the passage of the minutes it came from."));
        if (publication.licence() != null) {
            add(g, ds, DCTerms.license.asNode(), iri(publication.licence()));
        }
        add(g, ds, iri(VOID + "uriSpace"), NodeFactory.createLiteralString(publication.paths().base().iri()));
        add(g, ds, iri(VOID + "vocabulary"), iri(CG.NS));
        add(g, ds, iri(VOID + "sparqlEndpoint"), iri(server + publication.sparqlPath()));
        Node service = iri(server + publication.sparqlPath() + "#service");
        add(g, ds, DCAT.accessService.asNode(), service);
        add(g, service, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), iri(server + publication.sparqlPath()));
        for (Dumps.Dump dump : Dumps.ALL) {
            Node url = iri(server + Dumps.PATH + "/" + dump.fileName());
            add(g, ds, iri(VOID + "dataDump"), url);
            Node distribution = iri(server + Dumps.PATH + "/" + dump.fileName() + "#distribution");
            add(g, ds, DCAT.distribution.asNode(), distribution);
            add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(g, distribution, DCAT.downloadURL.asNode(), url);
            add(g, distribution, DCAT.mediaType.asNode(), iri("https://www.iana.org/assignments/media-types/" + dump.mediaType()));
            add(g, distribution, DCAT.compressFormat.asNode(), iri("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        Txn.executeRead(dataset, () -> counts(g, ds));
        return g;
    }

    private void counts(Graph g, Node ds) {
        add(g, ds, iri(VOID + "triples"), integer(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }")));
        add(g, ds, iri(VOID + "entities"), integer(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } }")));
        add(g, ds, iri(VOID + "distinctSubjects"), integer(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
        add(g, ds, iri(VOID + "documents"), integer(count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }")));
        try (QueryExec exec = QueryExec.dataset(dataset)
                .query("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c } } GROUP BY ?c ORDER BY ?c").build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                var row = rows.next();
                Node cls = row.get("c");
                Node partition = iri(ds.getURI() + "-class-" + (cls.getURI().startsWith(CG.NS) ? cls.getLocalName() : Integer.toHexString(cls.getURI().hashCode())));
                add(g, ds, iri(VOID + "classPartition"), partition);
                add(g, partition, iri(VOID + "class"), cls);
                add(g, partition, iri(VOID + "entities"), row.get("n"));
            }
        }
    }

    private long count(String query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rows = exec.select();
            return rows.hasNext() ? ((Number) rows.next().get("n").getLiteralValue()).longValue() : 0;
        }
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
