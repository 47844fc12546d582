package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agenda item number as printed ("369.", "SPCLL.20", "C/152", "(26)", "20.7.1", "9 (a)", "19/1/CNL"),
 * with its shape (the pattern of letters, digits and punctuation shared by the items of one
 * document) and a key to check that numbers rise.
 */
public record ItemNumber(String printed, String shape, List<Integer> order) {

    /** The forms item numbers take; longer forms first. */
    static final String PATTERN = "(?:"
            + "[A-Z]{1,6}\\s?[./]?\\s?\\d{1,4}(?:[./]\\d{1,4})*[a-z]?"      // SPCLL.20, AM119, C/152, C 08/042
            + "|\\d{1,4}(?:[./]\\d{1,4}){1,3}[./][A-Z]{2,6}(?![A-Za-z])"                   // 19/1/CNL
            + "|\\d{1,4}(?:[./]\\d{1,4}){0,3}\\.?\\s?\\((?:[a-z]|[ivx]{1,4}|\\d{1,2})\\)" // 9 (a), 4(d), 221 (28)
            + "|\\d{1,4}\\.?\\s{1,3}[a-z]\\)"                              // 576. a)
            + "|\\d{1,4}[a-zA-Z](?![\\p{L}'’])[.)]?"                        // 4a, 18A, 3b)
            + "|\\d{1,4}(?:[./]\\d{1,4}){0,3}\\.?"                          // 369., 1.0, 20.7.1, 16/137
            + "|\\(\\d{1,4}\\)"                                             // (26)
            + "|\\d{1,4}\\)"                                                // 4)
            + "|\\([A-Za-z]\\)"                                             // (A), (b)
            + "|(?:[ivx]{2,5}|[IVX]{2,5}|i|I)[.)](?=\\s)"                  // ii), iv., III., i)
            + "|[a-z][.)](?=\\s)"                                           // a), b.
            + ")";

    private static final Pattern DATE_LIKE = Pattern.compile("\\d{1,2}[./]\\d{1,2}[./](?:19|20)?\\d\\d");
    private static final Pattern PARTS = Pattern.compile("[A-Za-z]+|\\d+");

    public static ItemNumber of(String printed) {
        String p = printed.strip();
        StringBuilder shape = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Matcher m = PARTS.matcher(p);
        int last = 0;
        while (m.find()) {
            shape.append(p, last, m.start());
            String part = m.group();
            if (Character.isDigit(part.charAt(0))) {
                shape.append('9');
                order.add(Integer.parseInt(part.length() > 6 ? part.substring(0, 6) : part));
            } else if (isRoman(part, p)) {
                shape.append(Character.isLowerCase(part.charAt(0)) ? 'i' : 'I');
                order.add(roman(part.toLowerCase(Locale.ROOT)));
            } else if (part.length() == 1 && Character.isLowerCase(part.charAt(0))) {
                shape.append('a');
                order.add(part.charAt(0) - 'a' + 1);
            } else if (part.length() == 1) {
                shape.append('A');
                order.add(part.charAt(0) - 'A' + 1);
            } else {
                // A fixed prefix such as "SPCLL" or "AM" is part of the shape itself.
                shape.append(part.toUpperCase(Locale.ROOT));
            }
            last = m.end();
        }
        shape.append(p.substring(last));
        // "9 (a)", "8 (1)" and "9 (ii)" number the same kind of sub-item.
        String family = shape.toString().replace(" ", "").replaceAll("(?<=9)\\((?:a|9|i)\\)$", "(x)");
        return new ItemNumber(p, family, order);
    }

    /**
     * The shape without a trailing part reference: "221 (28)" and "576. a)" number items of the
     * same series as "220" and "575.".
     */
    public String series() {
        return shape.replaceAll("\\(x\\)$|a\\)$", "").strip();
    }

    /** True when the number is really a date ("25.08.2015"). */
    public boolean looksLikeDate() {
        return DATE_LIKE.matcher(printed).find();
    }

    /** True for letter-only or bracketed sub-numbers such as "(A)", "a)", "(ii)". */
    public boolean isSubNumber() {
        return shape.equals("(A)") || shape.equals("(a)") || shape.equals("a)") || shape.equals("(i)") || shape.equals("(I)");
    }

    /** Compares two numbers of the same shape by their numeric parts. */
    public int compareOrder(ItemNumber other) {
        for (int i = 0; i < Math.min(order.size(), other.order.size()); i++) {
            int c = Integer.compare(order.get(i), other.order.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(order.size(), other.order.size());
    }

    /**
     * True when {@code part} is a roman numeral: "ii", "iv", "III" (in one case), and "i" or "I" only
     * as a whole number ("i)", "(i)"), since a single "v" or "x" is more often a letter of a series.
     */
    private static boolean isRoman(String part, String printed) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (!lower.matches("[ivx]+") || !part.equals(lower) && !part.equals(part.toUpperCase(Locale.ROOT))) {
            return false;
        }
        boolean alone = printed.chars().noneMatch(Character::isDigit);
        if (part.length() > 1) {
            return alone || printed.contains("(");
        }
        return lower.equals("i") && alone;
    }

    private static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                default -> 10;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
