package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.councilgraph.store.EndpointLimits;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public endpoint against an attacker: it fetches nothing for a caller, refuses oversized
 * requests before parsing them, never hands credentials to another origin, sends security
 * headers and plain errors on every path, and a result it cannot finish ends in an error.
 */
@Tag("slow") // HTTP
class PublicEndpointHardeningTest {

    /** Streams rows without end on any document: every triple with every other, three times over. */
    private static final String RUNAWAY = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

    private static final long RESULT_CAP = 64L * 1024 * 1024;

    @TempDir
    static Path folder;

    private static RunningServer server;
    private static LocalListener listener;

    @BeforeAll
    static void start() throws IOException {
        ServiceConfiguration configuration = ServiceConfiguration.packaged().withQueryTimeout(Duration.ofSeconds(2));
        server = RunningServer.start(configuration, folder.resolve("db"),
                new ServerOptions(0, true, null, UserQueries.all()).withLimits(EndpointLimits.DEFAULT.withMaxResultBytes(RESULT_CAP)),
                List.of(RunningServer.SAMPLES.resolve("003_c8b7ca36a12a45f9.txt")));
        listener = LocalListener.start();
    }

    @AfterAll
    static void stop() {
        listener.close();
        server.close();
    }

    private static String listenerUrl() {
        return listener.url("/x");
    }

    @Test
    void aServiceClauseFetchesNothingAndIsRefused() {
        HttpResponse<String> response = Http.post(server.endpoint(), "application/sparql-query",
                "SELECT * { SERVICE <" + listenerUrl() + "> { ?s ?p ?o } }", null);
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(response.body().contains("SERVICE execution disabled"), response.body());
        assertEquals(0, listener.hits(), "the server fetched a caller's URL");
    }

    @Test
    void aRemoteFromFetchesNothing() {
        HttpResponse<String> response = Http.post(server.endpoint(), "application/sparql-query",
                "SELECT * FROM <" + listenerUrl() + "> { ?s ?p ?o } LIMIT 1", null);
        assertTrue(response.statusCode() < 500, response.body());
        assertEquals(0, listener.hits(), "the server fetched a caller's URL");
    }

    @Test
    void aTenMegabyteQueryIsRefusedWith413() {
        String body = "query=" + Http.encode("SELECT * {?s ?p ?o} LIMIT 1 #" + "x".repeat(10_000_000));
        HttpResponse<String> response = Http.post(server.endpoint(), "application/x-www-form-urlencoded", body, null);
        assertEquals(413, response.statusCode());
        assertEquals("Error 413: Request larger than 256 KiB\n", response.body());
    }

    @Test
    void aLongQueryStringIsRefusedWith413() {
        String url = server.endpoint() + "?query=" + Http.encode("ASK {} #" + "x".repeat(300_000));
        assertEquals(413, Http.get(url, "application/sparql-results+json").statusCode());
    }

    @Test
    void aBodyWithoutALengthIsCountedAndRefusedPastTheLimit() throws IOException {
        byte[] big = ("ASK {} #" + "x".repeat(1_000_000)).getBytes(StandardCharsets.UTF_8);
        assertEquals(413, chunkedPost("application/sparql-query", big));
        assertEquals(200, chunkedPost("application/sparql-query", "ASK {}".getBytes(StandardCharsets.UTF_8)));
        assertEquals(411, chunkedPost("application/x-www-form-urlencoded", "query=ASK+%7B%7D".getBytes(StandardCharsets.UTF_8)));
    }

    /** Posts {@code body} in chunks without a Content-Length (java.net.http always sends one); gives the status. */
    private static int chunkedPost(String contentType, byte[] body) throws IOException {
        URI endpoint = URI.create(server.endpoint());
        try (Socket socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(("POST " + endpoint.getPath() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
                        + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                for (int at = 0; at < body.length; at += 8192) {
                    int n = Math.min(8192, body.length - at);
                    out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, at, n);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.net.SocketException e) {
                // The server answered and closed before the whole body was sent; its answer is still there to read.
            }
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    @Test
    void noOriginIsGivenCredentials() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "?query=" + Http.encode("ASK {}")))
                .header("Origin", "http://attacker.example"));
        assertEquals(200, response.statusCode());
        assertFalse(response.headers().firstValue("Access-Control-Allow-Credentials").orElse("false").equals("true"));
        assertEquals("http://attacker.example", response.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                "public results stay readable from other origins");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/councilgraph/sparql?query=ASK%7B%7D", "/councilgraph/sparql?query=nonsense", "/no/such/page",
        "/yasgui/yasgui.min.css", "/$/ping"})
    void everyPathSendsTheSecurityHeaders(String path) {
        HttpResponse<String> response = Http.get(server.base() + path, "*/*");
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null), path);
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(null), path);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), path + ": " + csp);
    }

    @Test
    void theQueryPagePolicyAllowsOnlyItsOwnInlineScript() {
        HttpResponse<String> response = Http.get(server.base() + "/", "text/html");
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.matches(".*script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'.*"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
    }

    @Test
    void aMissingPageDoesNotEchoItsAddress() {
        HttpResponse<String> response = Http.get(server.base() + "/no/such/%3Cscript%3Epage", "text/html");
        assertEquals(404, response.statusCode());
        assertEquals("Error 404: Not Found\n", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void aRunawayQueryEndsInAnErrorTheClientSees() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.endpoint()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(RUNAWAY)).timeout(Duration.ofSeconds(60)).build();
        HttpClient client = HttpClient.newHttpClient();
        IOException broken = assertThrows(IOException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofInputStream())
                .body().transferTo(OutputStream.nullOutputStream()));
        assertNotEquals(null, broken.getMessage());
    }

    @Test
    void aQuerySlowToParseIsAnsweredAtTheTimeLimit() {
        // Jena checks each BIND against the group before it: 10,000 of them (180 KB) take many
        // seconds to parse, well past the 2 s limit of this server.
        StringBuilder binds = new StringBuilder("SELECT * { ?s ?p ?o ");
        for (int i = 0; i < 13_000; i++) {
            binds.append("BIND(1 AS ?b").append(i).append(") ");
        }
        String query = binds.append('}').toString();
        assertTrue(query.length() < EndpointLimits.DEFAULT.maxRequestBytes(), "under the size limit: " + query.length());
        HttpResponse<String> response = Http.post(server.endpoint(), "application/sparql-query", query, null);
        assertEquals(503, response.statusCode(), response.body());
        assertEquals("Error 503: The query could not be parsed within the time limit of 2.0 s\n", response.body());
        assertEquals(List.of(), server.select("SELECT ?s { ?s <urn:x:none> ?o }"), "the server answers the next query");
    }

    @Test
    void aQueryNestedTooDeeplyIsAClientError() {
        // 6,000 UNIONs parse in well under a second but nest deeper than Jena's algebra walkers can recurse.
        String query = "SELECT * { { ?s ?p ?o }" + " UNION { ?s ?p ?o }".repeat(6_000) + " }";
        HttpResponse<String> response = Http.post(server.endpoint(), "application/sparql-query", query, null);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("The query is nested too deeply to run\n", response.body());
    }

    @Test
    void aQueryTooLargeToPlanIsRefusedBeforePlanning() {
        // 16,000 FILTERs (160 KB) parse within the limit, but Jena's optimiser then took seconds
        // over them, outside it, on the request's thread.
        String query = "SELECT * { ?s ?p ?o " + "FILTER(?o) ".repeat(16_000) + "}";
        assertTrue(query.length() < EndpointLimits.DEFAULT.maxRequestBytes(), "under the size limit: " + query.length());
        HttpResponse<String> response = Http.post(server.endpoint(), "application/sparql-query", query, null);
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("The query is too large to plan: its algebra has 16,0"), response.body());
        assertTrue(response.body().endsWith("; this endpoint plans queries of at most 10,000\n"), response.body());
    }

    @Test
    void theRequestLogRecordsSizeAndDigestNotTheText() throws InterruptedException {
        String marker = "do-not-log-" + System.nanoTime();
        String query = "SELECT * { ?s ?p ?o FILTER(?o = \"" + marker + "\") }";
        String formQuery = query + " # sent as a form";
        String form = "query=" + Http.encode(formQuery);
        String bodyLine = "POST /councilgraph/sparql " + query.getBytes(StandardCharsets.UTF_8).length + " bytes query sha256:"
                + sha256(query) + " -> 200";
        String formLine = "POST /councilgraph/sparql " + form.length() + " bytes query sha256:" + sha256(formQuery) + " -> 200";
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String log;
        try {
            assertEquals(200, Http.post(server.endpoint(), "application/sparql-query", query, null).statusCode());
            assertEquals(200, Http.post(server.endpoint(), "application/x-www-form-urlencoded", form, null).statusCode());
            // The line is written just after the response is sent.
            for (int wait = 0; wait < 50 && !captured.toString(StandardCharsets.UTF_8).contains(formLine); wait++) {
                Thread.sleep(100);
            }
        } finally {
            System.setErr(standardError);
            log = captured.toString(StandardCharsets.UTF_8);
        }
        assertTrue(log.contains(bodyLine), bodyLine + " in\n" + log);
        assertTrue(log.contains(formLine), formLine + " in\n" + log);
        assertFalse(log.contains(marker), log);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCheapQueryStillSucceedsAfterARunawayOne() {
        assertEquals(List.of(), server.select("SELECT ?s { ?s <urn:x:none> ?o }"));
    }
}
