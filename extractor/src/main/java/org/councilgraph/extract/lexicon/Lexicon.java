package org.councilgraph.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A list of words or phrases loaded from a data file under {@code lexicon/}, matched
 * case-insensitively and ignoring full stops, with an optional value per entry.
 *
 * <p>File format: one entry per line; {@code #} starts a comment; an entry may carry a value
 * after {@code =} (for example a plural honorific and its singular: {@code Councillors = Councillor}).
 * Multi-word entries are matched as whole token sequences by {@link #longestMatch(List, int)}.
 */
public final class Lexicon {

    /** Capital letters joined by full stops: "M.R", "J.C.", which matching ignoring full stops would read as "MR", "JC". */
    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?");

    private final String name;
    private final Map<String, String> entries;
    private final int maxWords;
    private final boolean initialsNeverMatch;
    /** The tags of each value, split once: looked up for many words of every document. */
    private final Map<String, List<String>> tagsOfValues = new java.util.HashMap<>();

    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TAG_SEPARATOR = java.util.regex.Pattern.compile("\\s*,\\s*");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}&]+");

    private Lexicon(String name, Map<String, String> entries, boolean initialsNeverMatch) {
        this.name = name;
        this.entries = Collections.unmodifiableMap(entries);
        entries.values().forEach(v -> tagsOfValues.computeIfAbsent(v, Lexicon::tagsOf));
        this.maxWords = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(1);
        this.initialsNeverMatch = initialsNeverMatch;
    }

    /**
     * This lexicon, refusing words written as dotted initials: "M.R" is a person's initials, never
     * the title "Mr" (a lexicon of post-nominals keeps them: "J.P." is "JP").
     */
    public Lexicon withInitialsNeverMatching() {
        return new Lexicon(name, entries, true);
    }

    /** Loads {@code lexicon/<name>.txt} from the classpath. */
    public static Lexicon load(String name) {
        String resource = name + ".txt";
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file missing from the classpath: " + resource);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** Builds a lexicon from lines in the data-file format. */
    public static Lexicon parse(String name, List<String> lines) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq >= 0 ? line.substring(0, eq).strip() : line;
            String value = eq >= 0 ? line.substring(eq + 1).strip() : key;
            entries.putIfAbsent(key(key), value);
        }
        return new Lexicon(name, entries, false);
    }

    /** The matching key of a word or phrase: lower case, full stops dropped, spaces single. */
    public static String key(String text) {
        // Looked up for nearly every word of a document: most are one word, with nothing to replace.
        String plain = text.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
        return hasSpaceOrDash(plain) ? SPACES_AND_DASHES.matcher(plain).replaceAll(" ").strip() : plain.strip();
    }

    /** True when {@code text} holds a character {@link #SPACES_AND_DASHES} matches. */
    private static boolean hasSpaceOrDash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // The regular expression's \s: space, tab, newline, vertical tab, form feed, carriage return.
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '-'
                    || c >= '\u2010' && c <= '\u2015') {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern SPACES_AND_DASHES = java.util.regex.Pattern.compile("[\\s\\u2010-\\u2015-]+");

    public String name() {
        return name;
    }

    public boolean contains(String phrase) {
        return !refused(phrase) && entries.containsKey(key(phrase));
    }

    /**
     * True when {@code phrase} is an entry tagged {@code tag}: its value is the tag, or a list of
     * tags separated by commas that holds it ("was = auxiliary, sentence, ends-list").
     */
    public boolean contains(String phrase, String tag) {
        return value(phrase).map(v -> tags(v).contains(tag)).orElse(false);
    }

    /** True when {@code phrase} is an entry tagged with any of {@code tags}. */
    public boolean containsAny(String phrase, java.util.Set<String> tags) {
        return value(phrase).map(v -> tags(v).stream().anyMatch(tags::contains)).orElse(false);
    }

    /**
     * The tags of the entries that a word, or a pair of adjacent words, of {@code text} matches:
     * for "Head of Democratic Services", those of "head" and "services".
     */
    public java.util.Set<String> tagsIn(String text) {
        String[] words = NOT_WORD.split(key(text));
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            java.util.Optional.ofNullable(entries.get(words[i])).ifPresent(v -> out.addAll(tags(v)));
            if (i + 1 < words.length) {
                java.util.Optional.ofNullable(entries.get(words[i] + " " + words[i + 1])).ifPresent(v -> out.addAll(tags(v)));
            }
        }
        return out;
    }

    /** True when a word, or a pair of adjacent words, of {@code text} is an entry. */
    public boolean anyIn(String text) {
        return !tagsIn(text).isEmpty();
    }

    /** The entries tagged {@code tag}, as matching keys. */
    public List<String> keysTagged(String tag) {
        return entries.entrySet().stream().filter(e -> tags(e.getValue()).contains(tag)).map(Map.Entry::getKey).toList();
    }

    /**
     * A regular expression alternation of {@code keys} as text writes them: words apart by white
     * space or a hyphen, a full stop after any word optional; longest first, so the longest wins.
     */
    public static String alternation(List<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        List<String> out = new ArrayList<>();
        for (String k : sorted) {
            List<String> words = new ArrayList<>();
            for (String w : k.split(" ")) {
                words.add(java.util.regex.Pattern.quote(w));
            }
            out.add(String.join("[\\s\\-]+", words));
        }
        return String.join("|", out);
    }

    private List<String> tags(String value) {
        List<String> known = tagsOfValues.get(value);
        return known != null ? known : tagsOf(value);
    }

    private static List<String> tagsOf(String value) {
        return List.of(TAG_SEPARATOR.split(value));
    }

    public Optional<String> value(String phrase) {
        return refused(phrase) ? Optional.empty() : Optional.ofNullable(entries.get(key(phrase)));
    }

    private boolean refused(String phrase) {
        // Dotted initials hold a full stop: without one, nothing to split and match.
        if (initialsNeverMatch && phrase.indexOf('.') >= 0) {
            for (String word : WHITE_SPACE.split(phrase.strip())) {
                if (DOTTED_INITIALS.matcher(word).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    public int size() {
        return entries.size();
    }

    public List<String> keys() {
        return new ArrayList<>(entries.keySet());
    }

    /**
     * The number of words, starting at {@code from}, of the longest entry matching there, or 0.
     */
    public int longestMatch(List<String> words, int from) {
        for (int n = Math.min(maxWords, words.size() - from); n >= 1; n--) {
            String phrase = String.join(" ", words.subList(from, from + n));
            if (!refused(phrase) && entries.containsKey(key(phrase))) {
                return n;
            }
        }
        return 0;
    }
}
