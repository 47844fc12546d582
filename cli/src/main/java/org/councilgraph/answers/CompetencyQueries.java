package org.councilgraph.answers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * The SPARQL competency queries in {@code queries/competency/}, packaged on the classpath, parsed
 * once. Each file answers one or more fields of the answers format.
 */
public final class CompetencyQueries {

    static final String[] NAMES = {"meeting", "chair", "present", "apologies", "substitutes", "in_attendance",
        "declarations", "previous_minutes_confirmed", "next_meeting", "items", "resolutions", "person_roles", "people"};

    private final Map<String, Query> queries = new LinkedHashMap<>();

    public CompetencyQueries() {
        for (String name : NAMES) {
            queries.put(name, QueryFactory.create(read("/queries/competency/" + name + ".rq")));
        }
    }

    public Query get(String name) {
        Query q = queries.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no competency query named " + name);
        }
        return q;
    }

    static String read(String resource) {
        try (InputStream in = CompetencyQueries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("query missing from the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
