package org.councilgraph.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How to run the server, beyond what the service configuration says.
 *
 * @param port          the HTTP port; 0 picks a free one
 * @param localhostOnly listen on the loopback interface only
 * @param admin         the account allowed to update and upload; null keeps the dataset read-only
 * @param examples      example queries offered on the query page, title to SPARQL text, in order
 * @param limits        what one request may cost; null means {@link EndpointLimits#DEFAULT}
 */
public record ServerOptions(int port, boolean localhostOnly, AdminAccount admin, Map<String, String> examples,
        EndpointLimits limits) {

    public ServerOptions {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        examples = Collections.unmodifiableMap(new LinkedHashMap<>(examples));
        limits = limits == null ? EndpointLimits.DEFAULT : limits;
    }

    /** These options with the default endpoint limits. */
    public ServerOptions(int port, boolean localhostOnly, AdminAccount admin, Map<String, String> examples) {
        this(port, localhostOnly, admin, examples, EndpointLimits.DEFAULT);
    }

    /** These options with other endpoint limits. */
    public ServerOptions withLimits(EndpointLimits other) {
        return new ServerOptions(port, localhostOnly, admin, examples, other);
    }

    /** Read-only on {@code port}, on every interface, with no example queries. */
    public static ServerOptions readOnly(int port) {
        return new ServerOptions(port, false, null, Map.of());
    }
}
