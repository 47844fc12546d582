package org.councilgraph.store.publish;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The frame every HTML page of the server shares: title, a small style sheet, the site header
 * with the search box. Pages are built as jsoup trees and only ever given text with
 * {@code text()} and {@code attr()}, which escape it: minutes are untrusted input.
 */
final class HtmlPage {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:0 1rem;line-height:1.4;color:#222}
            header{display:flex;gap:1rem;align-items:center;border-bottom:1px solid #ccc;padding:.5rem 0}
            header a.home{font-weight:bold;text-decoration:none}
            table{border-collapse:collapse;width:100%}td,th{border-top:1px solid #eee;padding:.3rem;vertical-align:top;text-align:left}
            th{width:14rem;font-weight:normal;color:#555}.type,.iri{color:#555}.iri code{word-break:break-all}
            blockquote{margin:.2rem 0;padding:.2rem .5rem;border-left:3px solid #aac;white-space:pre-wrap;background:#f7f7fb}
            .passage:target,.passage.highlighted{background:#fff3a0;border-left-color:#d90}
            mark{background:#fff3a0}.pos{font-size:.85em;color:#555}nav.views a{margin-right:.6rem}
            """;

    private HtmlPage() {
    }

    /** A new page titled {@code title}, with the header; add content to the returned {@code main}. */
    static Element create(String title) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset("UTF-8");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("title").text(title + " · councilgraph");
        doc.head().appendElement("style").appendText(STYLE);
        Element header = doc.body().appendElement("header");
        header.appendElement("a").addClass("home").attr("href", "/").text("councilgraph");
        Element search = header.appendElement("form").attr("action", SearchPage.PATH).attr("method", "get").attr("role", "search");
        search.appendElement("input").attr("type", "search").attr("name", "q").attr("aria-label", "Search the minutes")
                .attr("placeholder", "Search item headings, minutes, resolutions");
        search.appendElement("button").attr("type", "submit").text("Search");
        header.appendElement("a").attr("href", PublishedPaths.ONTOLOGY).text("Vocabulary");
        header.appendElement("a").attr("href", "/.well-known/void").text("Dataset");
        return doc.body().appendElement("main");
    }

    /** The whole page of {@code main}, serialised. */
    static String html(Element main) {
        return "<!DOCTYPE html>\n" + main.ownerDocument().html();
    }

    /** Appends a link to {@code parent}, or plain text when {@code href} is null. */
    static Element link(Element parent, String href, String text) {
        if (href == null) {
            return parent.appendElement("span").text(text);
        }
        return parent.appendElement("a").attr("href", href).text(text);
    }
}
