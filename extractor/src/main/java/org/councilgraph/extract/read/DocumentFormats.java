package org.councilgraph.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserRegistry;

/**
 * The formats councilgraph reads, and the one judgement of what a file is: minutes (HTML, plain
 * text, PDF, DOCX, ModernGov GetMeeting XML), an RDF graph, a ModernGov list that is not minutes, a document in a format councilgraph does not read (old Word,
 * ODF, RTF, archives), or not a document at all. The reader, folder scans, {@code validate} and the store all judge files here.
 */
public final class DocumentFormats {

    /** Saved web pages. */
    public static final HtmlFormat HTML = new HtmlFormat();
    /** Plain text. */
    public static final PlainTextFormat PLAIN_TEXT = new PlainTextFormat();
    /** PDF, through its text layer. */
    public static final PdfFormat PDF = new PdfFormat();
    /** Word documents in Office Open XML. */
    public static final DocxFormat DOCX = new DocxFormat();
    /** A ModernGov web-service GetMeeting response. */
    public static final ModernGovFormat MODERNGOV = new ModernGovFormat();

    /** How many bytes of a file the judgement looks at: enough for the namespaces of an XML root element. */
    static final int HEAD = 4096;

    private static final Set<String> WORD_PROCESSOR = Set.of("docx", "doc", "odt", "rtf", "pages");

    private DocumentFormats() {
    }

    /** What a file is. */
    public sealed interface Verdict {
    }

    /** A file in a format councilgraph reads. */
    public record Readable(DocumentFormat format) implements Verdict {
    }

    /**
     * A file councilgraph does not read, and why.
     *
     * @param document true for a document in a format councilgraph does not read (a PDF, a Word
     *        file): reading it fails, by name and reason; false for a file that is not a
     *        document (notes, images, data): a folder scan passes it over, and says so
     */
    public record Unreadable(String reason, boolean document) implements Verdict {
    }

    /**
     * The verdict on a file named {@code fileName} whose content starts with {@code head};
     * {@code named} is true when the user named the file itself rather than a folder holding it.
     */
    public static Verdict judge(String fileName, byte[] head, boolean named) {
        String extension = TextBytes.extension(fileName);
        if (PDF.accepts(fileName, head, named)) {
            return new Readable(PDF);
        }
        if (DOCX.accepts(fileName, head, named)) {
            return new Readable(DOCX);
        }
        if (startsWith(head, "PK\u0003\u0004") || WORD_PROCESSOR.contains(extension)) {
            return new Unreadable("is a ZIP-based or word-processor file (old Word, ODF, RTF or an archive); "
                    + "councilgraph reads Word documents as DOCX: save the minutes as DOCX, PDF, text or HTML first", true);
        }
        if (HTML.accepts(fileName, head, named)) {
            return new Readable(HTML);
        }
        java.util.Optional<ModernGovXml> moderngov = ModernGovXml.of(fileName, head);
        if (moderngov.isPresent()) {
            return moderngov.get().notMinutes().<Verdict>map(reason -> new Unreadable(reason, false))
                    .orElse(new Readable(MODERNGOV));
        }
        if (extension.equals("xml") && head.length > 0 && !TextBytes.start(head, HEAD).contains("22-rdf-syntax-ns#")) {
            return new Unreadable("is XML but neither RDF/XML nor a ModernGov GetMeeting response; councilgraph reads "
                    + "minutes as text, HTML, PDF, DOCX or ModernGov GetMeeting XML and graphs as RDF, and does not read this XML", true);
        }
        Lang lang = RDFLanguages.filenameToLang(fileName);
        if (lang != null && RDFParserRegistry.isRegistered(lang)) {
            return new Readable(new RdfFormat(lang));
        }
        if (PLAIN_TEXT.accepts(fileName, head, named)) {
            return new Readable(PLAIN_TEXT);
        }
        return new Unreadable("neither minutes (.txt, .html, .htm, .xhtml, .pdf, .docx, ModernGov GetMeeting .xml) nor RDF (.ttl, .nt, .trig, .nq, .jsonld, .rdf)", false);
    }

    /** The verdict on {@code file}, reading its first bytes (a file that cannot be read is judged by its name). */
    public static Verdict judge(Path file, boolean named) {
        byte[] head = new byte[0];
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD);
            } catch (IOException e) {
                // Unreadable content: the name decides, and reading the file later says why it fails.
            }
        }
        return judge(file.getFileName().toString(), head, named);
    }

    /** The RDF format of {@code file} when the user named it (or a folder holding it) and it is RDF. */
    public static java.util.Optional<RdfFormat> rdf(Path file) {
        return judge(file, true) instanceof Readable r && r.format() instanceof RdfFormat f
                ? java.util.Optional.of(f) : java.util.Optional.empty();
    }

    static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
