package org.councilgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Minutes of invented people in the shapes that once cost more than their size: a list of
 * attendees on one line or one to a line, and running text on one line or five sentences to a
 * line. Seeded, so each call gives the same text; every attendee's name is distinct ("Alan B
 * Corwick"), made of common given names and invented family names.
 */
final class GeneratedMinutes {

    private static final String[] GIVEN = {"Alan", "Brenda", "Carl", "Diane", "Edwin", "Fiona", "Gareth", "Helen", "Ivor",
        "Janet", "Keith", "Linda", "Martin", "Norma", "Owen", "Pauline", "Quentin", "Rita", "Stuart", "Tessa"};
    private static final String INITIALS = "ABCDEFGHJKLMNPRSTW";
    private static final String[] FIRST = {"Bra", "Cor", "Dun", "Fel", "Gar", "Hol", "Kem", "Lor", "Mar", "Nor", "Pel",
        "Quin", "Ros", "Sta", "Tor", "Vel", "Wex", "Yar"};
    private static final String[] SECOND = {"dell", "wick", "more", "ston", "ham", "ley", "by", "field", "worth", "croft",
        "bury", "ford"};
    private static final int NAMES = GIVEN.length * INITIALS.length() * FIRST.length * SECOND.length;
    private static final String HEADER = "Northshire District Council\nPlanning Committee\n"
            + "Minutes of the meeting held on Tuesday, 4 March 2025 at 7.00 pm\n\n";

    private GeneratedMinutes() {
    }

    /** The {@code i}th attendee's name without its title; distinct for the first 77,760. */
    static String attendee(int i) {
        // A stride prime to the number of names spreads neighbours over the family names.
        int k = (int) ((long) i * 7919 % NAMES);
        return GIVEN[k % GIVEN.length] + " " + INITIALS.charAt(k / GIVEN.length % INITIALS.length()) + " "
                + FIRST[k / (GIVEN.length * INITIALS.length()) % FIRST.length]
                + SECOND[k / (GIVEN.length * INITIALS.length() * FIRST.length) % SECOND.length];
    }

    /** The names of the first {@code n} attendees. */
    static List<String> attendees(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(attendee(i));
        }
        return out;
    }

    /** "Present: Councillor ..., Councillor ...": {@code n} attendees on one line. */
    static String attendeesOnOneLine(int n) {
        return HEADER + "Present: " + String.join(", ", attendees(n).stream().map(a -> "Councillor " + a).toList())
                + ".\n\n1. Apologies\nThere were no apologies.\n";
    }

    /** "Present:" and then {@code n} attendees, one to a line. */
    static String attendeesOnePerLine(int n) {
        return HEADER + "Present:\n" + String.join("\n", attendees(n).stream().map(a -> "Councillor " + a).toList())
                + "\n\n1. Apologies\nThere were no apologies.\n";
    }

    /** Eight attendees, then about {@code chars} characters of discussion, resolutions and declarations on one line. */
    static String proseOnOneLine(int chars) {
        return proseHeader() + String.join(" ", sentences(chars)) + "\n";
    }

    /** The same discussion as {@link #proseOnOneLine}, five sentences to a line. */
    static String proseInLines(int chars) {
        List<String> sentences = sentences(chars);
        StringBuilder b = new StringBuilder(proseHeader());
        for (int i = 0; i < sentences.size(); i += 5) {
            b.append(String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + 5)))).append('\n');
        }
        return b.toString();
    }

    private static String proseHeader() {
        return HEADER + "Present: " + String.join(", ", attendees(8).stream().map(a -> "Councillor " + a).toList())
                + ".\n\n1. Planning application\n";
    }

    private static List<String> sentences(int chars) {
        Random random = new Random(14);
        List<String> out = new ArrayList<>();
        int length = 0;
        while (length < chars) {
            String someone = GIVEN[random.nextInt(GIVEN.length)] + " " + FIRST[random.nextInt(FIRST.length)]
                    + SECOND[random.nextInt(SECOND.length)];
            String s = switch (random.nextInt(5)) {
                case 0 -> "Councillor " + someone + " asked about the drainage scheme and the officer confirmed that the report would be circulated.";
                case 1 -> someone + " confirmed that the consultation had closed on time.";
                case 2 -> "Members discussed the application at length and noted the concerns of residents about parking.";
                case 3 -> "Councillor " + someone + " declared a personal interest in item " + (1 + random.nextInt(20))
                        + " as a member of the parish council.";
                default -> "RESOLVED that the application be approved subject to the conditions set out in the report.";
            };
            out.add(s);
            length += s.length() + 1;
        }
        return out;
    }
}
