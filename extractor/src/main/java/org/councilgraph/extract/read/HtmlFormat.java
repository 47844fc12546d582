package org.councilgraph.extract.read;

import java.util.Set;

/** A saved web page: read with jsoup, one line per block, table cells separated by {@code " | "}. */
public final class HtmlFormat implements MinutesFormat {

    private static final Set<String> EXTENSIONS = Set.of("html", "htm", "xhtml");

    HtmlFormat() {
    }

    @Override
    public String name() {
        return "HTML";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    @Override
    public boolean accepts(String fileName, byte[] head, boolean named) {
        if (EXTENSIONS.contains(TextBytes.extension(fileName))) {
            return true;
        }
        String start = TextBytes.start(head, 200);
        boolean markup = start.startsWith("<!doctype html") || start.startsWith("<html")
                || start.startsWith("<?xml") && start.contains("<html");
        return markup && (named || PlainTextFormat.EXTENSIONS.contains(TextBytes.extension(fileName)));
    }

    @Override
    public String text(String name, byte[] bytes) throws UnreadableDocumentException {
        String text = new HtmlPage(TextBytes.decode(name, bytes)).text();
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name, "the HTML page has no text");
        }
        return text;
    }
}
