package org.councilgraph.store.publish;

import java.util.List;

import org.apache.jena.graph.Node;
import org.jsoup.nodes.Element;

/**
 * The page of a retired IRI that was split: a resource once published (a resolved person whose
 * mentions new evidence has divided) replaced by several, each linked with its label. Answered
 * with {@code 300 Multiple Choices}; a retired IRI with one successor is a redirect instead.
 */
final class SuccessorsPage {

    private final PublishedPaths paths;

    SuccessorsPage(PublishedPaths paths) {
        this.paths = paths;
    }

    /** The page of {@code retired}, replaced by {@code successors}. */
    String render(Node retired, List<ResourceDescriber.Successor> successors) {
        Element main = HtmlPage.create("Replaced resource");
        main.appendElement("h1").text("This resource has been replaced");
        main.appendElement("p").addClass("iri").appendElement("code").text(retired.getURI());
        main.appendElement("p").text("What this IRI named was found to be " + successors.size()
                + " resources when more minutes were resolved; it is replaced by each of them (dcterms:isReplacedBy):");
        Element list = main.appendElement("ul").addClass("successors");
        for (ResourceDescriber.Successor s : successors) {
            HtmlPage.link(list.appendElement("li"), paths.href(s.iri()), s.label() == null ? s.iri().getURI() : s.label());
        }
        Element old = main.appendElement("p");
        HtmlPage.link(old, paths.document(retired, Representation.HTML), "What is recorded about the retired IRI");
        return HtmlPage.html(main);
    }
}
