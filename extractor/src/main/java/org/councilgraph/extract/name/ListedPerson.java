package org.councilgraph.extract.name;

import org.councilgraph.extract.text.Span;

/**
 * One person read from a list of names, with what the list says about them.
 *
 * @param name the name, with any shared prefix distributed
 * @param role the post or role written with the name ("Town Clerk", "Chair"), or null
 * @param roleSpan where that role is written, or null
 * @param organisation an organisation written with the name ("North Wales Police"), or null
 * @param presiding true when the list marks the person as presiding ("(Chair)", "(Presiding)")
 * @param substituteFor the member this person replaces ("– substitute for J A Wyatt"), or null
 * @param substitutedBy the member who replaced this person ("who was substituted by ..."), or null
 * @param visitor true when the list marks the person as not a member (a ward member, an observer)
 * @param afterSentenceBreak true when a full stop or a bare title boundary, not a comma, precedes the name
 * @param otherRoles further posts written with the name ("Assistant Director Law and Governance, Monitoring
 *        Officer" gives a second post), possibly empty
 */
public record ListedPerson(PersonName name, String role, Span roleSpan, String organisation, boolean presiding,
        PersonName substituteFor, PersonName substitutedBy, boolean visitor, boolean afterSentenceBreak,
        java.util.List<String> otherRoles) {

    public ListedPerson {
        otherRoles = java.util.List.copyOf(otherRoles);
    }
}
