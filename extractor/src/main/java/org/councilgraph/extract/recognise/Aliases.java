package org.councilgraph.extract.recognise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.name.PersonName;

/** Initials the minutes use as short names ("CdeW" for Mr Charles de Winton), from the attendance list. */
final class Aliases {

    private Aliases() {
    }

    static Map<String, PersonName> from(List<Attendance> attendance) {
        Map<String, PersonName> out = new HashMap<>();
        for (Attendance a : attendance) {
            if (a.person().alias() != null) {
                out.putIfAbsent(a.person().alias(), a.person());
            }
        }
        return out;
    }

    /** The person whose alias is the last word of {@code text}, if any. */
    static Optional<PersonName> lookup(Map<String, PersonName> aliases, String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(aliases.get(words[words.length - 1]));
    }
}
