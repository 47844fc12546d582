package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.councilgraph.store.AdminAccount;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server listening on every interface whose admin may LOAD from URLs: remote loads run, server
 * files stay refused, and the admin endpoints answer only from this machine (or over HTTPS).
 */
@Tag("slow") // HTTP
class AdminEndpointsTest {

    private static final String ADMIN = "admin:correct horse battery staple";
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/notes> { <https://example.org/s> <https://example.org/p> \"note\" } }";

    @TempDir
    static Path folder;

    private static RunningServer server;

    @BeforeAll
    static void start() {
        server = RunningServer.start(ServiceConfiguration.packaged(), folder.resolve("db"),
                new ServerOptions(0, false, new AdminAccount("admin", "correct horse battery staple", true), UserQueries.all()),
                List.of(RunningServer.SAMPLES.resolve("003_c8b7ca36a12a45f9.txt")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRemoteLoadRunsWhenEnabled() throws IOException {
        try (LocalListener listener = LocalListener.serving("text/turtle", "<https://example.org/s> <https://example.org/p> \"remote\" .")) {
            HttpResponse<String> load = Http.post(server.service() + "/update", "application/sparql-update",
                    "LOAD <" + listener.url("/data.ttl") + "> INTO GRAPH <https://example.org/remote>", ADMIN);
            assertTrue(load.statusCode() < 300, load.statusCode() + ": " + load.body());
            assertEquals(1, listener.hits(), "the enabled remote LOAD fetched its URL");
            assertEquals(List.of("remote"), server.select("SELECT ?o { GRAPH <https://example.org/remote> { ?s ?p ?o } }").stream()
                    .map(row -> row.get("o")).toList());
        }
    }

    @Test
    void aRemoteLoadOfAMissingUrlIsAClientErrorNamingTheUrlAndTheRemoteAnswer() throws IOException {
        try (LocalListener missing = LocalListener.start()) {
            for (String into : List.of(" INTO GRAPH <https://example.org/missing>", "")) {
                String url = missing.url("/missing.ttl");
                HttpResponse<String> load = Http.post(server.service() + "/update", "application/sparql-update", "LOAD <" + url + ">" + into, ADMIN);
                assertEquals(400, load.statusCode(), load.body());
                assertEquals("LOAD <" + url + "> failed: the remote server answered 404; nothing was loaded\n", load.body());
            }
            assertEquals(2, missing.hits());
        }
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/missing> { ?s ?p ?o } }"));
    }

    @Test
    void aRemoteLoadOfSomethingNotRdfIsAClientError() throws IOException {
        try (LocalListener listener = LocalListener.serving("text/turtle", "<https://example.org/s> this is not Turtle {")) {
            String url = listener.url("/broken.ttl");
            HttpResponse<String> load = Http.post(server.service() + "/update", "application/sparql-update",
                    "LOAD <" + url + "> INTO GRAPH <https://example.org/broken>", ADMIN);
            assertEquals(400, load.statusCode(), load.body());
            assertEquals("LOAD <" + url + "> failed: the remote server's answer is not RDF that can be read; nothing was loaded\n", load.body());
        }
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/broken> { ?s ?p ?o } }"));
    }

    @Test
    void aServerFileIsRefusedEvenWithRemoteLoads() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.ttl"), "<https://example.org/s> <https://example.org/p> \"the-secret\" .");
        HttpResponse<String> response = Http.post(server.service() + "/update", "application/sparql-update",
                "LOAD <" + secret.toUri() + "> INTO GRAPH <https://example.org/loaded>", ADMIN);
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().startsWith("Error 403: LOAD of a server file is not allowed"), response.body());
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/loaded> { ?s ?p ?o } }"));
    }

    @Test
    void theAdminEndpointsRefusePlainHttpFromAnotherMachine() {
        Optional<InetAddress> external = externalAddress();
        assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address");
        String service = server.service().replace("localhost", external.get().getHostAddress());
        for (String endpoint : List.of("/update", "/data?graph=" + Http.encode("https://example.org/notes"), "/upload")) {
            HttpResponse<String> response = Http.post(service + endpoint, "application/sparql-update", INSERT, ADMIN);
            assertEquals(403, response.statusCode(), endpoint + ": " + response.body());
            assertEquals("Error 403: The admin endpoints answer only over HTTPS or from this machine\n", response.body());
        }
        assertEquals(200, Http.get(service + "/sparql?query=" + Http.encode("ASK {}"), "application/sparql-results+json").statusCode(),
                "queries stay open to every machine");
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/notes> { ?s ?p ?o } }"));
    }

    @Test
    void aProxyOnThisMachineForwardsOnlyHttps() {
        HttpResponse<String> clear = update("http", INSERT.replace("/notes>", "/clear>"));
        assertEquals(403, clear.statusCode(), clear.body());
        assertEquals(List.of(), server.select("SELECT ?o { GRAPH <https://example.org/clear> { ?s ?p ?o } }"));
        HttpResponse<String> secure = update("https", INSERT.replace("/notes>", "/secure>"));
        assertTrue(secure.statusCode() < 300, secure.statusCode() + ": " + secure.body());
        assertEquals(1, server.select("SELECT ?o { GRAPH <https://example.org/secure> { ?s ?p ?o } }").size());
    }

    private static HttpResponse<String> update(String forwardedProto, String update) {
        return Http.send(HttpRequest.newBuilder(URI.create(server.service() + "/update"))
                .header("Content-Type", "application/sparql-update").header("X-Forwarded-Proto", forwardedProto)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(update)));
    }

    private static Optional<InetAddress> externalAddress() {
        try {
            return NetworkInterface.networkInterfaces().filter(AdminEndpointsTest::isUp)
                    .flatMap(NetworkInterface::inetAddresses)
                    .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                    .findFirst();
        } catch (SocketException e) {
            return Optional.empty();
        }
    }

    private static boolean isUp(NetworkInterface network) {
        try {
            return network.isUp();
        } catch (SocketException e) {
            return false;
        }
    }
}
