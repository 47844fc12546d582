package org.councilgraph.extract.participation;

import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.text.Span;

/**
 * A place where the minutes name a person: a candidate for the participation model, from the
 * name finder or from the rules' facts.
 *
 * @param name the person as written there, its span the name itself
 * @param byRules the rules' facts name the person here
 * @param rulesStatus the attendance the rules recorded for this person, or null
 * @param rulesPresided the rules recorded this person as presiding
 */
public record PersonMention(PersonName name, boolean byRules, AttendanceStatus rulesStatus, boolean rulesPresided) {

    public Span span() {
        return name.span();
    }
}
