package org.councilgraph.store.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.graph.GraphExportServlet;
import org.councilgraph.store.graph.GraphService;
import org.councilgraph.store.graph.NetworkFormat;
import org.jsoup.nodes.Element;

/**
 * The HTML page of one resource, from its {@link ResourceDescriber description}: label and
 * type, every property with linked values, the evidence of the fact with its position (linking
 * to the document's page, where the passage is highlighted), the resources that link to it, and
 * for a minutes document its passages in text order. Sections have stable ids
 * ({@code #properties}, {@code #inbound}, {@code #passages}) and {@code nav#views} is where other
 * views of the resource (formats, a neighbourhood graph) are linked.
 */
final class ResourcePage {

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");

    private final PublishedPaths paths;

    ResourcePage(PublishedPaths paths) {
        this.paths = paths;
    }

    /**
     * @param highlight the passage to highlight on a document's page ({@code start-end}), or null
     */
    String render(Node resource, Graph description, String highlight) {
        Labels labels = new Labels(description);
        String label = labels.of(resource);
        Element main = HtmlPage.create(label);
        main.appendElement("h1").text(label);
        Node type = labels.typeOf(resource);
        Element typeLine = main.appendElement("p").addClass("type");
        if (type != null) {
            typeLine.appendText("A ");
            HtmlPage.link(typeLine, paths.href(type), Labels.term(type));
        }
        main.appendElement("p").addClass("iri").appendText("IRI: ").appendElement("code").text(resource.getURI());
        views(main, resource);
        evidence(main, resource, description);
        properties(main, resource, description, labels);
        inbound(main, resource, description, labels);
        if (CG.MinutesDocument.equals(type)) {
            passages(main, resource, description, highlight);
        }
        return HtmlPage.html(main);
    }

    private void views(Element main, Node resource) {
        Element nav = main.appendElement("nav").addClass("views").id("views");
        nav.appendText("As data: ");
        for (Representation form : Representation.values()) {
            if (form.isRdf()) {
                nav.appendElement("a").attr("href", paths.document(resource, form)).attr("type", form.mediaType())
                        .text(form.title());
                main.ownerDocument().head().appendElement("link").attr("rel", "alternate").attr("type", form.mediaType())
                        .attr("href", paths.document(resource, form));
            }
        }
        nav.appendText(" Neighbourhood graph: ");
        nav.appendElement("a").addClass("graph-view").attr("href", GraphService.neighbourhoodView(resource.getURI()))
                .text("view");
        for (NetworkFormat format : List.of(NetworkFormat.GEXF, NetworkFormat.GRAPHML, NetworkFormat.CYTOSCAPE_JSON)) {
            nav.appendElement("a").addClass("graph").attr("href", GraphExportServlet.neighbourhood(resource.getURI(), format))
                    .attr("type", format.mediaType()).text(format.id());
        }
    }

    private void evidence(Element main, Node resource, Graph g) {
        List<Node> spans = objects(g, resource, CG.evidence);
        if (spans.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").id("evidence");
        section.appendElement("h2").text("What the minutes say");
        spans.forEach(span -> passage(section, g, span));
    }

    private void properties(Element main, Node resource, Graph g, Labels labels) {
        Element section = main.appendElement("section").id("properties");
        section.appendElement("h2").text("Properties");
        Element table = section.appendElement("table");
        for (Map.Entry<Node, List<Node>> entry : grouped(g.find(resource, Node.ANY, Node.ANY).toList(), true).entrySet()) {
            Element row = table.appendElement("tr");
            HtmlPage.link(row.appendElement("th"), paths.href(entry.getKey()), Labels.term(entry.getKey()));
            Element cell = row.appendElement("td");
            for (Node value : entry.getValue()) {
                Element line = cell.appendElement("div");
                if (value.isLiteral()) {
                    line.text(value.getLiteralLexicalForm());
                } else {
                    HtmlPage.link(line, paths.href(value), labels.of(value));
                }
            }
        }
    }

    private void inbound(Element main, Node resource, Graph g, Labels labels) {
        Map<Node, List<Node>> byProperty = grouped(g.find(Node.ANY, Node.ANY, resource).toList(), false);
        Element section = main.appendElement("section").id("inbound");
        section.appendElement("h2").text("Linked from");
        if (byProperty.isEmpty()) {
            section.appendElement("p").text("Nothing links here.");
            return;
        }
        Element table = section.appendElement("table");
        for (Map.Entry<Node, List<Node>> entry : byProperty.entrySet()) {
            Element row = table.appendElement("tr");
            Element th = row.appendElement("th");
            th.appendText("is ");
            HtmlPage.link(th, paths.href(entry.getKey()), Labels.term(entry.getKey()));
            th.appendText(" of");
            Element cell = row.appendElement("td");
            for (Node subject : entry.getValue()) {
                Element line = cell.appendElement("div").addClass("inbound");
                HtmlPage.link(line, paths.href(subject), labels.of(subject));
                for (Node meeting : objects(g, subject, CG.atMeeting)) {
                    if (!meeting.equals(resource)) {
                        line.appendText(" at ");
                        HtmlPage.link(line, paths.href(meeting), labels.of(meeting)).addClass("meeting");
                    }
                }
                objects(g, subject, CG.evidence).stream().limit(1).forEach(span -> passage(line, g, span));
            }
        }
    }

    private void passages(Element main, Node document, Graph g, String highlight) {
        List<Node> spans = g.find(Node.ANY, CG.inDocument, document).toList().stream().map(Triple::getSubject)
                .filter(s -> !objects(g, s, CG.quote).isEmpty())
                .sorted(Comparator.comparingLong((Node s) -> number(g, s, CG.start)).thenComparingLong(s -> number(g, s, CG.end)))
                .toList();
        Element section = main.appendElement("section").id("passages");
        section.appendElement("h2").text("Passages quoted as evidence, in text order");
        for (Node span : spans) {
            String id = number(g, span, CG.start) + "-" + number(g, span, CG.end);
            Element block = passage(section, g, span);
            block.id("passage-" + id);
            if (id.equals(highlight)) {
                block.addClass("highlighted");
                Element quote = block.selectFirst("blockquote");
                if (quote != null) {
                    String text = quote.wholeText();
                    quote.empty().appendElement("mark").text(text);
                }
            }
        }
    }

    /** A quoted passage with its position, linked to its place on the document's page. */
    private Element passage(Element parent, Graph g, Node span) {
        Element block = parent.appendElement("div").addClass("passage");
        objects(g, span, CG.quote).stream().findFirst().ifPresent(q -> block.appendElement("blockquote").text(q.getLiteralLexicalForm()));
        long start = number(g, span, CG.start);
        long end = number(g, span, CG.end);
        Element pos = block.appendElement("div").addClass("pos");
        for (Node doc : objects(g, span, CG.inDocument)) {
            if (paths.base().covers(doc)) {
                String id = start + "-" + end;
                pos.appendElement("a").attr("href", paths.document(doc, Representation.HTML) + "?passage=" + id + "#passage-" + id)
                        .text("characters " + start + "–" + end + " of the minutes");
            }
        }
        return block;
    }

    /** Triples grouped by property (types first), values or subjects sorted for a stable page. */
    private static Map<Node, List<Node>> grouped(List<Triple> triples, boolean objects) {
        Map<Node, List<Node>> out = new LinkedHashMap<>();
        triples.stream().sorted(Comparator.comparing((Triple t) -> !t.getPredicate().equals(RDF.type.asNode()))
                .thenComparing(t -> t.getPredicate().getURI()))
                .forEach(t -> out.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(objects ? t.getObject() : t.getSubject()));
        out.values().forEach(values -> values.sort(Comparator.comparing(ResourcePage::sortKey)));
        return out;
    }

    /** Numbers padded, so that {@code attendance/2} comes before {@code attendance/10}. */
    private static String sortKey(Node node) {
        return NUMBER.matcher(node.toString()).replaceAll(m -> "0".repeat(Math.max(0, 10 - m.group().length())) + m.group());
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).sorted(Comparator.comparing(Node::toString)).toList();
    }

    private static long number(Graph g, Node s, Node p) {
        return objects(g, s, p).stream().filter(Node::isLiteral).map(n -> n.getLiteralValue())
                .filter(Number.class::isInstance).mapToLong(n -> ((Number) n).longValue()).findFirst().orElse(-1);
    }
}
