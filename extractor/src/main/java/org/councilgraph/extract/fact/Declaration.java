package org.councilgraph.extract.fact;

import java.util.Set;

import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * A declaration of interest made at the meeting.
 *
 * @param person who declared
 * @param itemReference the item as the text refers to it ("6", "all", "grounds maintenance ..."), or null
 * @param allItems true when the interest covers every item
 * @param kindText the text's own words for the kind of interest, or null
 * @param kinds the kinds those words name
 * @param evidence the text of the declaration
 * @param detection whether the rules, the name finder or both found the person
 */
public record Declaration(PersonName person, String itemReference, boolean allItems, String kindText,
        Set<InterestKind> kinds, Span evidence, Detection detection) implements Fact {

    @Override
    public java.util.List<PersonName> people() {
        return java.util.List.of(person);
    }

    /** A declaration the rules found. */
    public Declaration(PersonName person, String itemReference, boolean allItems, String kindText, Set<InterestKind> kinds,
            Span evidence) {
        this(person, itemReference, allItems, kindText, kinds, evidence, Detection.RULES);
    }

    public Declaration withDetection(Detection d) {
        return new Declaration(person, itemReference, allItems, kindText, kinds, evidence, d);
    }

    public Declaration {
        kinds = Set.copyOf(kinds);
    }
}
