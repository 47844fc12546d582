package org.councilgraph.extract.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The outcome of resolving a batch's people: the canonical person each document-level person
 * stands for, and for every mention linked to another, why.
 */
public record PersonResolution(Map<String, Map<Node, Node>> canonicalByDocument,
        Map<String, Map<String, Node>> canonicalByName, List<Link> links) {

    /** Mention {@code mention} of {@code document} was linked to canonical {@code person} on {@code evidence}. */
    public record Link(String document, Node mention, Node person, String evidence) {
    }

    public PersonResolution {
        Map<String, Map<Node, Node>> copy = new HashMap<>();
        canonicalByDocument.forEach((d, m) -> copy.put(d, Map.copyOf(m)));
        canonicalByDocument = Map.copyOf(copy);
        Map<String, Map<String, Node>> byName = new HashMap<>();
        canonicalByName.forEach((d, m) -> byName.put(d, Map.copyOf(m)));
        canonicalByName = Map.copyOf(byName);
        links = List.copyOf(links);
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
