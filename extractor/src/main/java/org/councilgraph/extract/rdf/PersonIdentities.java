package org.councilgraph.extract.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.councilgraph.extract.name.PersonName;

/**
 * Decides which names in one document are the same person: "Councillor Smith" and "Councillor
 * Andrew Smith" are, "Jenny Palmer" and "John Palmer" are not, and a name that fits two people
 * ("J Palmer") stays apart. Each person gets a key (family name and given name or initials) that
 * names its IRI. Keys are shared by the documents of a council, so when two people of one document
 * would have one key, only the first (fullest name) keeps it: the others get the key with a suffix
 * ({@code -2}, {@code -3}) numbered within the document, and so are scoped by the document
 * ({@link #documentScoped}), never by the council, where another document's {@code -2} is someone else.
 */
final class PersonIdentities {

    private final Map<PersonName, Integer> clusterOf = new HashMap<>();
    private final List<PersonName> representatives = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final List<Boolean> scoped = new ArrayList<>();

    PersonIdentities(List<PersonName> names) {
        List<PersonName> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparingInt(PersonName::richness).reversed().thenComparing(PersonName::span));
        for (PersonName name : ordered) {
            int found = -1;
            int matches = 0;
            for (int c = 0; c < representatives.size(); c++) {
                if (representatives.get(c).sameNameAs(name)) {
                    found = c;
                    matches++;
                }
            }
            if (matches == 1) {
                clusterOf.put(name, found);
            } else {
                clusterOf.put(name, representatives.size());
                representatives.add(name);
            }
        }
        Map<String, Integer> used = new LinkedHashMap<>();
        for (PersonName rep : representatives) {
            String base = baseKey(rep);
            int n = used.merge(base, 1, Integer::sum);
            keys.add(n == 1 ? base : base + "-" + n);
            scoped.add(n > 1);
        }
    }

    String key(PersonName name) {
        return keys.get(clusterOf.get(name));
    }

    /** True when the person's key was numbered within the document, so its IRI must be scoped by the document. */
    boolean documentScoped(PersonName name) {
        return scoped.get(clusterOf.get(name));
    }

    /** The fullest form of the person's name in the document. */
    PersonName representative(PersonName name) {
        return representatives.get(clusterOf.get(name));
    }

    private static String baseKey(PersonName rep) {
        String family = ResourceIris.slug(rep.family());
        if (!rep.givenNames().isEmpty()) {
            return family + "-" + ResourceIris.slug(rep.givenNames().get(0));
        }
        if (!rep.initials().isEmpty()) {
            return family + "-" + ResourceIris.slug(rep.initials());
        }
        return family;
    }
}
