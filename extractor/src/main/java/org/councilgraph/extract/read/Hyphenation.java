package org.councilgraph.extract.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins words a PDF broke with a hyphen at a line end: a line ending in a letter and a hyphen,
 * followed by a line starting with a letter, become one line. Most such hyphens in minutes belong
 * to the word ("decision-" / "making", "Barrington-" / "King"), so the hyphen stays, unless the
 * word goes on in lower case and the document itself writes it whole elsewhere ("recom-" /
 * "mendation" where "recommendation" occurs), which shows the hyphen was only the line break's.
 */
final class Hyphenation {

    private static final Pattern BROKEN_END = Pattern.compile(".*?(\\p{L}+)-\\s*");
    private static final Pattern LETTER_START = Pattern.compile("\\s*(\\p{L}+).*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private Hyphenation() {
    }

    /** The pages, each a list of lines, with every hyphenated line end joined to the line after it. */
    static List<List<String>> join(List<List<String>> pages) {
        Set<String> words = new HashSet<>();
        for (List<String> page : pages) {
            for (String line : page) {
                Matcher m = WORD.matcher(line);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        List<List<String>> out = new ArrayList<>(pages.size());
        for (List<String> page : pages) {
            out.add(join(page, words));
        }
        return out;
    }

    private static List<String> join(List<String> lines, Set<String> words) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int last = out.size() - 1;
            Matcher end = last >= 0 ? BROKEN_END.matcher(out.get(last)) : null;
            Matcher start = LETTER_START.matcher(line);
            if (end != null && end.matches() && start.matches()) {
                String before = out.get(last).stripTrailing();
                boolean lower = Character.isLowerCase(start.group(1).codePointAt(0));
                boolean whole = lower && words.contains((end.group(1) + start.group(1)).toLowerCase(Locale.ROOT));
                String head = whole ? before.substring(0, before.length() - 1) : before;
                out.set(last, head + line.stripLeading());
            } else {
                out.add(line);
            }
        }
        return out;
    }
}
