package org.councilgraph.extract.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a list of inputs names: files as given, folders read recursively, in name order.
 * A file in a folder that is neither minutes nor RDF (notes, images, data) is passed over and
 * listed with the reason; a document in a format councilgraph does not read (an old Word file,
 * an archive) is kept, so that reading it fails by name and reason. Sidecar metadata files belong to their document.
 *
 * @param documents the files to read, in order
 * @param passedOver the files of folders that are not documents, with why
 */
public record InputFiles(List<Path> documents, List<PassedOver> passedOver) {

    /** A file of a folder that is not read, and why. */
    public record PassedOver(Path file, String reason) {
    }

    public InputFiles {
        documents = List.copyOf(documents);
        passedOver = List.copyOf(passedOver);
    }

    /** The files {@code inputs} name. */
    public static InputFiles of(List<Path> inputs) {
        List<Path> documents = new ArrayList<>();
        List<PassedOver> passedOver = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                documents.add(input);
                continue;
            }
            for (Path file : walk(input)) {
                String name = file.getFileName().toString();
                if (name.endsWith(SidecarMetadata.SUFFIX) && isSidecarOfADocument(file) || name.equals(CouncilHosts.FILE)) {
                    continue;
                }
                if (hidden(input, file)) {
                    passedOver.add(new PassedOver(file, "a hidden file"));
                    continue;
                }
                if (DocumentFormats.judge(file, false) instanceof DocumentFormats.Unreadable u && !u.document()) {
                    passedOver.add(new PassedOver(file, u.reason()));
                } else {
                    documents.add(file);
                }
            }
        }
        return new InputFiles(documents, passedOver);
    }

    private static List<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** A file or folder below {@code root} whose name starts with a dot (".git", ".DS_Store"). */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSidecarOfADocument(Path sidecar) {
        String name = sidecar.getFileName().toString();
        String stem = name.substring(0, name.length() - SidecarMetadata.SUFFIX.length());
        try (Stream<Path> siblings = Files.list(sidecar.getParent())) {
            return siblings.anyMatch(s -> !s.equals(sidecar) && s.getFileName().toString().startsWith(stem + ".")
                    && !s.getFileName().toString().endsWith(SidecarMetadata.SUFFIX));
        } catch (IOException e) {
            return false;
        }
    }
}
