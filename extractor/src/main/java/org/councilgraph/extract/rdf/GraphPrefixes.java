package org.councilgraph.extract.rdf;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.councilgraph.ontology.CG;

/** The prefixes councilgraph output uses, and a sink wrapper that merges named graphs into one. */
public final class GraphPrefixes {

    private static final Map<String, String> PREFIXES = new LinkedHashMap<>();

    static {
        PREFIXES.put("cg", CG.NS);
        PREFIXES.put("cgid", CG.ID);
        PREFIXES.put("rdf", RDF.getURI());
        PREFIXES.put("rdfs", RDFS.getURI());
        PREFIXES.put("xsd", XSD.getURI());
    }

    private GraphPrefixes() {
    }

    public static Map<String, String> all() {
        return PREFIXES;
    }

    public static void emit(StreamRDF sink) {
        PREFIXES.forEach(sink::prefix);
    }

    public static void applyTo(PrefixMap map) {
        PREFIXES.forEach(map::add);
    }

    /** A sink that passes quads on as triples of the default graph (for Turtle output). */
    public static StreamRDF dropGraphNames(StreamRDF sink) {
        return new StreamRDFWrapper(sink) {
            @Override
            public void quad(Quad quad) {
                super.triple(quad.asTriple());
            }
        };
    }
}
