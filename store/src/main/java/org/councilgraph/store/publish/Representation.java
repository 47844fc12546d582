package org.councilgraph.store.publish;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.RDFFormat;

/**
 * The forms a published resource comes in: an HTML page for people and four RDF syntaxes for
 * tools, each with the file extension of its explicit-format URL ({@code /doc/person/x.ttl}).
 */
public enum Representation {
    HTML("HTML", "html", "text/html", null),
    TURTLE("Turtle", "ttl", "text/turtle", RDFFormat.TURTLE_PRETTY),
    NTRIPLES("N-Triples", "nt", "application/n-triples", RDFFormat.NTRIPLES_UTF8),
    JSONLD("JSON-LD", "jsonld", "application/ld+json", RDFFormat.JSONLD11),
    RDFXML("RDF/XML", "rdf", "application/rdf+xml", RDFFormat.RDFXML_PLAIN);

    // HTML first: a client that accepts anything equally (curl's */*) is most likely a person.
    private static final AcceptList OFFER = AcceptList.create(
            Arrays.stream(values()).map(r -> r.mediaType).toArray(String[]::new));

    private final String title;
    private final String extension;
    private final String mediaType;
    private final RDFFormat format;

    Representation(String title, String extension, String mediaType, RDFFormat format) {
        this.title = title;
        this.extension = extension;
        this.mediaType = mediaType;
        this.format = format;
    }

    /** The syntax's name for people: "Turtle", "JSON-LD". */
    public String title() {
        return title;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: the media type with UTF-8. */
    public String contentType() {
        return mediaType + ";charset=utf-8";
    }

    /** The Jena writer format; null for HTML. */
    public RDFFormat format() {
        return format;
    }

    public boolean isRdf() {
        return format != null;
    }

    /** The representation an explicit-format URL's extension names. */
    public static Optional<Representation> byExtension(String extension) {
        return Arrays.stream(values()).filter(r -> r.extension.equals(extension)).findFirst();
    }

    /**
     * The best representation for an {@code Accept} header; HTML when the header is missing or
     * asks for nothing offered (a page is the most useful answer to a confused client).
     */
    public static Representation negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException badHeader) {
            return HTML;
        }
        if (chosen == null) {
            return HTML;
        }
        String type = chosen.getContentTypeStr();
        return Arrays.stream(values()).filter(r -> r.mediaType.equals(type)).findFirst().orElse(HTML);
    }
}
