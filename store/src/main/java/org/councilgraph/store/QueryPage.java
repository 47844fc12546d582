package org.councilgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JsonObject;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page at {@code /}: the YASGUI query editor (from its WebJar, served under
 * {@code /yasgui/}) aimed at the service's SPARQL endpoint, with the example queries a tab away.
 */
final class QueryPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where the editor's script and style sheet are served. */
    static final String ASSETS = "/yasgui";

    private static final String WEBJAR = "META-INF/resources/webjars/zazuko__yasgui/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";
    private static final Pattern ASSET_NAME = Pattern.compile("/[A-Za-z0-9][A-Za-z0-9._-]*\\.(js|css)");

    private final transient byte[] page;
    private final String contentSecurityPolicy;
    private final String assetBase;

    QueryPage(String endpointPath, Map<String, String> examples) {
        JsonObject queries = new JsonObject();
        examples.forEach(queries::put);
        String html = resourceText("councilgraph-ui/index.html")
                .replace("__ENDPOINT_PATH__", endpointPath)
                // Inside <script>, "</" could end the element early.
                .replace("__EXAMPLES__", queries.toString().replace("</", "<\\/"));
        this.page = html.getBytes(StandardCharsets.UTF_8);
        this.contentSecurityPolicy = SecurityHeaders.CONTENT_SECURITY_POLICY.replace("script-src 'self'",
                "script-src 'self' '" + inlineScriptHash(html) + "'");
        this.assetBase = WEBJAR + webjarVersion() + "/build";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String servletPath = request.getServletPath();
        if (servletPath.isEmpty() || servletPath.equals("/") || servletPath.equals("/index.html")) {
            response.setContentType("text/html;charset=utf-8");
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
            response.getOutputStream().write(page);
            return;
        }
        String asset = request.getPathInfo();
        if (servletPath.equals(ASSETS) && asset != null && ASSET_NAME.matcher(asset).matches()) {
            try (InputStream in = QueryPage.class.getClassLoader().getResourceAsStream(assetBase + asset)) {
                if (in != null) {
                    response.setContentType(asset.endsWith(".js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8");
                    response.setHeader("Cache-Control", "max-age=86400");
                    in.transferTo(response.getOutputStream());
                    return;
                }
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    /** The CSP source ({@code 'sha256-...'}) that allows the page's one inline script and no other. */
    private static String inlineScriptHash(String html) {
        int open = html.indexOf(INLINE_SCRIPT);
        int close = html.indexOf("</script>", open);
        if (open < 0 || close < 0) {
            throw new IllegalStateException("the query page has no inline script");
        }
        String script = html.substring(open + INLINE_SCRIPT.length(), close);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static final String INLINE_SCRIPT = "<script>";

    private static String webjarVersion() {
        Properties pom = new Properties();
        try (InputStream in = QueryPage.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the YASGUI WebJar is missing from the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String resourceText(String name) {
        try (InputStream in = QueryPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
