package org.councilgraph.extract.identity;

/**
 * Why two mentions may name one person, as far as their names go: the kind of agreement (a term
 * of the ontology's name-match scheme) and the words that say it for a reader.
 */
public record NameMatch(Kind kind, String reason) {

    /** The kinds of name agreement, each a concept {@code cg:match-...} of the ontology. */
    public enum Kind {
        /** The same family name and the same first given name. */
        SAME_GIVEN_NAME("match-same-given-name"),
        /** The same family name; the given names are variants of one name (Jon, Jonathan). */
        GIVEN_NAME_VARIANT("match-given-name-variant"),
        /** The same family name; an initial agrees with the other's given name. */
        INITIAL_OF_GIVEN_NAME("match-initial-of-given-name"),
        /** The same family name and the same initial. */
        SAME_INITIAL("match-same-initial"),
        /** The same family name; one mention gives no given name or initial. */
        FAMILY_NAME_ONLY("match-family-name-only");

        private final String concept;

        Kind(String concept) {
            this.concept = concept;
        }

        /** The local name of the concept in the ontology's namespace. */
        public String concept() {
            return concept;
        }
    }
}
