package org.councilgraph.store.graph;

import java.nio.file.Path;

import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSources;
import org.councilgraph.store.SampleMinutes;

/** A TDB2 database of the five samples, as {@code councilgraph load} makes it. */
final class SampleDatabase {

    private SampleDatabase() {
    }

    static CouncilDatabase load(Path folder) {
        CouncilDatabase database = CouncilDatabase.open(folder);
        DocumentLoader loader = new DocumentLoader(database.dataset());
        SampleMinutes.all().forEach((name, minutes) ->
                loader.loadIfChanged(DocumentSources.minutes(Path.of("..", "samples", name), minutes)));
        return database;
    }
}
