package org.councilgraph.extract.text;

/** One line of a document's text, without its line break, with its position. */
public record Line(int index, int start, int end, String text) {

    public Span span() {
        return new Span(start, end);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** The span of the line without leading and trailing white space. */
    public Span trimmedSpan() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(start + s, start + e);
    }

    public String trimmed() {
        return text.strip();
    }
}
