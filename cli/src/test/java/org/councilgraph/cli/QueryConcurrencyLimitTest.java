package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.councilgraph.store.EndpointLimits;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With one place for queries and no queue, a second query while an expensive one runs is refused
 * with 503 and Retry-After; once a query is known to be expensive it runs in its own lane and cheap
 * queries are answered beside it.
 */
@Tag("slow") // HTTP
class QueryConcurrencyLimitTest {

    /** Counts a cross product that does not finish before the time limit. */
    private static final String EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path folder;

    private static RunningServer server;

    @BeforeAll
    static void start() {
        ServiceConfiguration configuration = ServiceConfiguration.packaged().withQueryTimeout(Duration.ofSeconds(4));
        server = RunningServer.start(configuration, folder.resolve("db"),
                new ServerOptions(0, true, null, UserQueries.all()).withLimits(EndpointLimits.DEFAULT.withConcurrency(1, Duration.ZERO)),
                List.of(RunningServer.SAMPLES.resolve("003_c8b7ca36a12a45f9.txt")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aQueryBeyondTheLimitGets503WithRetryAfterAndTheServerRecovers() {
        HttpResponse<String> refused = null;
        HttpResponse<String> expensiveAnswer = null;
        // The expensive query may lose the race for the one place to the first probe; then try again.
        for (int attempt = 0; attempt < 5 && refused == null; attempt++) {
            // A text never run before, so the server does not yet know it is expensive.
            String unknown = EXPENSIVE + " # attempt " + attempt;
            CompletableFuture<HttpResponse<String>> expensive = CompletableFuture.supplyAsync(
                    () -> Http.post(server.endpoint(), "application/sparql-query", unknown, null));
            pause(); // let the expensive query take the place before the probes start
            // Probe while the expensive query holds the place (for its 4 s time limit).
            while (refused == null && !expensive.isDone()) {
                HttpResponse<String> probe = Http.get(server.endpoint() + "?query=" + Http.encode("ASK {}"),
                        "application/sparql-results+json");
                if (probe.statusCode() == 503) {
                    refused = probe;
                }
            }
            expensiveAnswer = expensive.join();
        }
        assertTrue(refused != null, "no request was refused while the expensive query ran");
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
        assertEquals("Error 503: The server is busy; try again shortly\n", refused.body());
        assertEquals(503, expensiveAnswer.statusCode(), "the expensive query ends at its time limit");
        assertTrue(expensiveAnswer.body().contains("timed out"), expensiveAnswer.body());
        assertEquals(200, Http.get(server.base() + "/$/ping", "text/plain").statusCode());
        // The place is given back just after the expensive answer is sent; the next query gets it.
        int status = 503;
        for (int attempt = 0; attempt < 20 && status == 503; attempt++) {
            pause();
            status = Http.get(server.endpoint() + "?query=" + Http.encode("ASK {}"), "application/sparql-results+json").statusCode();
        }
        assertEquals(200, status, "the server did not recover after the expensive query");
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aCheapQueryIsAnsweredWhileAKnownExpensiveQueryRuns() {
        String known = EXPENSIVE + " # known";
        assertEquals(503, Http.post(server.endpoint(), "application/sparql-query", known, null).statusCode(),
                "its first run ends at the time limit, and the server remembers it as expensive");
        CompletableFuture<HttpResponse<String>> expensive = CompletableFuture.supplyAsync(
                () -> Http.post(server.endpoint(), "application/sparql-query", known, null));
        pause(); // let the expensive query take its lane's place
        HttpResponse<String> cheap = Http.get(server.endpoint() + "?query=" + Http.encode("ASK {}"), "application/sparql-results+json");
        HttpResponse<String> again = Http.post(server.endpoint(), "application/sparql-query", known, null);
        boolean stillRunning = !expensive.isDone();
        assertEquals(503, expensive.join().statusCode());
        assertTrue(stillRunning, "the expensive query was still running when the others were sent");
        assertEquals(200, cheap.statusCode(), cheap.body());
        assertEquals(503, again.statusCode(), "the expensive lane's one place is taken");
        assertEquals("5", again.headers().firstValue("Retry-After").orElse(null));
    }
}
