package org.councilgraph.extract.nlp;

import org.councilgraph.extract.text.Span;

/**
 * A mention the trained name finder found in running text.
 *
 * @param span where it stands in the document
 * @param type person, role or organisation
 * @param probability the model's probability for the mention (the mean over its tokens), 0 to 1
 */
public record ModelMention(Span span, EntityType type, double probability) {
}
