package org.councilgraph.extract.read;

import java.util.Set;

/** Minutes as plain text: exports, pages flattened to text, PDF transcriptions. */
public final class PlainTextFormat implements MinutesFormat {

    static final Set<String> EXTENSIONS = Set.of("txt", "text");

    PlainTextFormat() {
    }

    @Override
    public String name() {
        return "plain text";
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }

    /** A {@code .txt} file, or any file the user named that is not in another format. */
    @Override
    public boolean accepts(String fileName, byte[] head, boolean named) {
        return named || EXTENSIONS.contains(TextBytes.extension(fileName));
    }

    @Override
    public String text(String name, byte[] bytes) throws UnreadableDocumentException {
        String text = TextBytes.decode(name, bytes);
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name, "the file holds only white space");
        }
        return text;
    }
}
