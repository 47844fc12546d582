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
 */
public record RoleHolding(PersonName person, String role, String organisation, Span evidence) {
}
