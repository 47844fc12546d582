package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.councilgraph.store.AdminAccount;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server with updates enabled for an admin, and a short query timeout. */
@Tag("slow") // HTTP
class ServerSecurityTest {

    private static final String ADMIN = "admin:correct horse battery staple";
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/s> <https://example.org/p> \"note\" } }";
    private static final String NOTES = "SELECT ?o { GRAPH <https://example.org/notes> { ?s ?p ?o } }";

    @TempDir
    static Path folder;

    private static RunningServer server;

    @BeforeAll
    static void start() {
        ServiceConfiguration configuration = ServiceConfiguration.packaged().withQueryTimeout(Duration.ofSeconds(1));
        server = RunningServer.start(configuration, folder.resolve("db"),
                new ServerOptions(0, true, new AdminAccount("admin", "correct horse battery staple"), UserQueries.all()),
                List.of(RunningServer.SAMPLES.resolve("003_c8b7ca36a12a45f9.txt")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAnonymousUpdateIsRefused() {
        HttpResponse<String> response = Http.post(server.service() + "/update", "application/sparql-update", INSERT, null);
        assertEquals(401, response.statusCode());
        assertEquals(List.of(), server.select(NOTES));
    }

    @Test
    void anUpdateWithAWrongPasswordIsRefused() {
        HttpResponse<String> response = Http.post(server.service() + "/update", "application/sparql-update", INSERT, "admin:guess");
        assertEquals(401, response.statusCode());
        assertEquals(List.of(), server.select(NOTES));
    }

    @Test
    void anAnonymousUploadIsRefused() {
        String turtle = "<https://example.org/s> <https://example.org/p> \"uploaded\" .";
        assertEquals(401, Http.post(server.service() + "/data?graph=" + Http.encode("https://example.org/up"), "text/turtle",
                turtle, null).statusCode());
        assertEquals(401, Http.post(server.service() + "/upload", "text/turtle", turtle, null).statusCode());
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/up> { ?s ?p ?o } }"));
    }

    @Test
    void theAdminCanUpdateAndQueriesStayOpenToEveryone() {
        String insert = INSERT.replace("/notes>", "/admin-notes>");
        HttpResponse<String> response = Http.post(server.service() + "/update", "application/sparql-update", insert, ADMIN);
        assertTrue(response.statusCode() < 300, "status " + response.statusCode() + ": " + response.body());
        assertEquals(List.of("note"), server.select(NOTES.replace("/notes>", "/admin-notes>")).stream()
                .map(row -> row.get("o")).toList());
    }

    @Test
    void aQueryRunningPastTheTimeoutIsStoppedWithAClearHttpError() {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        long start = System.nanoTime();
        HttpResponse<String> response = Http.post(server.endpoint(), "application/sparql-query", slow, null);
        assertTrue(response.statusCode() == 503 || response.statusCode() == 400, "status " + response.statusCode());
        assertTrue(response.body().toLowerCase().contains("timed out") || response.body().toLowerCase().contains("timeout"),
                response.body());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(50).toNanos(), "the query was stopped, not finished");
    }

    @Test
    void theAdminCannotLoadAServerFile() throws java.io.IOException {
        Path secret = java.nio.file.Files.writeString(folder.resolve("secret.ttl"), "<https://example.org/s> <https://example.org/p> \"the-secret\" .");
        String load = "LOAD <" + secret.toUri() + "> INTO GRAPH <https://example.org/loaded>";
        HttpResponse<String> response = Http.post(server.service() + "/update", "application/sparql-update", load, ADMIN);
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("Error 403: LOAD of a server file is not allowed"), response.body());
        HttpResponse<String> form = Http.post(server.service() + "/update", "application/x-www-form-urlencoded",
                "update=" + Http.encode(load), ADMIN);
        assertEquals(403, form.statusCode(), form.body());
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/loaded> { ?s ?p ?o } }"));
    }

    @Test
    void theAdminCannotMakeTheServerFetchAUrl() throws java.io.IOException {
        try (LocalListener listener = LocalListener.start()) {
            String url = listener.url("/data.ttl");
            HttpResponse<String> load = Http.post(server.service() + "/update", "application/sparql-update", "LOAD SILENT <" + url + ">",
                    ADMIN);
            assertEquals(403, load.statusCode(), load.body());
            assertTrue(load.body().startsWith("Error 403: LOAD from a URL is not enabled on this server"), load.body());
            HttpResponse<String> service = Http.post(server.service() + "/update", "application/sparql-update",
                    "INSERT { GRAPH <https://example.org/fetched> { ?s ?p ?o } } WHERE { SERVICE <" + url + "> { ?s ?p ?o } }", ADMIN);
            assertTrue(service.statusCode() >= 400, service.body());
            assertEquals(0, listener.hits(), "the server fetched a URL for the admin");
        }
    }
}
