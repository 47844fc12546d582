package org.councilgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.councilgraph.extract.fact.ExtractedMinutes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Loaded documents are searchable with text:query, and the index forgets what is replaced. */
@Tag("slow") // TDB2
class TextIndexTest extends DatabaseFixture {

    private static final String SEARCH = """
            PREFIX cg: <https://w3id.org/councilgraph/ontology#>
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?text { ?s text:query (cg:%s "%s") ; cg:%s ?text } ORDER BY ?text
            """;

    @Test
    void headingsMinuteTextAndResolutionsOfLoadedDocumentsAreSearchable() {
        SampleMinutes.sources().forEach(loader::load);
        assertEquals(List.of("Customer Access Performance Report",
                "Leicestershire County Council's Customer Experience Strategy Consultation"), search("heading", "customer"));
        assertEquals(List.of("That the Cabinet Committee note the contents of the report."),
                search("resolutionText", "\\\"cabinet committee note the contents\\\""));
        assertEquals(1, search("minuteText", "\\\"blue badge\\\"").size());
    }

    @Test
    void aFailedLoadLeavesNothingInTheIndex() {
        ExtractedMinutes sample = SampleMinutes.sample("003");
        DocumentSource failing = new DocumentSource("003", SampleMinutes.file("003"), sample.document().sha256(),
                DocumentSources.graphOf(sample.document()), null, DocumentLoaderTest.failAfter(200, sample));
        assertThrows(DocumentLoaderTest.InjectedFailure.class, () -> loader.load(failing));
        assertEquals(List.of(), searchHits("customer"));
    }

    @Test
    void replacingADocumentDoesNotLeaveStaleOrDuplicateHits() {
        DocumentSource source = DocumentSources.minutes(SampleMinutes.file("003"), SampleMinutes.sample("003"));
        loader.load(source);
        loader.load(source);
        assertEquals(1, searchHits("customer").size());
    }

    private List<String> search(String property, String query) {
        return StoreContents.select(database.dataset(), SEARCH.formatted(property, query, property));
    }

    /** Raw index hits for a heading search, before joining with the stored triples. */
    private List<String> searchHits(String word) {
        return StoreContents.select(database.dataset(), """
                PREFIX cg: <https://w3id.org/councilgraph/ontology#>
                PREFIX text: <http://jena.apache.org/text#>
                SELECT ?s { ?s text:query (cg:heading "%s") }""".formatted(word));
    }
}
