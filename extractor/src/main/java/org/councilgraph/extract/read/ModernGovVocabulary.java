package org.councilgraph.extract.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.councilgraph.extract.fact.AttendanceStatus;

/**
 * ModernGov's own words for attendance and presiding roles, from the data files
 * {@code moderngov-attendance.tsv} and {@code moderngov-presiding-roles.txt} beside this class.
 */
final class ModernGovVocabulary {

    static final ModernGovVocabulary STANDARD = new ModernGovVocabulary();

    private final Map<String, AttendanceStatus> statuses = new HashMap<>();
    private final Set<String> presiding = new HashSet<>();

    private ModernGovVocabulary() {
        for (String line : lines("moderngov-attendance.tsv")) {
            String[] cells = line.split("\t");
            if (cells.length != 2) {
                throw new IllegalStateException("moderngov-attendance.tsv: not a value and a status: " + line);
            }
            statuses.put(key(cells[0]), AttendanceStatus.valueOf(cells[1].toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        lines("moderngov-presiding-roles.txt").forEach(l -> presiding.add(key(l)));
    }

    /** The status an attendance value records, or empty for a value the data file does not list. */
    Optional<AttendanceStatus> status(String attendance) {
        return Optional.ofNullable(statuses.get(key(attendance)));
    }

    /** True when a person in role {@code roleDescription} presides over the meeting. */
    boolean presides(String roleDescription) {
        return presiding.contains(key(roleDescription));
    }

    private static String key(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ModernGovVocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
