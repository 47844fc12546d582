package org.councilgraph.extract.text;

/**
 * Normalises text without changing its length, so every offset into the normalised text is
 * also an offset into the text as read.
 *
 * <p>Only characters whose meaning survives a one-for-one swap are touched: exotic spaces and
 * invisible characters become plain spaces, and line and page separators become line breaks.
 * Quotes, dashes and letters are kept as written because names and titles are quoted back.
 */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(replacement(c, i + 1 < text.length() ? text.charAt(i + 1) : 0));
        }
        return out.toString();
    }

    private static char replacement(char c, char next) {
        if (c == '\r') {
            // CRLF becomes " \n"; a lone CR is an old Mac line break.
            return next == '\n' ? ' ' : '\n';
        }
        if (c == '\u2028' || c == '\u2029' || c == '\f' || c == '\u000B' || c == '\u0085') {
            return '\n';
        }
        if (c == '\u00A0' || c == '\u202F' || c == '\u205F' || c == '\u3000'
                || (c >= '\u2000' && c <= '\u200A')) {
            return ' ';
        }
        if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                || c == '\u00AD') {
            return ' ';
        }
        // Private-use glyphs are bullets from symbol fonts in PDF and Word exports.
        if (c >= '\uE000' && c <= '\uF8FF') {
            return ' ';
        }
        if (Character.isISOControl(c) && c != '\n' && c != '\t') {
            return ' ';
        }
        return c;
    }
}
