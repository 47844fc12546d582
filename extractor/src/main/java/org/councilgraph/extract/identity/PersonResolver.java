package org.councilgraph.extract.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.councilgraph.extract.rdf.ResourceIris;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * Resolves the people of a batch of documents to persons across documents, within one council.
 * Mentions are taken fullest name first, in an order that does not depend on the order of the
 * documents, and each joins the one person it is compatible with: compatible with every mention
 * already linked to that person (see {@link NameCompatibility}), and that person not already
 * named in the same document (two people listed at one meeting are two people). A mention that
 * fits two persons ("Councillor Crooks" beside a J Crooks and a W Crooks) stays a person of its
 * own and takes no later mentions. Documents of an unknown council are not linked to others.
 * A canonical person's IRI is {@code person/{council}/{family}-{given name or initials}} from its
 * fullest name, with a hash of its mentions when two persons of the council would share it.
 */
public final class PersonResolver {

    private final NameCompatibility names;

    public PersonResolver(GivenNameVariants variants) {
        this.names = new NameCompatibility(variants);
    }

    public PersonResolver() {
        this(GivenNameVariants.standard());
    }

    private static final class Cluster {
        final List<PersonMention> members = new ArrayList<>();
        boolean closed;
    }

    public PersonResolution resolve(List<PersonMention> mentions) {
        Map<String, List<PersonMention>> byCouncil = new TreeMap<>();
        for (PersonMention m : mentions) {
            if (m.council() != null) {
                byCouncil.computeIfAbsent(ResourceIris.slug(m.council()), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Map<Node, Node>> canonical = new HashMap<>();
        Map<String, Map<String, Node>> byName = new HashMap<>();
        List<PersonResolution.Link> links = new ArrayList<>();
        byCouncil.forEach((council, ms) -> resolveCouncil(council, ms, canonical, byName, links));
        links.sort(Comparator.comparing((PersonResolution.Link l) -> l.person().getURI())
                .thenComparing(PersonResolution.Link::document).thenComparing(l -> l.mention().getURI()));
        return new PersonResolution(canonical, byName, links);
    }

    private void resolveCouncil(String council, List<PersonMention> mentions,
            Map<String, Map<Node, Node>> canonical, Map<String, Map<String, Node>> byName,
            List<PersonResolution.Link> links) {
        List<PersonMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(PersonMention::sortKey));
        List<Cluster> clusters = new ArrayList<>();
        Map<PersonMention, String> evidence = new HashMap<>();
        for (PersonMention m : ordered) {
            Cluster only = null;
            String why = null;
            int fits = 0;
            for (Cluster c : clusters) {
                Optional<String> e = fits(m, c);
                if (e.isPresent()) {
                    fits++;
                    only = c;
                    why = e.get();
                }
            }
            if (fits == 1 && !only.closed) {
                only.members.add(m);
                evidence.put(m, why);
            } else {
                Cluster c = new Cluster();
                c.members.add(m);
                c.closed = fits > 1;
                clusters.add(c);
            }
        }
        Map<String, Integer> baseKeys = new HashMap<>();
        clusters.forEach(c -> baseKeys.merge(baseKey(c.members.get(0)), 1, Integer::sum));
        for (Cluster c : clusters) {
            String base = baseKey(c.members.get(0));
            String key = baseKeys.get(base) == 1 ? base : base + "-" + hash(c);
            Node person = NodeFactory.createURI(CG.ID + "person/" + council + "/" + key);
            for (PersonMention m : c.members) {
                if (m.names().isEmpty()) {
                    canonical.computeIfAbsent(m.document(), k -> new LinkedHashMap<>()).put(m.person(), person);
                } else {
                    m.names().forEach(n -> byName.computeIfAbsent(m.document(), k -> new LinkedHashMap<>()).put(n, person));
                }
                if (evidence.containsKey(m)) {
                    links.add(new PersonResolution.Link(m.document(), m.person(), person, evidence.get(m)));
                }
            }
        }
    }

    /** The grounds for {@code m} joining {@code c}, or empty when it conflicts with a member or shares a document with one. */
    private Optional<String> fits(PersonMention m, Cluster c) {
        String why = null;
        for (PersonMention other : c.members) {
            if (other.document().equals(m.document())) {
                return Optional.empty();
            }
            Optional<String> e = names.evidence(m, other);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            if (other == c.members.get(0)) {
                why = e.get() + " as " + other.document();
            }
        }
        return Optional.ofNullable(why);
    }

    private static String baseKey(PersonMention rep) {
        if (!rep.givenNames().isEmpty()) {
            return rep.family() + "-" + rep.givenNames().get(0);
        }
        return rep.initials().isEmpty() ? rep.family() : rep.family() + "-" + rep.initials();
    }

    private static String hash(Cluster c) {
        List<String> ids = new ArrayList<>();
        c.members.forEach(m -> ids.add(m.document() + " " + m.person().getURI() + " " + String.join("|", new TreeSet<>(m.names()))));
        ids.sort(null);
        return SourceDocument.sha256Hex(String.join("\n", ids).getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }
}
