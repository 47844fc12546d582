package org.councilgraph.extract.fact;

import java.util.EnumSet;
import java.util.Set;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;

/** Kinds of declared interest (the concepts of the ontology's interest scheme). */
public enum InterestKind {
    PERSONAL, PREJUDICIAL, PECUNIARY, NON_PECUNIARY, OTHER_REGISTRABLE, NON_REGISTRABLE, SIGNIFICANT_OTHER;

    /**
     * The kinds named in the text's own words ("Personal and prejudicial", "Disclosable Pecuniary
     * Interest"): the phrases of the interest-kinds lexicon it holds, the longest first.
     */
    public static Set<InterestKind> parse(String words) {
        Set<InterestKind> kinds = EnumSet.noneOf(InterestKind.class);
        if (words == null) {
            return kinds;
        }
        String rest = " " + Lexicon.key(words).replaceAll("[^\\p{L}/]+", " ") + " ";
        java.util.List<String> phrases = new java.util.ArrayList<>(Lexicons.standard().interestKinds().keys());
        phrases.removeIf(p -> Lexicons.standard().interestKinds().contains(p, "column"));
        phrases.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String phrase : phrases) {
            if (rest.contains(" " + phrase + " ")) {
                rest = rest.replace(" " + phrase + " ", "  ");
                for (String tag : Lexicons.standard().interestKinds().value(phrase).orElseThrow().split("\\s*,\\s*")) {
                    if (!tag.equals("qualifier") && !tag.equals("column")) {
                        kinds.add(valueOf(tag));
                    }
                }
            }
        }
        return kinds;
    }
}
