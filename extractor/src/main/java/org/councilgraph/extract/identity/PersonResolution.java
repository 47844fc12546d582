package org.councilgraph.extract.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The outcome of resolving a batch's people: the canonical person each document-level person
 * stands for, every canonical person with its mentions, and for every mention linked to another,
 * why.
 */
public record PersonResolution(Map<String, Map<Node, Node>> canonicalByDocument,
        Map<String, Map<String, Node>> canonicalByName, List<Link> links, List<Person> persons) {

    /**
     * Mention {@code of} was linked to canonical {@code person} because its name agrees
     * ({@code match}) with {@code matchedWith}, the fullest-named mention of that person, and with
     * every other mention of it.
     */
    public record Link(PersonMention of, Node person, PersonMention matchedWith, NameMatch match) {

        /** The document of the linked mention. */
        public String document() {
            return of.document();
        }

        /** The document-level person the linked mention names. */
        public Node mention() {
            return of.person();
        }

        /** The grounds, in words, naming the document of the mention it was matched with. */
        public String evidence() {
            return match.reason() + " as " + matchedWith.document();
        }
    }

    /**
     * One canonical person of a council: its IRI, the mention its IRI was derived from
     * ({@code founder}: of the earliest meeting, then the least by {@link PersonMention#identity()}), its mentions fullest name
     * first, and whether it was kept apart because its first mention fits several persons.
     */
    public record Person(Node iri, String council, PersonMention founder, List<PersonMention> members, boolean ambiguous) {

        public Person {
            members = List.copyOf(members);
        }
    }

    public PersonResolution {
        Map<String, Map<Node, Node>> copy = new HashMap<>();
        canonicalByDocument.forEach((d, m) -> copy.put(d, Map.copyOf(m)));
        canonicalByDocument = Map.copyOf(copy);
        Map<String, Map<String, Node>> byName = new HashMap<>();
        canonicalByName.forEach((d, m) -> byName.put(d, Map.copyOf(m)));
        canonicalByName = Map.copyOf(byName);
        links = List.copyOf(links);
        persons = List.copyOf(persons);
    }

    /**
     * The canonical person that {@code person}, written {@code name} in {@code document}, stands
     * for; the person itself when it was not resolved.
     */
    public Node canonical(String document, Node person, String name) {
        Node byName = canonicalByName.getOrDefault(document, Map.of()).get(name);
        return byName != null ? byName : canonicalByDocument.getOrDefault(document, Map.of()).getOrDefault(person, person);
    }
}
