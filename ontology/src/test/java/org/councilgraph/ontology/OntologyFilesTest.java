package org.councilgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.AddDeniedException;
import org.junit.jupiter.api.Test;

class OntologyFilesTest {

    @Test
    void theParsedFilesAreCachedAndShared() {
        assertSame(OntologyFiles.ontology(), OntologyFiles.ontology());
        assertSame(OntologyFiles.shapesGraph(), OntologyFiles.shapesGraph());
        assertSame(OntologyFiles.shapes(), OntologyFiles.shapes());
    }

    @Test
    void theSharedGraphsCannotBeChanged() {
        Graph ontology = OntologyFiles.ontology();
        assertThrows(AddDeniedException.class,
                () -> ontology.add(CG.Person, Vocab.LABEL, CG.Person));
        Graph shapes = OntologyFiles.shapesGraph();
        assertThrows(AddDeniedException.class,
                () -> shapes.add(CG.Person, Vocab.LABEL, CG.Person));
    }

    @Test
    void thePackagedOntologyIsTheFileAtTheModuleRoot() {
        Graph onDisk = RDFParser.source(Path.of("councilgraph.ttl")).toGraph();
        assertTrue(onDisk.isIsomorphicWith(OntologyFiles.ontology()));
    }

    @Test
    void thePackagedShapesAreTheFileAtTheModuleRoot() {
        Graph onDisk = RDFParser.source(Path.of("shapes.ttl")).toGraph();
        assertTrue(onDisk.isIsomorphicWith(OntologyFiles.shapesGraph()));
    }
}
