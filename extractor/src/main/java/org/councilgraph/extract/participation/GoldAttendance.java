package org.councilgraph.extract.participation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;

/**
 * The attendance a gold answers file records for one document (present, apologies, in
 * attendance, substitutes), and the participation it gives the person of a name: the labels the
 * participation model is trained on. Names are matched as the scorer matches them: the same
 * family name and, where both give one, the same first letter.
 */
public record GoldAttendance(List<GoldName> present, List<GoldName> apologies, List<GoldName> inAttendance) {

    /** A gold person's family name and first letter, lower case. */
    public record GoldName(String written, String family, String initial) {

        /** The scorer's match: the same family name and, where both give one, the same first letter. */
        boolean matches(GoldName other) {
            return !family.isEmpty() && family.equals(other.family)
                    && (initial.isEmpty() || other.initial.isEmpty() || initial.equals(other.initial));
        }
    }

    /** The gold of {@code file} (a corpus dNNN.json with "gold", or an answers file with "answers"). */
    public static GoldAttendance read(Path file, Lexicons lexicons) throws IOException {
        JsonObject doc = JSON.parse(Files.readString(file));
        JsonObject gold = doc.hasKey("gold") ? doc.get("gold").getAsObject() : doc.get("answers").getAsObject();
        List<GoldName> present = names(gold.get("present"), lexicons);
        JsonValue subs = gold.get("substitutes");
        if (subs != null && subs.isArray()) {
            for (JsonValue s : subs.getAsArray()) {
                if (s.isObject() && s.getAsObject().get("person") != null && s.getAsObject().get("person").isString()) {
                    present.add(name(s.getAsObject().get("person").getAsString().value(), lexicons));
                }
            }
        }
        return new GoldAttendance(present, names(gold.get("apologies"), lexicons), names(gold.get("in_attendance"), lexicons));
    }

    /** What the gold records of the person {@code name} names: the first of present, in attendance, apologies. */
    public Participation of(PersonName name, Lexicons lexicons) {
        GoldName key = name(name.written(), lexicons);
        if (present.stream().anyMatch(g -> g.matches(key))) {
            return Participation.PRESENT;
        }
        if (inAttendance.stream().anyMatch(g -> g.matches(key))) {
            return Participation.IN_ATTENDANCE;
        }
        if (apologies.stream().anyMatch(g -> g.matches(key))) {
            return Participation.APOLOGIES;
        }
        return Participation.OTHER;
    }

    public List<GoldName> of(Participation p) {
        return switch (p) {
            case PRESENT -> present;
            case APOLOGIES -> apologies;
            case IN_ATTENDANCE -> inAttendance;
            case OTHER -> List.of();
        };
    }

    private static List<GoldName> names(JsonValue list, Lexicons lexicons) {
        List<GoldName> out = new ArrayList<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonValue v : list.getAsArray()) {
            JsonValue person = v.isObject() ? v.getAsObject().get("person") : v;
            if (person != null && person.isString()) {
                out.add(name(person.getAsString().value(), lexicons));
            }
        }
        return out;
    }

    /** The scorer's reading of a name: titles and post-nominals dropped, the last word the family name. */
    static GoldName name(String written, Lexicons lexicons) {
        List<String> words = new ArrayList<>();
        for (String w : written.split("[\\s]+")) {
            String bare = w.replaceAll("[^\\p{L}\\p{N}'’-]", "");
            if (bare.isEmpty() || lexicons.honorifics().contains(bare) || lexicons.roleTitles().contains(bare)
                    || lexicons.postNominals().contains(bare) || bare.equalsIgnoreCase("County")) {
                continue;
            }
            words.add(bare);
        }
        if (words.isEmpty()) {
            return new GoldName(written, "", "");
        }
        String family = words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace('’', '\'').replace("'", "");
        String initial = words.size() > 1 ? words.get(0).substring(0, 1).toLowerCase(Locale.ROOT) : "";
        return new GoldName(written, family, initial);
    }
}
