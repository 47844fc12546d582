package org.councilgraph.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets the admin endpoints answer only over HTTPS or from this machine: basic auth sends the
 * password in clear, so plain HTTP from another machine is refused with 403. A reverse proxy on
 * this machine that ends HTTPS connects over the loopback interface; a request it forwarded from
 * plain HTTP (its {@code X-Forwarded-Proto} is not {@code https}) is refused too.
 */
final class AdminTransport extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String FORWARDED_PROTO = "X-Forwarded-Proto";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isSecure() || (isLoopback(request.getRemoteAddr()) && !forwardedInClear(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN, "The admin endpoints answer only over HTTPS or from this machine");
    }

    private static boolean forwardedInClear(HttpServletRequest request) {
        String proto = request.getHeader(FORWARDED_PROTO);
        return proto != null && !proto.strip().equalsIgnoreCase("https");
    }

    private static boolean isLoopback(String address) {
        try {
            // The remote address is numeric, so this does not look a name up.
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
