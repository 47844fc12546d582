package org.councilgraph.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Synthetic training sentences for the name finder: the templates of
 * {@code synthetic-templates.txt} filled with mentions taken from real annotated documents. They
 * show the model the shapes of minutes (names in lists after a plural title, a post in brackets
 * after a name) with more names and posts than the real sentences hold. Only the training
 * documents' mentions are used, so cross-validation never leaks a test document's names, and a
 * fixed seed makes them reproducible.
 */
final class SyntheticSentences {

    private static final String[] TITLES = {"Mr", "Mrs", "Ms", "Dr", "Councillor", "Cllr", "Cllr", "Councillor"};
    private static final String[] PLURAL_TITLES = {"Councillors", "Cllrs"};

    private final List<String> templates;

    private SyntheticSentences(List<String> templates) {
        this.templates = templates;
    }

    /** The packaged templates, read once. */
    static SyntheticSentences packaged() {
        return Packaged.TEMPLATES;
    }

    private static final class Packaged {
        static final SyntheticSentences TEMPLATES = read();
    }

    private static SyntheticSentences read() {
        try (InputStream in = SyntheticSentences.class.getResourceAsStream("synthetic-templates.txt")) {
            if (in == null) {
                throw new IllegalStateException("synthetic-templates.txt missing from the classpath");
            }
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
            return new SyntheticSentences(lines);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read synthetic-templates.txt", e);
        }
    }

    /**
     * {@code count} sentences from the mentions of {@code documents}, as one document of their
     * own; empty when the documents lack a kind of mention the templates need.
     */
    List<NameSample> generate(List<AnnotatedDocument> documents, int count, long seed) {
        Set<List<String>> people = new LinkedHashSet<>();
        Set<List<String>> roles = new LinkedHashSet<>();
        Set<List<String>> organisations = new LinkedHashSet<>();
        for (AnnotatedDocument d : documents) {
            for (NameSample s : d.sentences()) {
                for (Span n : s.getNames()) {
                    List<String> words = List.of(Arrays.copyOfRange(s.getSentence(), n.getStart(), n.getEnd()));
                    switch (n.getType()) {
                        case "person" -> people.add(words);
                        case "role" -> roles.add(words);
                        case "organisation" -> organisations.add(words);
                        default -> { }
                    }
                }
            }
        }
        if (people.isEmpty() || roles.isEmpty() || organisations.isEmpty() || templates.isEmpty()) {
            return List.of();
        }
        Vocabulary v = new Vocabulary(new ArrayList<>(people), new ArrayList<>(roles), new ArrayList<>(organisations),
                new Random(seed));
        List<NameSample> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(fill(templates.get(v.random.nextInt(templates.size())), v, i == 0));
        }
        return out;
    }

    private record Vocabulary(List<List<String>> people, List<List<String>> roles, List<List<String>> organisations,
            Random random) {

        List<String> pick(List<List<String>> from) {
            return from.get(random.nextInt(from.size()));
        }

        String surname() {
            List<String> person = pick(people);
            return person.get(person.size() - 1);
        }
    }

    private static NameSample fill(String template, Vocabulary v, boolean startsDocument) {
        List<String> words = new ArrayList<>();
        List<Span> names = new ArrayList<>();
        for (String token : template.split(" ")) {
            switch (token) {
                case "{PERSON}" -> add(words, names, v.pick(v.people), "person");
                case "{SURNAME}" -> add(words, names, List.of(v.surname()), "person");
                case "{ROLE}" -> add(words, names, v.pick(v.roles), "role");
                case "{ORG}" -> add(words, names, v.pick(v.organisations), "organisation");
                case "{HON}" -> words.add(TITLES[v.random.nextInt(TITLES.length)]);
                case "{HONS}" -> words.add(PLURAL_TITLES[v.random.nextInt(PLURAL_TITLES.length)]);
                case "{SURNAMES}" -> {
                    int n = 2 + v.random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            words.add(i == n - 1 ? "and" : ",");
                        }
                        add(words, names, List.of(v.surname()), "person");
                    }
                }
                default -> words.add(token);
            }
        }
        return new NameSample(words.toArray(new String[0]), names.toArray(new Span[0]), startsDocument);
    }

    private static void add(List<String> words, List<Span> names, List<String> mention, String type) {
        names.add(new Span(words.size(), words.size() + mention.size(), type));
        words.addAll(mention);
    }
}
