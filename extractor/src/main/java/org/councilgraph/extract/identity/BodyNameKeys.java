package org.councilgraph.extract.identity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The key under which the names of one council, or of one committee of a council, agree across
 * documents: "Planning Cttee", "the Planning Committee" and "Planning Committee of Weston Parish
 * Council" all give {@code planning committee}; "Weston PC" and "Weston Parish Council" give
 * {@code weston parish council}. A key depends on the name (and, for a committee, its council's
 * name) alone, never on the other documents, so a resolved body's IRI, made from its key, is the
 * same whatever else is loaded. Short forms are read from {@code body-name-abbreviations.txt}.
 * Each key comes with what was done to the name to reach it, in words, as the evidence of a link.
 */
public final class BodyNameKeys {

    private static final String RESOURCE = "body-name-abbreviations.txt";
    private static final Set<String> COUNCIL_KINDS = Set.of("parish", "town", "borough", "district", "county", "city",
            "community", "metropolitan");
    /** The words that name a council's own meeting as a body: "Full Council", "Parish Council" of a parish council. */
    private static final String FULL_COUNCIL = "council";

    private final Map<String, String> abbreviations;

    /** A key and the readings that led to it ("'cttee' read as 'committee'"), in the order applied. */
    public record Key(String key, List<String> readings) {

        public Key {
            readings = List.copyOf(readings);
        }

        /** Whether the key is that of the council's own meeting ("Full Council"), a body that is the council itself. */
        public boolean councilsOwnMeeting() {
            return key.equals(FULL_COUNCIL);
        }

        /** The readings in words, or "the same name" when the name needed none. */
        public String reason() {
            return readings.isEmpty() ? "the same name" : String.join("; ", readings);
        }
    }

    private BodyNameKeys(Map<String, String> abbreviations) {
        this.abbreviations = Map.copyOf(abbreviations);
    }

    /** The keys with the packaged short forms. */
    public static BodyNameKeys standard() {
        return new BodyNameKeys(TabSeparatedPairs.read(BodyNameKeys.class, RESOURCE, "short form<TAB>words"));
    }

    /** The key of a council's name: short forms written out, "the" left out, "Borough Council of X" read as "X Borough Council". */
    public Key council(String name) {
        List<String> readings = new ArrayList<>();
        List<String> words = words(name, readings);
        int of = words.indexOf("of");
        if (of > 0 && words.get(of - 1).equals("council") && words.subList(0, of - 1).stream().allMatch(COUNCIL_KINDS::contains)) {
            List<String> moved = new ArrayList<>(words.subList(of + 1, words.size()));
            moved.addAll(words.subList(0, of));
            readings.add("'" + String.join(" ", words) + "' read as '" + String.join(" ", moved) + "'");
            words = moved;
        }
        return new Key(String.join(" ", words), readings);
    }

    /**
     * The key of a committee's name within council {@code councilName} (null when unknown): short
     * forms written out, "the" and a closing "meeting" left out, the council's name left out before
     * or after it ("of Weston Parish Council"). A name that is nothing but the council's name or
     * kind ("Full Council", "Parish Council" of a parish council) is the council's own meeting,
     * key {@code council}.
     */
    public Key committee(String name, String councilName) {
        List<String> readings = new ArrayList<>();
        List<String> words = words(name, readings);
        List<String> council = councilName == null ? List.of() : Arrays.asList(council(councilName).key().split(" "));
        if (!council.isEmpty()) {
            words = withoutCouncil(words, council, readings);
        }
        if (words.size() > 1 && words.get(words.size() - 1).equals("meeting")) {
            words = words.subList(0, words.size() - 1);
            readings.add("'meeting' left out");
        }
        if (ownMeeting(words, council)) {
            readings.add("'" + String.join(" ", words) + "' is the council's own meeting");
            words = List.of(FULL_COUNCIL);
        }
        return new Key(String.join(" ", words), readings);
    }

    private static boolean ownMeeting(List<String> words, List<String> council) {
        if (words.isEmpty() || words.equals(council) || words.equals(List.of(FULL_COUNCIL)) || words.equals(List.of("full", FULL_COUNCIL))
                || words.equals(List.of("meeting"))) {
            return true;
        }
        // "Parish Council" of "Weston Parish Council": the council's kind words alone.
        return words.size() < council.size() && council.subList(council.size() - words.size(), council.size()).equals(words)
                && words.get(words.size() - 1).equals(FULL_COUNCIL) && words.stream().allMatch(w -> w.equals(FULL_COUNCIL) || COUNCIL_KINDS.contains(w));
    }

    private static List<String> withoutCouncil(List<String> words, List<String> council, List<String> readings) {
        int n = words.size();
        int c = council.size();
        for (String[] tail : new String[][] {{"of", "the"}, {"of"}}) {
            int t = tail.length;
            if (n > c + t && words.subList(n - c - t, n - c).equals(List.of(tail)) && words.subList(n - c, n).equals(council)) {
                readings.add("'" + String.join(" ", words.subList(n - c - t, n)) + "' left out");
                return words.subList(0, n - c - t);
            }
        }
        if (n > 3 && words.subList(n - 3, n).equals(List.of("of", "the", FULL_COUNCIL))) {
            readings.add("'of the council' left out");
            return words.subList(0, n - 3);
        }
        if (n > c && words.subList(0, c).equals(council)) {
            readings.add("the council's name before it left out");
            return words.subList(c, n);
        }
        return words;
    }

    /** The name's words folded (lower case, no accents, "&" as "and"), short forms written out and a leading "the" left out. */
    private List<String> words(String name, List<String> readings) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String folded = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’]", "").replaceAll("[^a-z0-9]+", " ").strip();
        List<String> out = new ArrayList<>();
        for (String w : folded.isEmpty() ? new String[0] : folded.split(" ")) {
            String full = abbreviations.get(w);
            if (full != null) {
                readings.add("'" + w + "' read as '" + full + "'");
                out.addAll(List.of(full.split(" ")));
            } else {
                out.add(w);
            }
        }
        if (out.size() > 1 && out.get(0).equals("the")) {
            readings.add("'the' left out");
            out.remove(0);
        }
        return out;
    }
}
