package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // HTTP
class GraphExportsOverHttpTest {

    private static final RunningServer server = RunningServer.sharedSamples();

    @Test
    void eachNetworkIsServedInEachFormatWithItsMediaType() {
        for (String network : new String[] {"co-attendance", "membership", "declarations"}) {
            for (String[] format : new String[][] {{"gexf", "application/gexf+xml"}, {"graphml", "application/graphml+xml"},
                {"cyjs", "application/json"}, {"nodes.csv", "text/csv"}, {"edges.csv", "text/csv"}}) {
                HttpResponse<String> response = Http.get(server.base() + "/graph/" + network + "." + format[0], "*/*");
                assertEquals(200, response.statusCode(), network + "." + format[0]);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(format[1]), format[0]);
            }
        }
    }

    @Test
    void queryParametersFilterAsTheCommandLineOptionsDo() {
        int all = edges(Http.get(server.base() + "/graph/co-attendance.cyjs", "*/*"));
        int cabinet = edges(Http.get(server.base() + "/graph/co-attendance.cyjs?committee="
                + Http.encode("Performance Improvement"), "*/*"));
        int none = edges(Http.get(server.base() + "/graph/co-attendance.cyjs?from=2030-01-01", "*/*"));

        assertTrue(0 < cabinet && cabinet < all, cabinet + " of " + all);
        assertEquals(0, none);
    }

    @Test
    void theStatusParameterTakesRepeatedOrCommaSeparatedStatuses() {
        int present = edges(Http.get(server.base() + "/graph/co-attendance.cyjs?status=present", "*/*"));
        int apologies = edges(Http.get(server.base() + "/graph/co-attendance.cyjs?status=apologies", "*/*"));
        int listed = edges(Http.get(server.base() + "/graph/co-attendance.cyjs?status=present,apologies", "*/*"));
        int repeated = edges(Http.get(server.base() + "/graph/co-attendance.cyjs?status=present&status=apologies", "*/*"));
        HttpResponse<String> unknown = Http.get(server.base() + "/graph/co-attendance.cyjs?status=late", "*/*");

        assertTrue(apologies > 0 && present > 0, present + " present, " + apologies + " apologies");
        assertEquals(listed, repeated);
        assertTrue(listed > present && listed > apologies, listed + " together");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("'late'"), unknown.body());
    }

    @Test
    void badRequestsSayWhatIsWrong() {
        HttpResponse<String> date = Http.get(server.base() + "/graph/co-attendance.gexf?from=last-year", "*/*");
        assertEquals(400, date.statusCode());
        assertTrue(date.body().contains("not a date"), date.body());
        assertEquals(400, Http.get(server.base() + "/graph/neighbourhood.gexf", "*/*").statusCode());
        assertEquals(404, Http.get(server.base() + "/graph/friendship.gexf", "*/*").statusCode());
        assertEquals(404, Http.get(server.base() + "/graph/co-attendance.dot", "*/*").statusCode());
    }

    @Test
    void theNeighbourhoodOfAPersonIsServed() {
        String driver = "https://w3id.org/councilgraph/id/person/lancashire-county-council/driver-geoff";
        HttpResponse<String> response = Http.get(server.base() + "/graph/neighbourhood.cyjs?resource="
                + Http.encode(driver), "*/*");

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(edges(response) > 0);
    }

    private static int edges(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject json = JSON.parse(response.body());
        return json.get("elements").getAsObject().get("edges").getAsArray().size();
    }
}
