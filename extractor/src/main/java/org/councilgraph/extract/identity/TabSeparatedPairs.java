package org.councilgraph.extract.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A packaged data file of pairs, one to a line, separated by a tab ("cttee&lt;TAB&gt;committee"),
 * with blank lines and {@code #} comments. A line of another shape is an error that names it.
 */
final class TabSeparatedPairs {

    private TabSeparatedPairs() {
    }

    /** The pairs of {@code resource} beside {@code owner}; {@code shape} says what a line holds, for the error. */
    static Map<String, String> read(Class<?> owner, String resource, String shape) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + resource);
            }
            Map<String, String> map = new HashMap<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 2) {
                    throw new IllegalStateException(resource + ": not '" + shape + "': " + line);
                }
                map.put(cells[0].strip(), cells[1].strip());
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
