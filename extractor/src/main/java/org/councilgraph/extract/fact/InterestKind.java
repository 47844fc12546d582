package org.councilgraph.extract.fact;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Kinds of declared interest (the concepts of the ontology's interest scheme). */
public enum InterestKind {
    PERSONAL, PREJUDICIAL, PECUNIARY, NON_PECUNIARY, OTHER_REGISTRABLE, NON_REGISTRABLE, SIGNIFICANT_OTHER;

    /** The kinds named in the text's own words ("Personal and prejudicial", "Disclosable Pecuniary Interest"). */
    public static Set<InterestKind> parse(String words) {
        Set<InterestKind> kinds = EnumSet.noneOf(InterestKind.class);
        if (words == null) {
            return kinds;
        }
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("non-pecuniary") || w.contains("non pecuniary")) {
            kinds.add(NON_PECUNIARY);
        } else if (w.contains("pecuniary")) {
            kinds.add(PECUNIARY);
        }
        if (w.contains("non-registrable") || w.contains("non registrable")) {
            kinds.add(NON_REGISTRABLE);
        } else if (w.contains("registrable")) {
            kinds.add(OTHER_REGISTRABLE);
        }
        if (w.contains("significant")) {
            kinds.add(SIGNIFICANT_OTHER);
        }
        if (w.contains("personal")) {
            kinds.add(PERSONAL);
        }
        if (w.contains("prejudicial")) {
            kinds.add(PREJUDICIAL);
        }
        return kinds;
    }
}
