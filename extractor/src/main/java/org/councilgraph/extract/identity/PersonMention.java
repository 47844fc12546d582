package org.councilgraph.extract.identity;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;

/**
 * One person as one document's graph describes them: the document, the council it is scoped by
 * (null when unknown), the person's IRI in that graph, the parts of the fullest name the
 * document gives, and the date of the meeting (ISO {@code YYYY-MM-DD}, null when unknown). Names
 * are compared folded (lower case, no accents, letters only).
 */
public record PersonMention(String document, String council, Node person, String family,
        List<String> givenNames, String initials, Set<String> honorifics, Set<String> names, String meetingDate) {

    /** A mention standing for every name its person has in the document. */
    public PersonMention(String document, String council, Node person, String family,
            List<String> givenNames, String initials, Set<String> honorifics) {
        this(document, council, person, family, givenNames, initials, honorifics, Set.of(), null);
    }

    /** A mention of a meeting of unknown date. */
    public PersonMention(String document, String council, Node person, String family,
            List<String> givenNames, String initials, Set<String> honorifics, Set<String> names) {
        this(document, council, person, family, givenNames, initials, honorifics, names, null);
    }

    /**
     * {@code names}, when not empty, are the only written names of {@code person} this mention
     * stands for: the document took them for one person, the resolver keeps them apart.
     */
    public PersonMention {
        names = Set.copyOf(names);
        family = fold(family);
        givenNames = givenNames.stream().map(PersonMention::fold).filter(s -> !s.isEmpty()).toList();
        initials = fold(initials);
        honorifics = Set.copyOf(honorifics.stream().map(PersonMention::fold).toList());
    }

    /** How much of a name the mention gives: given names count more than initials. */
    public int richness() {
        return givenNames.size() * 4 + initials.length() * 2 + honorifics.size();
    }

    /** The first given name's first letter, or the first initial; 0 when the mention has neither. */
    char firstInitial() {
        return !givenNames.isEmpty() ? givenNames.get(0).charAt(0) : initials.isEmpty() ? 0 : initials.charAt(0);
    }

    /** A total order on mentions that does not depend on the order documents came in. */
    String sortKey() {
        return String.format(Locale.ROOT, "%04d|%s|%s|%s|%s|%s|%s", 9999 - richness(), family,
                String.join(" ", givenNames), initials, document, person.getURI(), String.join("|", new TreeSet<>(names)));
    }

    /**
     * What tells this mention from every other: its document, its person's IRI and the names it
     * stands for. A canonical person's IRI is derived from the least of its mentions' identities.
     */
    public String identity() {
        return document + " " + person.getURI() + " " + String.join("|", new TreeSet<>(names));
    }

    /**
     * The order in which a person's mentions are considered for founding its IRI: the earliest
     * meeting first (meetings of unknown date last), then by {@link #identity()}. Minutes are
     * mostly loaded as meetings are held, so a later meeting seldom changes a person's founder.
     */
    String founderKey() {
        return (meetingDate == null ? "~" : meetingDate) + " " + identity();
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "");
    }
}
