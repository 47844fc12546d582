package org.councilgraph.extract.participation;

import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * What the participation model says of one person of a document: the participation it finds
 * likeliest at any place the person is named, with its probability, and that place.
 *
 * @param person the person, as named at {@code place}
 * @param participation the likeliest participation other than {@link Participation#OTHER}, or OTHER
 * @param probability its probability at that place
 * @param place the span of the name where the model is surest
 * @param byRules the rules' facts name this person
 */
public record Judgement(PersonName person, Participation participation, double probability, Span place, boolean byRules) {
}
