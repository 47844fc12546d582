package org.councilgraph.store.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RepresentationTest {

    @Test
    void anRdfMediaTypeInAcceptChoosesThatSyntax() {
        assertEquals(Representation.TURTLE, Representation.negotiate("text/turtle"));
        assertEquals(Representation.NTRIPLES, Representation.negotiate("application/n-triples"));
        assertEquals(Representation.JSONLD, Representation.negotiate("application/ld+json"));
        assertEquals(Representation.RDFXML, Representation.negotiate("application/rdf+xml"));
    }

    @Test
    void browsersAndClientsThatAcceptAnythingGetHtml() {
        assertEquals(Representation.HTML, Representation.negotiate(
                "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"));
        assertEquals(Representation.HTML, Representation.negotiate("*/*"));
        assertEquals(Representation.HTML, Representation.negotiate(null));
        assertEquals(Representation.HTML, Representation.negotiate("image/png"));
        assertEquals(Representation.HTML, Representation.negotiate(";;;=="));
    }

    @Test
    void qualityValuesDecide() {
        assertEquals(Representation.TURTLE, Representation.negotiate("application/rdf+xml;q=0.5, text/turtle"));
        // rdflib 6's default header for Graph().parse(url)
        assertEquals(Representation.RDFXML, Representation.negotiate(
                "application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5, */*;q=0.1"));
    }

    @Test
    void explicitFormatUrlsNameTheirSyntaxByExtension() {
        assertEquals(Optional.of(Representation.JSONLD), Representation.byExtension("jsonld"));
        assertEquals(Optional.of(Representation.TURTLE), Representation.byExtension("ttl"));
        assertEquals(Optional.empty(), Representation.byExtension("exe"));
    }
}
