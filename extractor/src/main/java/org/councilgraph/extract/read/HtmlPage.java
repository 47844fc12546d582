package org.councilgraph.extract.read;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved HTML page turned into plain text that keeps its block structure: one line per block,
 * table cells separated by {@code " | "} and list items marked with a bullet, so the layout
 * rules that read text exports also read saved pages.
 */
final class HtmlPage {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "table",
            "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "address", "figure", "figcaption", "hr",
            "form", "fieldset", "caption");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg",
            "iframe", "object", "canvas", "nav", "button", "select", "input", "textarea", "head");

    private final Document document;

    HtmlPage(String html) {
        this.document = Jsoup.parse(html);
    }

    String text() {
        document.select(String.join(",", DROPPED)).remove();
        Element body = document.body();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new TextCollector(out), body);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder out;
        private int preDepth;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                String value = preDepth > 0 ? text.getWholeText() : text.text();
                if (!value.isBlank() || preDepth > 0) {
                    if (preDepth == 0 && needsSpace()) {
                        out.append(' ');
                    }
                    out.append(preDepth > 0 ? value : value.strip());
                }
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth++;
                }
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (tag.equals("li")) {
                    newLine();
                    out.append("• ");
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) {
                    preDepth--;
                }
                if (tag.equals("td") || tag.equals("th")) {
                    out.append(" |");
                } else if (tag.equals("li") || BLOCKS.contains(tag)) {
                    newLine();
                }
            }
        }

        private boolean needsSpace() {
            if (out.isEmpty()) {
                return false;
            }
            char last = out.charAt(out.length() - 1);
            return !Character.isWhitespace(last);
        }

        private void newLine() {
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
    }
}
