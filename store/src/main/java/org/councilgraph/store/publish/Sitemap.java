package org.councilgraph.store.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /sitemap.xml}: the HTML page of every published meeting, person, council, committee,
 * document, item and resolution (the kinds a search engine should index; attendance records and
 * passages are reached from them), at most {@value #MAX} URLs as the sitemap protocol allows.
 */
final class Sitemap extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/sitemap.xml";
    private static final int MAX = 50_000;
    private static final String QUERY = """
            PREFIX cg: <https://w3id.org/councilgraph/ontology#>
            SELECT DISTINCT ?s WHERE {
              VALUES ?c { cg:Meeting cg:Person cg:Council cg:Committee cg:MinutesDocument cg:AgendaItem cg:Resolution }
              GRAPH ?g { ?s a ?c }
            } ORDER BY ?s LIMIT %d
            """.formatted(MAX);

    private final transient DatasetGraph dataset;
    private final transient PublishedPaths paths;

    Sitemap(DatasetGraph dataset, PublishedPaths paths) {
        this.dataset = dataset;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String server = Publication.serverOf(request);
        Document xml = new Document("");
        xml.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(true).charset("UTF-8");
        Element set = xml.appendElement("urlset").attr("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9");
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(QUERY).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Node s = rows.next().get("s");
                    if (paths.base().covers(s)) {
                        set.appendElement("url").appendElement("loc").text(server + paths.document(s, Representation.HTML));
                    }
                }
            }
        });
        response.setContentType("application/xml;charset=utf-8");
        response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + set.outerHtml()).getBytes(StandardCharsets.UTF_8));
    }
}
