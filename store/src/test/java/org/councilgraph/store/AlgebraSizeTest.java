package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

class AlgebraSizeTest {

    @Test
    void countsOperatorsTriplePatternsAndExpressionTerms() {
        // filter, its != with a variable and a number, and a basic graph pattern of one triple
        assertEquals(6, AlgebraSize.of(QueryFactory.create("SELECT * { ?s ?p ?o FILTER(?o != 1) }")));
    }

    @Test
    void countsTheQueryInsideAnExists() {
        int plain = AlgebraSize.of(QueryFactory.create("SELECT * { ?s ?p ?o }"));
        int exists = AlgebraSize.of(QueryFactory.create("SELECT * { ?s ?p ?o FILTER EXISTS { ?o ?q ?r . ?r ?q ?t } }"));
        assertTrue(exists >= plain + 5, plain + " and " + exists);
    }

    @Test
    void everyDocumentedQueryIsFiftyTimesSmallerThanTheLimit() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.walk(Path.of("../queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).toList();
        }
        assertTrue(queries.size() >= 12, "queries: " + queries);
        for (Path file : queries) {
            int size = AlgebraSize.of(QueryFactory.create(Files.readString(file), Syntax.syntaxARQ));
            assertTrue(size * 50 <= AlgebraSize.MAX, file + ": " + size);
        }
    }
}
