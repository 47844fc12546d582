package org.councilgraph.extract.fact;

import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * A report considered under an item.
 *
 * @param itemPosition the item's position
 * @param authorRole the post of the report's author as written ("Director of Children and Family Services"), or null
 * @param presenter who presented it, or null
 * @param evidence the sentence recording it
 */
public record Report(int itemPosition, String authorRole, PersonName presenter, Span evidence) implements Fact {

    @Override
    public java.util.List<PersonName> people() {
        return presenter == null ? java.util.List.of() : java.util.List.of(presenter);
    }
}
