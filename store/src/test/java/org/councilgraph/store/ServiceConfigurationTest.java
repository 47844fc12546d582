package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.junit.jupiter.api.Test;

class ServiceConfigurationTest {

    private final ServiceConfiguration packaged = ServiceConfiguration.packaged();

    @Test
    void thePackagedConfigurationIsTheRepositoryFileWithAReadOnlyUnionTextDataset() {
        assertEquals("councilgraph", packaged.serviceName());
        assertEquals(Duration.ofSeconds(30), packaged.queryTimeout());
        assertTrue(packaged.model().contains(null, VocabTDB2.pUnionDefaultGraph, packaged.model().createTypedLiteral(true)));
        assertEquals(List.of(), packaged.model().listObjectsOfProperty(
                packaged.model().createProperty("http://jena.apache.org/fuseki#operation")).toList().stream()
                .map(op -> op.asResource().getLocalName()).filter(op -> !op.equals("query") && !op.equals("gsp-r")).toList(),
                "only query and graph-store read endpoints");
    }

    @Test
    void pointingItAtAFolderMovesTheStoreAndTheIndexIntoIt() {
        Path folder = Path.of("some", "db").toAbsolutePath();
        ServiceConfiguration local = packaged.forDatabase(Path.of("some", "db"));
        assertEquals(List.of(folder.resolve("tdb2").toString()), strings(local, VocabTDB2.pLocation));
        assertEquals(List.of(folder.resolve("text-index").toString()), strings(local, TextVocab.pDirectory));
        assertEquals(List.of("run/db/tdb2"), strings(packaged, VocabTDB2.pLocation), "the original is unchanged");
    }

    @Test
    void theQueryTimeoutCanBeChangedInACopy() {
        assertEquals(Duration.ofMillis(1500), packaged.withQueryTimeout(Duration.ofMillis(1500)).queryTimeout());
        assertEquals(Duration.ofSeconds(30), packaged.queryTimeout());
    }

    private static List<String> strings(ServiceConfiguration configuration, org.apache.jena.rdf.model.Property property) {
        return configuration.model().listObjectsOfProperty(property).mapWith(n -> ((Literal) n).getString()).toList();
    }
}
