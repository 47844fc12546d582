package org.councilgraph.extract.identity;

import java.util.Optional;
import java.util.Set;

/**
 * Whether two mentions may name one person, and on what grounds: the same family name, and no
 * conflict between given names, initials or the sex an honorific implies ("Mr" and "Mrs").
 */
final class NameCompatibility {

    private static final Set<String> MALE = Set.of("mr", "sir");
    private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "madam", "dame", "lady");

    private final GivenNameVariants variants;

    NameCompatibility(GivenNameVariants variants) {
        this.variants = variants;
    }

    /** The grounds on which {@code a} and {@code b} may be one person, or empty when they conflict. */
    Optional<NameMatch> evidence(PersonMention a, PersonMention b) {
        if (a.family().isEmpty() || !a.family().equals(b.family())) {
            return Optional.empty();
        }
        if (sex(a) != 0 && sex(b) != 0 && sex(a) != sex(b)) {
            return Optional.empty();
        }
        if (!a.givenNames().isEmpty() && !b.givenNames().isEmpty()) {
            String x = a.givenNames().get(0);
            String y = b.givenNames().get(0);
            if (x.equals(y)) {
                return Optional.of(new NameMatch(NameMatch.Kind.SAME_GIVEN_NAME, "same family and given name"));
            }
            return variants.compatible(x, y)
                    ? Optional.of(new NameMatch(NameMatch.Kind.GIVEN_NAME_VARIANT, "same family name; given names " + x + " and " + y + " are variants"))
                    : Optional.empty();
        }
        if (a.firstInitial() == 0 || b.firstInitial() == 0) {
            return Optional.of(new NameMatch(NameMatch.Kind.FAMILY_NAME_ONLY, "same family name; one mention gives no given name or initial"));
        }
        PersonMention named = !a.givenNames().isEmpty() ? a : !b.givenNames().isEmpty() ? b : null;
        if (named == null) {
            return a.initials().equals(b.initials()) || a.firstInitial() == b.firstInitial()
                    ? Optional.of(new NameMatch(NameMatch.Kind.SAME_INITIAL, "same family name and initial")) : Optional.empty();
        }
        PersonMention initialled = named == a ? b : a;
        return variants.initialOf(initialled.firstInitial(), named.givenNames().get(0))
                ? Optional.of(new NameMatch(NameMatch.Kind.INITIAL_OF_GIVEN_NAME, "same family name; initial agrees with the given name"))
                : Optional.empty();
    }

    private static int sex(PersonMention m) {
        if (m.honorifics().stream().anyMatch(MALE::contains)) {
            return 1;
        }
        return m.honorifics().stream().anyMatch(FEMALE::contains) ? 2 : 0;
    }
}
