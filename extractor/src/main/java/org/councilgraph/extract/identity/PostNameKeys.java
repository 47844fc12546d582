package org.councilgraph.extract.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key under which the spellings of one post agree across documents: "Chairman",
 * "Chairperson" and "Chair" give {@code chair}, "Vice-Chairman" and "Vice Chair" give
 * {@code vice-chair}. A key is read from a role's slug (the last segment of its IRI) alone, so the
 * post it names is the same whatever else is loaded; variant words are read from
 * {@code post-name-variants.txt}. Each key comes with what was done to reach it, in words.
 */
public final class PostNameKeys {

    private static final String RESOURCE = "post-name-variants.txt";

    private final Map<String, String> variants;

    /** A post's key (a slug) and the readings that led to it ("'chairman' read as 'chair'"). */
    public record Key(String key, List<String> readings) {

        public Key {
            readings = List.copyOf(readings);
        }
    }

    private PostNameKeys(Map<String, String> variants) {
        this.variants = Map.copyOf(variants);
    }

    /** The keys with the packaged variants. */
    public static PostNameKeys standard() {
        try (InputStream in = PostNameKeys.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("post-name variants missing from the classpath: " + RESOURCE);
            }
            Map<String, String> map = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException(RESOURCE + ": not 'variant<TAB>word': " + line);
                }
                map.put(cells[0].strip(), cells[1].strip());
            }
            return new PostNameKeys(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of the post whose role slug is {@code slug} ("vice-chairman" gives "vice-chair"). */
    public Key of(String slug) {
        List<String> readings = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (String w : slug.split("-")) {
            String word = variants.get(w);
            if (word != null) {
                readings.add("'" + w + "' read as '" + word + "'");
                words.add(word);
            } else {
                words.add(w);
            }
        }
        return new Key(String.join("-", words), readings);
    }
}
