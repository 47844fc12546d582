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
 * A canonical person's IRI is {@code person/{council}/resolved/{key}-{hash}}, both parts taken
 * from its founding mention, its mention of the earliest meeting (then the least by
 * {@link PersonMention#identity()}): the key is that mention's family name and given name or
 * initials, the hash twelve hex digits of its identity. It depends on nothing but that one
 * mention, so documents that add no mention to the person, in any order, and the minutes of
 * later meetings leave it as it is.
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
        final Map<PersonMention, NameMatch> matches = new HashMap<>();
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
        List<PersonResolution.Person> persons = new ArrayList<>();
        byCouncil.forEach((council, ms) -> resolveCouncil(council, ms, canonical, byName, links, persons));
        links.sort(Comparator.comparing((PersonResolution.Link l) -> l.person().getURI())
                .thenComparing(l -> l.of().identity()));
        persons.sort(Comparator.comparing(p -> p.iri().getURI()));
        return new PersonResolution(canonical, byName, links, persons);
    }

    private void resolveCouncil(String council, List<PersonMention> mentions,
            Map<String, Map<Node, Node>> canonical, Map<String, Map<String, Node>> byName,
            List<PersonResolution.Link> links, List<PersonResolution.Person> persons) {
        List<PersonMention> ordered = new ArrayList<>(mentions);
        ordered.sort(Comparator.comparing(PersonMention::sortKey));
        List<Cluster> clusters = new ArrayList<>();
        for (PersonMention m : ordered) {
            Cluster only = null;
            NameMatch why = null;
            int fits = 0;
            for (Cluster c : clusters) {
                Optional<NameMatch> e = fits(m, c);
                if (e.isPresent()) {
                    fits++;
                    only = c;
                    why = e.get();
                }
            }
            if (fits == 1 && !only.closed) {
                only.members.add(m);
                only.matches.put(m, why);
            } else {
                Cluster c = new Cluster();
                c.members.add(m);
                c.closed = fits > 1;
                clusters.add(c);
            }
        }
        for (Cluster c : clusters) {
            PersonMention founder = c.members.stream().min(Comparator.comparing(PersonMention::founderKey)).orElseThrow();
            String hash = SourceDocument.sha256Hex(founder.identity().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
            Node person = NodeFactory.createURI(CG.ID + "person/" + council + "/resolved/" + baseKey(founder) + "-" + hash);
            persons.add(new PersonResolution.Person(person, council, founder, c.members, c.closed));
            for (PersonMention m : c.members) {
                if (m.names().isEmpty()) {
                    canonical.computeIfAbsent(m.document(), k -> new LinkedHashMap<>()).put(m.person(), person);
                } else {
                    m.names().forEach(n -> byName.computeIfAbsent(m.document(), k -> new LinkedHashMap<>()).put(n, person));
                }
                if (c.matches.containsKey(m)) {
                    links.add(new PersonResolution.Link(m, person, c.members.get(0), c.matches.get(m)));
                }
            }
        }
    }

    /** The grounds for {@code m} joining {@code c}, or empty when it conflicts with a member or shares a document with one. */
    private Optional<NameMatch> fits(PersonMention m, Cluster c) {
        NameMatch why = null;
        for (PersonMention other : c.members) {
            if (other.document().equals(m.document())) {
                return Optional.empty();
            }
            Optional<NameMatch> e = names.evidence(m, other);
            if (e.isEmpty()) {
                return Optional.empty();
            }
            if (other == c.members.get(0)) {
                why = e.get();
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
}
