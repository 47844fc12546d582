package org.councilgraph.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphReadOnly;

/**
 * The councilgraph ontology and its SHACL shapes, read from the classpath
 * ({@value #ONTOLOGY_RESOURCE} and {@value #SHAPES_RESOURCE}).
 *
 * <p>Each file is parsed on first use and the result is shared afterwards. The graphs are
 * read-only; copy one to change it.
 */
public final class OntologyFiles {

    /** Classpath location of the ontology (OWL 2 in Turtle). */
    public static final String ONTOLOGY_RESOURCE = "/ontology/councilgraph.ttl";

    /** Classpath location of the SHACL shapes (Turtle). */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private static Graph ontology;
    private static Graph shapesGraph;
    private static Shapes shapes;

    private OntologyFiles() {
    }

    /** The ontology as a read-only graph. */
    public static synchronized Graph ontology() {
        if (ontology == null) {
            ontology = new GraphReadOnly(parse(ONTOLOGY_RESOURCE));
        }
        return ontology;
    }

    /** The SHACL shapes file as a read-only graph. */
    public static synchronized Graph shapesGraph() {
        if (shapesGraph == null) {
            shapesGraph = new GraphReadOnly(parse(SHAPES_RESOURCE));
        }
        return shapesGraph;
    }

    /** The SHACL shapes, ready for {@link org.apache.jena.shacl.ShaclValidator}. */
    public static synchronized Shapes shapes() {
        if (shapes == null) {
            shapes = Shapes.parse(shapesGraph());
        }
        return shapes;
    }

    private static Graph parse(String resource) {
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource not found: " + resource);
            }
            return RDFParser.source(in)
                    .lang(Lang.TURTLE)
                    .base(CG.ONTOLOGY.getURI())
                    .toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + resource, e);
        }
    }
}
