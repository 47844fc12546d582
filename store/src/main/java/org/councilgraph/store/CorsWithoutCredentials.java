package org.councilgraph.store;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter with its usual settings but never {@code Access-Control-Allow-Credentials}:
 * any page may read public query results, and no page can make a visitor's browser send its
 * cookies or saved passwords (the admin account's) along with a cross-origin request.
 */
final class CorsWithoutCredentials extends CrossOriginFilter {

    /** Fuseki main's defaults (FusekiServer.Builder), credentials switched off. */
    static final Map<String, String> SETTINGS;

    static {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ALLOWED_ORIGINS_PARAM, "*");
        settings.put(ALLOWED_METHODS_PARAM, "GET,POST,DELETE,PUT,HEAD,OPTIONS,PATCH");
        settings.put(ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, Last-Modified, Authorization");
        settings.put(EXPOSED_HEADERS_PARAM, "Cache-Control, Content-Language, Content-Length, Content-Type, Expires, Last-Modified, Pragma, Retry-After");
        settings.put(CHAIN_PREFLIGHT_PARAM, "false");
        settings.put(ALLOW_CREDENTIALS_PARAM, "false");
        SETTINGS = Collections.unmodifiableMap(settings);
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return SETTINGS.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }
}
