package org.councilgraph.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP listener that counts the requests it receives and answers each with an empty
 * 404 (or a fixed body): the tests hand its URL to the server as a caller would and assert that
 * it was never fetched, or that it was when fetching is enabled.
 */
final class LocalListener implements AutoCloseable {

    private final HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();

    private LocalListener(HttpServer server) {
        this.server = server;
    }

    /** A listener on a free loopback port, already started. */
    static LocalListener start() throws IOException {
        return serving(null, null);
    }

    /** A listener that answers every request with {@code body} as {@code contentType} (200), or an empty 404 when body is null. */
    static LocalListener serving(String contentType, String body) throws IOException {
        LocalListener listener = new LocalListener(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
        listener.server.createContext("/", exchange -> {
            listener.hits.incrementAndGet();
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        listener.server.start();
        return listener;
    }

    /** The listener's URL for {@code path} ("/x"). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** How many requests reached the listener. */
    int hits() {
        return hits.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
