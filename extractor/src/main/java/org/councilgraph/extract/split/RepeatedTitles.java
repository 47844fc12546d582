package org.councilgraph.extract.split;

import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;

/**
 * Blanks the running header of one meeting's minutes: each later page of a pack repeats the
 * meeting's title and date at its top ("AUDIT COMMITTEE / 24 SEPTEMBER 2009"), with the page's
 * number above, which would otherwise read as a numbered heading in the middle of an item. Only
 * lines that repeat the title block's first line, the block lines after it and a page number
 * directly above (the first title's included) are blanked;
 * blanking keeps every offset, so what remains is quoted as it stands in the file. A PDF is read
 * without them already (its page furniture is removed as it is read); a pack given as text (a PDF
 * turned to text elsewhere) still has them.
 */
final class RepeatedTitles {

    private RepeatedTitles() {
    }

    /** {@code text} (one meeting's minutes, its title block first) with later repeats of that block blanked. */
    static String blank(String text) {
        List<Line> lines = new DocumentText(text).lines();
        StringBuilder out = new StringBuilder(text);
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || pageNumber(lines.get(first)))) {
            // The page's number printed above the title belongs to the page, not to the minutes.
            blank(out, lines.get(first));
            first++;
        }
        if (first >= lines.size()) {
            return text;
        }
        String title = lines.get(first).trimmed();
        for (int i = first + 1; i < lines.size(); i++) {
            if (!lines.get(i).trimmed().equals(title)) {
                continue;
            }
            if (pageNumber(lines.get(i - 1))) {
                blank(out, lines.get(i - 1));
            }
            int k = 0;
            while (i + k < lines.size() && first + k < lines.size()
                    && !lines.get(i + k).isBlank() && lines.get(i + k).trimmed().equals(lines.get(first + k).trimmed())) {
                blank(out, lines.get(i + k));
                k++;
            }
        }
        return out.toString();
    }

    private static boolean pageNumber(Line line) {
        return line.trimmed().matches("\\d{1,3}");
    }

    private static void blank(StringBuilder out, Line line) {
        for (int c = line.start(); c < line.end(); c++) {
            out.setCharAt(c, ' ');
        }
    }
}
