package org.councilgraph.extract.nlp;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of mention councilgraph's name finder is trained to find in running text, with the
 * labels its annotated training sentences use ({@code <START:person> ... <END>}).
 */
public enum EntityType {
    /** A person's name, without titles or post-nominals: "Sarah Jenkins", "Croft", "J. C. Smith". */
    PERSON,
    /** A post or role: "Head of Service – Customer Access", "Portfolio Holder for Children", "Chair". */
    ROLE,
    /** A named organisation: a council, committee, panel or outside body. */
    ORGANISATION;

    /** The label in annotated sentences and in trained models. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type a label names, if any. */
    public static Optional<EntityType> ofLabel(String label) {
        for (EntityType t : values()) {
            if (t.label().equals(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
