package org.councilgraph.store.graph;

import java.util.Objects;

/**
 * One node of an exported network: a resource of the database with what a graph tool shows.
 *
 * @param iri     the resource's IRI, also its id in every export but GraphML
 * @param label   a name for people
 * @param type    the local name of its councilgraph class (Person, Meeting, Committee, ...)
 * @param council the label of the council it belongs to, or empty when none is known
 */
public record NetworkNode(String iri, String label, String type, String council) {

    public NetworkNode {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(council, "council");
    }
}
