package org.councilgraph.store.publish;

import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.councilgraph.ontology.CG;
import org.jsoup.nodes.Element;

/**
 * The documentation page of the vocabulary, generated from {@code ontology/councilgraph.ttl}:
 * its header, then each class, property and concept with its label, comment, super-terms,
 * domain, range and alignments with other vocabularies. Each term's section has the term's
 * local name as its id, so {@code /ontology#Person} lands on it.
 */
final class OntologyPage {

    private static final String SKOS_NS = SKOS.uri;
    private static final List<Node> ALIGNMENTS = List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(),
            OWL.equivalentClass.asNode(), OWL.equivalentProperty.asNode(), OWL.inverseOf.asNode(),
            node(SKOS_NS + "exactMatch"), node(SKOS_NS + "closeMatch"), node(SKOS_NS + "broadMatch"), node(SKOS_NS + "narrowMatch"),
            node(SKOS_NS + "relatedMatch"), SKOS.inScheme.asNode());

    private final PublishedPaths paths;

    OntologyPage(PublishedPaths paths) {
        this.paths = paths;
    }

    String render(Graph ontology) {
        Node self = CG.ONTOLOGY;
        String title = literal(ontology, self, RDFS.label.asNode());
        Element main = HtmlPage.create(title);
        main.appendElement("h1").text(title);
        main.appendElement("p").addClass("iri").appendText("Namespace: ").appendElement("code").text(CG.NS);
        Element nav = main.appendElement("nav").addClass("views").id("views");
        nav.appendText("As data: ");
        for (Representation form : Representation.values()) {
            if (form.isRdf()) {
                nav.appendElement("a").attr("href", PublishedPaths.ONTOLOGY + "." + form.extension()).text(form.title());
            }
        }
        main.appendElement("p").text(literal(ontology, self, RDFS.comment.asNode()));
        section(main, ontology, "classes", "Classes", OWL.Class.asNode());
        section(main, ontology, "object-properties", "Object properties", OWL.ObjectProperty.asNode());
        section(main, ontology, "datatype-properties", "Datatype properties", OWL.DatatypeProperty.asNode());
        section(main, ontology, "concept-schemes", "Concept schemes", SKOS.ConceptScheme.asNode());
        section(main, ontology, "concepts", "Concepts", SKOS.Concept.asNode());
        return HtmlPage.html(main);
    }

    private void section(Element main, Graph ontology, String id, String heading, Node type) {
        List<Node> terms = ontology.find(Node.ANY, RDF.type.asNode(), type).toList().stream().map(Triple::getSubject)
                .filter(t -> t.isURI() && t.getURI().startsWith(CG.NS)).sorted(Comparator.comparing(Node::getURI)).toList();
        Element section = main.appendElement("section").id(id);
        section.appendElement("h2").text(heading + " (" + terms.size() + ")");
        Element toc = section.appendElement("p");
        terms.forEach(t -> toc.appendElement("a").attr("href", "#" + t.getLocalName()).text(t.getLocalName()).after(" "));
        for (Node term : terms) {
            Element entry = section.appendElement("article").id(term.getLocalName());
            entry.appendElement("h3").text(Labels.term(term) + " ").appendElement("code").text("cg:" + term.getLocalName());
            String comment = literal(ontology, term, RDFS.comment.asNode());
            if (!comment.isEmpty()) {
                entry.appendElement("p").text(comment);
            }
            Element table = entry.appendElement("table");
            row(table, ontology, term, RDFS.domain.asNode(), "domain");
            row(table, ontology, term, RDFS.range.asNode(), "range");
            for (Node p : ALIGNMENTS) {
                row(table, ontology, term, p, p.getLocalName());
            }
        }
    }

    private void row(Element table, Graph ontology, Node term, Node property, String name) {
        List<Node> values = ontology.find(term, property, Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isURI).sorted(Comparator.comparing(Node::getURI)).toList();
        if (values.isEmpty()) {
            return;
        }
        Element row = table.appendElement("tr");
        row.appendElement("th").text(name);
        Element cell = row.appendElement("td");
        for (Node v : values) {
            HtmlPage.link(cell.appendElement("div"), paths.href(v), v.getURI().startsWith(CG.NS) ? "cg:" + v.getLocalName() : v.getURI());
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse("");
    }

    private static Node node(String iri) {
        return NodeFactory.createURI(iri);
    }
}
