package org.councilgraph.extract.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Given names that may name one person: "Mike" and "Michael", "Jon" and "Jonathan". Read from
 * {@code given-name-variants.txt} beside this class, one family of forms a line.
 */
public final class GivenNameVariants {

    private static final String RESOURCE = "given-name-variants.txt";

    private final Map<String, Set<String>> families = new HashMap<>();

    /** The variants of the packaged list. */
    public static GivenNameVariants standard() {
        try (InputStream in = GivenNameVariants.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("given-name variants missing from the classpath: " + RESOURCE);
            }
            return new GivenNameVariants(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private GivenNameVariants(BufferedReader lines) throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            Set<String> family = Set.of(t.toLowerCase(Locale.ROOT).split("\\s+"));
            for (String name : family) {
                families.computeIfAbsent(name, k -> new HashSet<>()).addAll(family);
            }
        }
    }

    /** True when the two given names are one name or variants of one name. */
    public boolean compatible(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || families.getOrDefault(x, Set.of()).contains(y);
    }

    /** True when {@code initial} is the first letter of {@code given} or of one of its variants ("B" for Robert). */
    public boolean initialOf(char initial, String given) {
        char i = Character.toLowerCase(initial);
        String g = given.toLowerCase(Locale.ROOT);
        if (!g.isEmpty() && g.charAt(0) == i) {
            return true;
        }
        return families.getOrDefault(g, Set.of()).stream().anyMatch(v -> v.charAt(0) == i);
    }
}
