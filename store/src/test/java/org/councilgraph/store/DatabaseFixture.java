package org.councilgraph.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh database in a temporary folder for each test, and a loader for it. */
abstract class DatabaseFixture {

    @TempDir
    Path folder;

    CouncilDatabase database;
    DocumentLoader loader;

    @BeforeEach
    void open() {
        database = CouncilDatabase.open(folder.resolve("db"));
        loader = new DocumentLoader(database.dataset());
    }

    @AfterEach
    void close() {
        database.close();
    }
}
