package org.councilgraph.extract.fact;

import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * A person holding a post or role, as the minutes state it.
 *
 * @param person the holder
 * @param role the role as written
 * @param organisation the organisation as written, or null
 * @param evidence the text pairing them
 * @param detection whether the rules, the name finder or both found the person
 */
public record RoleHolding(PersonName person, String role, String organisation, Span evidence, Detection detection)
        implements Fact {

    @Override
    public java.util.List<PersonName> people() {
        return java.util.List.of(person);
    }

    /** A role holding the rules found. */
    public RoleHolding(PersonName person, String role, String organisation, Span evidence) {
        this(person, role, organisation, evidence, Detection.RULES);
    }

    public RoleHolding withDetection(Detection d) {
        return new RoleHolding(person, role, organisation, evidence, d);
    }
}
