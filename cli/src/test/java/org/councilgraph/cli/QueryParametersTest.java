package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    @Test
    void theParametersOfAQueryAreTheVariablesOfItsValuesBlocksWithTheirExamples() {
        Query query = QueryFactory.create(UserQueries.text("committee-resolutions"));
        var examples = QueryParameters.examples(query);
        assertEquals(List.of("committee", "from", "to"), List.copyOf(examples.keySet()));
        assertEquals(NodeFactory.createLiteralDT("2023-01-01", XSDDatatype.XSDdate), examples.get("from"));
        assertEquals(Map.of(), QueryParameters.examples(QueryFactory.create(UserQueries.text("who-attended-what"))));
    }

    @Test
    void aGivenValueReplacesTheExampleAndTakesItsKind() {
        Query query = QueryFactory.create(UserQueries.text("committee-resolutions"));
        Query set = QueryParameters.apply(query, Map.of("from", "2017-01-01", "committee", "Cabinet"));
        var examples = QueryParameters.examples(set);
        assertEquals(NodeFactory.createLiteralDT("2017-01-01", XSDDatatype.XSDdate), examples.get("from"));
        assertEquals(NodeFactory.createLiteralString("Cabinet"), examples.get("committee"));
        assertEquals(NodeFactory.createLiteralDT("2023-12-31", XSDDatatype.XSDdate), examples.get("to"), "untouched");

        Query meeting = QueryParameters.apply(QueryFactory.create(UserQueries.text("meeting-attendance")),
                Map.of("meeting", "<https://w3id.org/councilgraph/id/meeting/ec02f5774c319c55>"));
        assertTrue(QueryParameters.examples(meeting).get("meeting").isURI());
    }

    @Test
    void aValueOfTheWrongKindOrAnUnknownNameIsRefused() {
        Query query = QueryFactory.create(UserQueries.text("committee-resolutions"));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.apply(query, Map.of("from", "yesterday")));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.apply(query, Map.of("council", "x")));
        Query meeting = QueryFactory.create(UserQueries.text("meeting-attendance"));
        assertThrows(IllegalArgumentException.class, () -> QueryParameters.apply(meeting, Map.of("meeting", "not an iri")));
    }
}
