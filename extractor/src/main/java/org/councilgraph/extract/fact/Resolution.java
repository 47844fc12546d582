package org.councilgraph.extract.fact;

import org.councilgraph.extract.text.Span;

/**
 * A decision the meeting recorded.
 *
 * @param itemPosition the position of the item it was made under, or 0 when it stands outside any item
 * @param text the decision's text
 * @param evidence where the text stands
 * @param partLabel the part label ("a)", "2."), or null
 * @param marker the word marking it (RESOLVED, AGREED, DECISION, RECOMMENDED), or "plain" for plain wording
 * @param outcome the outcome as stated ("7:7 and on the chairs casting vote"), or null
 */
public record Resolution(int itemPosition, String text, Span evidence, String partLabel, String marker,
        String outcome) implements Fact {
}
