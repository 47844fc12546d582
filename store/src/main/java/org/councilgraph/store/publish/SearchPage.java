package org.councilgraph.store.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.jsoup.nodes.Element;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /search?q=words}: the Lucene text index over item headings, minute text and
 * resolutions, as an HTML list of links to the matching resources. The words are searched as
 * words (Lucene's query syntax is escaped), at most {@value #HITS} hits.
 */
final class SearchPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    static final String PATH = "/search";
    private static final int HITS = 50;
    private static final int SNIPPET = 300;
    private static final String QUERY = """
            PREFIX cg: <https://w3id.org/councilgraph/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?hit ?score ?field ?match ?heading WHERE {
              { (?hit ?score) text:query (cg:heading ?q %1$d) . BIND ("heading" AS ?field) GRAPH ?g { ?hit cg:heading ?match } }
              UNION { (?hit ?score) text:query (cg:minuteText ?q %1$d) . BIND ("minutes" AS ?field) GRAPH ?g { ?hit cg:minuteText ?match } }
              UNION { (?hit ?score) text:query (cg:resolutionText ?q %1$d) . BIND ("resolution" AS ?field) GRAPH ?g { ?hit cg:resolutionText ?match } }
              OPTIONAL { GRAPH ?h { { ?hit cg:heading ?heading } UNION { ?hit cg:concernsItem/cg:heading ?heading } } }
            } ORDER BY DESC(?score) ?hit LIMIT %1$d
            """.formatted(HITS);

    private final transient DatasetGraph dataset;
    private final transient PublishedPaths paths;

    SearchPage(DatasetGraph dataset, PublishedPaths paths) {
        this.dataset = dataset;
        this.paths = paths;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String words = request.getParameter("q") == null ? "" : request.getParameter("q").strip();
        Element main = HtmlPage.create(words.isEmpty() ? "Search" : "Search: " + words);
        main.appendElement("h1").text("Search the minutes");
        if (!words.isEmpty()) {
            main.ownerDocument().selectFirst("input[name=q]").attr("value", words);
            Element list = main.appendElement("ol").id("hits");
            int found = Txn.calculateRead(dataset, () -> hits(words, list));
            main.appendElement("p").text(found == 0 ? "Nothing found." : found + " found" + (found == HITS ? " (the first " + HITS + ")" : "") + ".");
        }
        response.setContentType("text/html;charset=utf-8");
        response.getOutputStream().write(HtmlPage.html(main).getBytes(StandardCharsets.UTF_8));
    }

    private int hits(String words, Element list) {
        Node q = NodeFactory.createLiteralString(QueryParserBase.escape(words));
        int n = 0;
        try (QueryExec exec = QueryExec.dataset(dataset).query(QUERY).substitution("q", q).build()) {
            RowSet rows = exec.select();
            while (rows.hasNext()) {
                var row = rows.next();
                String match = row.get("match").getLiteralLexicalForm().replaceAll("\\s+", " ").strip();
                Node heading = row.get("heading");
                String title = heading != null ? heading.getLiteralLexicalForm() : match;
                Element item = list.appendElement("li");
                HtmlPage.link(item, paths.href(row.get("hit")), title.length() > 80 ? title.substring(0, 80) + "…" : title);
                item.appendText(" (" + row.get("field").getLiteralLexicalForm() + ")");
                if (!match.equals(title)) {
                    item.appendElement("div").addClass("pos").text(match.length() > SNIPPET ? match.substring(0, SNIPPET) + "…" : match);
                }
                n++;
            }
        }
        return n;
    }
}
