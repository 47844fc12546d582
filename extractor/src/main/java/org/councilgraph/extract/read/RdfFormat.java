package org.councilgraph.extract.read;

import java.util.Objects;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** A graph in an RDF syntax (Turtle, N-Triples, TriG, N-Quads, JSON-LD, RDF/XML), known by its file extension. */
public record RdfFormat(Lang lang) implements DocumentFormat {

    public RdfFormat {
        Objects.requireNonNull(lang, "lang");
    }

    @Override
    public String name() {
        return lang.getLabel();
    }

    @Override
    public String mediaType() {
        return lang.getHeaderString();
    }

    @Override
    public boolean accepts(String fileName, byte[] head, boolean named) {
        return lang.equals(RDFLanguages.filenameToLang(fileName));
    }
}
