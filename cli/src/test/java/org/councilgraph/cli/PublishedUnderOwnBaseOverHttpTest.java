package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment under its own domain: IRIs minted under that base, dereferenced at /id/ on the server behind it. */
@Tag("slow") // HTTP
class PublishedUnderOwnBaseOverHttpTest {

    private static final IriBase BASE = new IriBase("https://minutes.example.org/id/");
    private static final Node DRIVER = NodeFactory.createURI(BASE.iri() + "person/lancashire-county-council/driver-geoff");

    @TempDir
    static Path folder;

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(ServiceConfiguration.packaged(), folder.resolve("db"), ServerOptions.readOnly(0),
                List.of(RunningServer.SAMPLES.resolve("003_c8b7ca36a12a45f9.txt")), BASE);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theBasesIrisDereferenceAtIdOnTheServer() {
        HttpResponse<String> redirect = Http.get(server.base() + "/id/person/lancashire-county-council/driver-geoff", "text/turtle");
        assertEquals(303, redirect.statusCode());
        HttpResponse<String> turtle = Http.get(server.base() + redirect.headers().firstValue("Location").orElseThrow(), "text/turtle");
        Graph g = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(g.contains(DRIVER, CG.familyName, NodeFactory.createLiteralString("Driver")));
        assertFalse(g.find(Node.ANY, CG.attendee, DRIVER).toList().isEmpty());
        assertFalse(turtle.body().contains(CG.ID), "nothing under the default base");
        assertTrue(turtle.body().contains("PREFIX cgid: <" + BASE.iri() + ">"));
    }

    @Test
    void theVoidDescriptionGivesTheBaseAsItsUriSpace() {
        String body = Http.get(server.base() + "/.well-known/void", "text/turtle").body();
        assertTrue(body.contains("\"" + BASE.iri() + "\""), body);
    }
}
