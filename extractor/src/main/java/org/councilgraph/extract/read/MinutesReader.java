package org.councilgraph.extract.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.councilgraph.extract.text.DocumentText;

/**
 * The first stage: turns a file of minutes into a {@link SourceDocument}, in the format
 * {@link DocumentFormats} judges it to be in, or rejects it with a reason.
 */
public final class MinutesReader {

    private static final long MAX_BYTES = 32L * 1024 * 1024;

    private final SidecarMetadata sidecars = new SidecarMetadata();
    /** Each folder's {@link CouncilHosts}, read once: documents are read on several threads. */
    private final Map<Path, CouncilHosts> hosts = new ConcurrentHashMap<>();

    /**
     * Reads {@code path}; metadata comes from {@code given} first, then from a sidecar
     * {@code <stem>.meta.json} next to the file, and the council, when neither names one, from the
     * source URL's host as a {@code council-hosts.tsv} in the file's folder maps it ({@link CouncilHosts}).
     */
    public SourceDocument read(Path path, DocumentMetadata given) throws DocumentException {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new UnreadableDocumentException(name, Files.exists(path) ? "not a regular file" : "no such file");
        }
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new UnreadableDocumentException(name, "larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "cannot be read: " + e.getMessage(), e);
        }
        DocumentMetadata metadata = hostsBeside(path, name).fill(given.orElse(sidecars.forDocument(path)));
        return fromBytes(name, path.toString(), bytes, metadata);
    }

    private CouncilHosts hostsBeside(Path path, String name) throws UnreadableDocumentException {
        Path folder = path.toAbsolutePath().getParent();
        Path file = folder == null ? null : folder.resolve(CouncilHosts.FILE);
        if (file == null || !Files.isRegularFile(file)) {
            return CouncilHosts.NONE;
        }
        try {
            return hosts.computeIfAbsent(folder, f -> {
                try {
                    return CouncilHosts.read(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new UnreadableDocumentException(name, "its folder's " + CouncilHosts.FILE + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** Reads a document held in memory; {@code name} and the bytes decide its format as a file's would. */
    public SourceDocument fromBytes(String name, String origin, byte[] bytes, DocumentMetadata metadata)
            throws UnreadableDocumentException {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(name, "the file is empty");
        }
        MinutesFormat format = minutesFormat(name, bytes);
        if (format.characters()) {
            rejectBinary(name, bytes);
        }
        ExtractedText read = format.read(name, bytes);
        if (letterShare(read.text()) < 0.3) {
            throw new UnreadableDocumentException(name, "the file does not hold readable text (too few letters)");
        }
        return new SourceDocument(name, origin, SourceDocument.sha256Hex(bytes), format.mediaType(),
                DocumentText.of(read.text()), metadata, read.pages(), read.stated());
    }

    private static MinutesFormat minutesFormat(String name, byte[] bytes) throws UnreadableDocumentException {
        DocumentFormats.Verdict verdict = DocumentFormats.judge(name, bytes, true);
        if (verdict instanceof DocumentFormats.Unreadable u) {
            throw new UnreadableDocumentException(name, u.reason());
        }
        DocumentFormat format = ((DocumentFormats.Readable) verdict).format();
        if (format instanceof MinutesFormat minutes) {
            return minutes;
        }
        throw new UnreadableDocumentException(name, "is an RDF file (" + format.name()
                + "), not minutes; load it into a database with councilgraph load");
    }

    private static void rejectBinary(String name, byte[] bytes) throws UnreadableDocumentException {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        if (!utf16) {
            for (byte b : bytes) {
                if (b == 0) {
                    throw new UnreadableDocumentException(name, "holds binary data (NUL bytes), not text");
                }
            }
        }
    }

    private static double letterShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        return visible == 0 ? 0 : (double) letters / visible;
    }
}
