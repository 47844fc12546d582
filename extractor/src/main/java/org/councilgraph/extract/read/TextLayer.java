package org.councilgraph.extract.read;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the text a PDF's text layer gives is text at all. A scan has none; a PDF whose fonts
 * map glyphs to the wrong characters gives strings like {@code 6',8 /398+74,8.+2++8}, which
 * render fine on screen but hold few letters and almost no words. Both are judged from general
 * properties of the text (the share of letters among visible characters, the share of
 * whitespace-separated tokens that are words of letters), never from the file.
 */
final class TextLayer {

    /** Below this share of letters among visible characters, the text is not prose. */
    static final double MIN_LETTERS = 0.5;
    /** Below this share of tokens that are words, the text is not prose. */
    static final double MIN_WORDS = 0.4;

    /** A word: letters, perhaps joined by apostrophes or hyphens, perhaps in punctuation. */
    private static final Pattern WORD = Pattern.compile("[\\p{Punct}‘’“”]*\\p{L}+(?:['’-]\\p{L}+)*[\\p{Punct}‘’“”]*");

    private TextLayer() {
    }

    /** Why {@code text} is not a usable text layer, if it is not. */
    static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("the PDF has no text layer (it is probably a scanned image); councilgraph reads a PDF's text "
                    + "and does not OCR it: run OCR on it first (e.g. with ocrmypdf)");
        }
        String[] tokens = text.strip().split("\\s+");
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        long words = Arrays.stream(tokens).filter(t -> WORD.matcher(t).matches()).count();
        double letterShare = (double) letters / visible;
        double wordShare = (double) words / tokens.length;
        if (letterShare < MIN_LETTERS || wordShare < MIN_WORDS) {
            return Optional.of(String.format(Locale.ROOT, "the PDF's text layer is not readable text (%.0f%% of its characters are letters, "
                    + "%.0f%% of its tokens are words): its fonts map glyphs to the wrong characters, or it is a scan; "
                    + "councilgraph does not guess: run OCR on it first (e.g. with ocrmypdf)", 100 * letterShare, 100 * wordShare));
        }
        return Optional.empty();
    }
}
