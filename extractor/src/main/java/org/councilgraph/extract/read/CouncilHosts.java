package org.councilgraph.extract.read;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The councils that publish on which web hosts, as a user configures them in a file
 * {@code council-hosts.tsv} beside the documents: a host, a tab and the council's name a line
 * ({@code democracy.weston.gov.uk<TAB>Weston Parish Council}), {@code #} comments. A document
 * whose text and metadata name no council takes the council of its source URL's host, or of the
 * nearest parent domain listed ({@code www.} aside): the mapping is what the user says, never a
 * guess from the host's words.
 */
public final class CouncilHosts {

    /** The file's name. */
    public static final String FILE = "council-hosts.tsv";
    private static final long MAX_BYTES = 1L << 20;

    public static final CouncilHosts NONE = new CouncilHosts(Map.of());

    private final Map<String, String> councils;

    private CouncilHosts(Map<String, String> councils) {
        this.councils = Map.copyOf(councils);
    }

    /**
     * The mapping of {@code file}.
     *
     * @throws IllegalArgumentException naming the line that is not a host, a tab and a name
     */
    public static CouncilHosts read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IllegalArgumentException(FILE + " is larger than 1 MiB");
        }
        Map<String, String> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 2 || !cells[0].strip().matches("[A-Za-z0-9.-]+") || cells[1].isBlank()) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + " is not 'host<TAB>council name'");
            }
            out.put(host(cells[0].strip()), cells[1].strip());
        }
        return new CouncilHosts(out);
    }

    /** {@code metadata} with the council of its source URL's host when it names none and the host is listed. */
    public DocumentMetadata fill(DocumentMetadata metadata) {
        if (metadata.council() != null || metadata.sourceUrl() == null) {
            return metadata;
        }
        return councilOf(metadata.sourceUrl())
                .map(c -> new DocumentMetadata(c, metadata.committee(), metadata.meetingDate(), metadata.sourceUrl()))
                .orElse(metadata);
    }

    /** The council of {@code url}'s host or nearest listed parent domain. */
    public Optional<String> councilOf(String url) {
        String host;
        try {
            host = new URI(url).getHost();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        for (String h = host(host); h.contains("."); h = h.substring(h.indexOf('.') + 1)) {
            String council = councils.get(h);
            if (council != null) {
                return Optional.of(council);
            }
        }
        return Optional.empty();
    }

    private static String host(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
