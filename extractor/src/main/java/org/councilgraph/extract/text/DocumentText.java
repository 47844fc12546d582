package org.councilgraph.extract.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A document's normalised text with its lines, the single text that every extracted fact's
 * span points into.
 */
public final class DocumentText {

    private final String text;
    private final List<Line> lines;
    private final boolean hasSurrogates;

    public DocumentText(String normalisedText) {
        this.text = normalisedText;
        this.lines = Collections.unmodifiableList(splitLines(normalisedText));
        this.hasSurrogates = normalisedText.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    /** Normalises {@code raw} and wraps it. */
    public static DocumentText of(String raw) {
        return new DocumentText(TextNormaliser.normalise(raw));
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public List<Line> lines() {
        return lines;
    }

    public String quote(Span span) {
        return text.substring(span.start(), span.end());
    }

    /** The line holding {@code offset} (the last line when the offset is the end of the text). */
    public Line lineAt(int offset) {
        return lines.get(SortedStarts.lastAtOrBefore(lines, Line::start, offset));
    }

    /** The span shrunk so it neither starts nor ends with white space. */
    public Span trim(Span span) {
        int s = span.start();
        int e = span.end();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new Span(s, e);
    }

    /** The text of a span with every run of white space turned into one space. */
    public String flat(Span span) {
        return WHITE_SPACE.matcher(quote(span)).replaceAll(" ").strip();
    }

    /** Compiled once: {@link #flat} runs for many spans of every document. */
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** Converts a {@code char} offset to a Unicode code point offset. */
    public int codePointOffset(int charOffset) {
        return hasSurrogates ? text.codePointCount(0, charOffset) : charOffset;
    }

    private static List<Line> splitLines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new Line(out.size(), start, i, text.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }
}
