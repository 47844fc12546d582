package org.councilgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented user queries in {@code queries/*.rq}, packaged on the classpath under
 * {@code /queries/}. A query is named by its file name without {@code .rq}.
 */
final class UserQueries {

    /** Every user query, the one a newcomer runs first at the head. */
    static final List<String> NAMES = List.of("who-attended-what", "meeting-attendance", "person-attendance",
            "apologies-per-person", "declarations-of-interest", "committee-resolutions", "post-holders",
            "committee-meetings", "co-attendance", "keyword-search", "identity-links", "posts-over-time");

    private UserQueries() {
    }

    /** The text of a packaged query. */
    static String text(String name) {
        try (InputStream in = UserQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                throw new IllegalArgumentException("no user query named " + name + "; the queries are " + NAMES);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every packaged query, name to text, in {@link #NAMES} order. */
    static Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        NAMES.forEach(name -> all.put(name, text(name)));
        return all;
    }

    /** A query file, or the name of a packaged query when no such file exists. */
    static String read(String fileOrName) throws IOException {
        Path file = Path.of(fileOrName);
        if (Files.isRegularFile(file)) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        String name = fileOrName.endsWith(".rq") ? file.getFileName().toString().replaceFirst("\\.rq$", "") : fileOrName;
        if (NAMES.contains(name)) {
            return text(name);
        }
        throw new IllegalArgumentException("no query file " + fileOrName + " (nor a user query of that name: " + NAMES + ")");
    }
}
