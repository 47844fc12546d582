package org.councilgraph.extract.name;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.councilgraph.extract.text.Span;

/**
 * A person's name as written in one place, split into its parts.
 *
 * @param written the name as the minutes write it for this person, with a shared prefix
 *        distributed ("Councillors A and B" gives "Councillor A" and "Councillor B")
 * @param span where the name itself (without a distributed prefix) stands in the document
 * @param roleTitle a post written before the name as a title ("Chairman" in "Chairman Siddall"), or null
 * @param honorifics personal titles (Mr, Councillor, Reverend, ...)
 * @param givenNames given names written in full
 * @param initials initials of given names, without full stops, space separated ("J C")
 * @param family the family name
 * @param postNominals letters after the name (CC, CBE, ...)
 * @param alias initials the minutes use for this person later ("CdeW"), or null
 */
public record PersonName(String written, Span span, String roleTitle, List<String> honorifics,
        List<String> givenNames, String initials, String family, List<String> postNominals, String alias) {

    public PersonName {
        honorifics = List.copyOf(honorifics);
        givenNames = List.copyOf(givenNames);
        postNominals = List.copyOf(postNominals);
        if (family == null || family.isBlank()) {
            throw new IllegalArgumentException("a person name needs a family name: " + written);
        }
    }

    /** True when the name carries a councillor's title ("Councillor", "Cllr"), its own or one shared by its list. */
    public boolean hasCouncillorTitle() {
        return honorifics.stream().anyMatch(PersonNameParser::isCouncillorTitle);
    }

    public Optional<String> roleTitleText() {
        return Optional.ofNullable(roleTitle);
    }

    /** The first letter of the first given name or initial, lower case, or empty. */
    public String firstInitial() {
        if (!givenNames.isEmpty()) {
            return givenNames.get(0).substring(0, 1).toLowerCase(Locale.ROOT);
        }
        return initials.isEmpty() ? "" : initials.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** The family name folded for comparison: lower case, curly apostrophes straightened. */
    public String familyKey() {
        return fold(family);
    }

    /**
     * True when the two names can be the same person: equal family names and, where both give
     * a first name or initial, the same first letter.
     */
    public boolean compatibleWith(PersonName other) {
        return sameFamilyAndGiven(other, firstInitial(), other.firstInitial());
    }

    /**
     * True when the two are written as the same person: equal family names and, where both give
     * first names or initials, the same letters ("A Griffiths" and "A V Griffiths" are two people).
     */
    public boolean sameNameAs(PersonName other) {
        return sameFamilyAndGiven(other, signature(), other.signature());
    }

    /**
     * Equal family names; where both sides give first letters ({@code mine}, {@code theirs}),
     * the same letters; and where both give a first name in full, the same name.
     */
    private boolean sameFamilyAndGiven(PersonName other, String mine, String theirs) {
        if (!familyKey().equals(other.familyKey())) {
            return false;
        }
        if (mine.isEmpty() || theirs.isEmpty()) {
            return true;
        }
        if (!mine.equals(theirs)) {
            return false;
        }
        return givenNames.isEmpty() || other.givenNames.isEmpty()
                || fold(givenNames.get(0)).equals(fold(other.givenNames.get(0)));
    }

    /** The first letters of the given names and the initials, in order: "Jenny" -> "j", "A V" -> "av". */
    private String signature() {
        StringBuilder b = new StringBuilder();
        for (String g : givenNames) {
            b.append(Character.toLowerCase(g.charAt(0)));
        }
        for (String i : initials.split(" ")) {
            if (!i.isEmpty()) {
                b.append(Character.toLowerCase(i.charAt(0)));
            }
        }
        return b.toString();
    }

    /**
     * The name as written without a post used as a title: "PCSO Rob Kindred" is "Rob Kindred",
     * "County Councilor Mr Arfon Wyn" is "Mr Arfon Wyn". The post is recorded as a role instead.
     */
    public String writtenWithoutTitle() {
        if (roleTitle == null) {
            return written;
        }
        String w = written.strip();
        if (w.regionMatches(true, 0, roleTitle, 0, roleTitle.length())) {
            String rest = w.substring(roleTitle.length()).strip();
            return rest.isEmpty() ? written : rest;
        }
        return written;
    }

    /** How much of the name is known: used to pick the fullest form of a person. */
    public int richness() {
        return givenNames.size() * 3 + initials.replace(" ", "").length() * 2 + (honorifics.isEmpty() ? 0 : 1);
    }

    /** The name without titles and post-nominals: "Geoff Driver", "A E Pearson". */
    public String plainName() {
        StringBuilder b = new StringBuilder();
        for (String g : givenNames) {
            b.append(g).append(' ');
        }
        if (!initials.isEmpty()) {
            b.append(initials).append(' ');
        }
        return b.append(family).toString();
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace("'", "").replace(" ", "");
    }
}
