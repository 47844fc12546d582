package org.councilgraph.store.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.store.DocumentSource;
import org.councilgraph.store.DocumentSources;
import org.councilgraph.store.SampleMinutes;

/**
 * The identity set ({@code src/test/resources/identity}): fifteen real minutes of three parish
 * councils with their sidecars, extracted once per test run, and the hand-made lists of who is
 * who across each council's documents.
 */
final class IdentitySet {

    static final Path FOLDER = Path.of("src", "test", "resources", "identity");

    private static Map<String, ExtractedMinutes> extracted;

    private IdentitySet() {
    }

    /** File name ("J01.txt") to its extracted minutes, in name order. */
    static synchronized Map<String, ExtractedMinutes> all() {
        if (extracted == null) {
            extracted = SampleMinutes.extractAll(files(), "an identity-set document");
        }
        return extracted;
    }

    /** The documents named, as sources to load, in the order given. */
    static List<DocumentSource> sources(List<String> names) {
        return names.stream().map(n -> DocumentSources.minutes(FOLDER.resolve(n), all().get(n))).toList();
    }

    /** The graph (document IRI) of the document named {@code name}. */
    static Node graphOf(String name) {
        return DocumentSources.graphOf(all().get(name).document());
    }

    /** Every document name, in name order. */
    static List<String> names() {
        return new ArrayList<>(all().keySet());
    }

    /** A gold person: their id in the list and their mentions as (document name, name as written). */
    record GoldPerson(String council, String id, List<String[]> mentions) {
    }

    /** The gold persons of every council. */
    static List<GoldPerson> gold() {
        List<GoldPerson> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(FOLDER.resolve("people"))) {
            for (Path f : files.sorted().toList()) {
                JsonObject list = JSON.read(f.toString());
                String council = list.get("council").getAsString().value();
                list.get("people").getAsArray().forEach(p -> {
                    List<String[]> mentions = new ArrayList<>();
                    p.getAsObject().get("mentions").getAsArray().forEach(m -> mentions.add(new String[] {
                        m.getAsObject().get("document").getAsString().value(), m.getAsObject().get("name").getAsString().value()}));
                    out.add(new GoldPerson(council, p.getAsObject().get("id").getAsString().value(), mentions));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Path> files() {
        try (Stream<Path> s = Files.list(FOLDER)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
