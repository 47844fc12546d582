package org.councilgraph.extract.identity;

import java.util.ArrayList;
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
        return new PostNameKeys(TabSeparatedPairs.read(PostNameKeys.class, RESOURCE, "variant<TAB>word"));
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
