package org.councilgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;

/** The structure of shapes.ttl and its agreement with the ontology. */
class ShapesTest {

    private final Graph shapesGraph = OntologyFiles.shapesGraph();
    private final Graph ontology = OntologyFiles.ontology();

    @Test
    void theShapesParse() {
        Shapes shapes = OntologyFiles.shapes();
        assertFalse(shapes.getTargetShapes().isEmpty(), "no shapes with targets");
    }

    @Test
    void everyClassOfTheOntologyHasAShapeTargetingIt() {
        Set<Node> untargeted = new HashSet<>(G.nodesOfTypeAsSet(ontology, Vocab.OWL_CLASS));
        untargeted.removeIf(Node::isBlank);
        untargeted.removeAll(G.find(shapesGraph, Node.ANY, SHACL.targetClass, Node.ANY)
                .mapWith(t -> t.getObject()).toSet());
        assertTrue(untargeted.isEmpty(), () -> "No shape targets " + untargeted);
        assertEquals(24, G.find(shapesGraph, Node.ANY, SHACL.targetClass, Node.ANY).toList().size(),
                "one shape per class");
    }

    @Test
    void everyClassShapeIsClosedIgnoringOnlyRdfTypeAndAcceptsOnlyIris() {
        List<String> problems = new ArrayList<>();
        for (Node shape : classShapes()) {
            Node closed = G.getZeroOrOneSP(shapesGraph, shape, SHACL.closed);
            if (closed == null || !closed.getLiteralLexicalForm().equals("true")) {
                problems.add(shape + " is not sh:closed true");
            }
            Node ignored = G.getZeroOrOneSP(shapesGraph, shape, SHACL.ignoredProperties);
            if (ignored == null || !G.rdfList(shapesGraph, ignored).equals(List.of(Vocab.TYPE))) {
                problems.add(shape + " does not ignore exactly (rdf:type)");
            }
            if (!G.contains(shapesGraph, shape, SHACL.nodeKind, SHACL.IRI)) {
                problems.add(shape + " does not require its focus nodes to be IRIs");
            }
            if (!G.hasProperty(shapesGraph, shape, Vocab.LABEL) || !G.hasProperty(shapesGraph, shape, Vocab.COMMENT)) {
                problems.add(shape + " needs an rdfs:label and rdfs:comment");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyPropertyShapeIsNamedAndDescribedAndHasAMessage() {
        List<String> problems = new ArrayList<>();
        for (Node propertyShape : propertyShapes()) {
            for (Node annotation : List.of(SHACL.name, SHACL.description, SHACL.message)) {
                if (!G.hasProperty(shapesGraph, propertyShape, annotation)) {
                    problems.add(describe(propertyShape) + " has no " + annotation.getLocalName());
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everySparqlConstraintHasAMessageAndDeclaredPrefixes() {
        List<Node> constraints = G.find(shapesGraph, Node.ANY, SHACL.sparql, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(6, constraints.size());
        for (Node constraint : constraints) {
            assertTrue(G.hasProperty(shapesGraph, constraint, SHACL.message), "no sh:message");
            Node prefixes = G.getOneSP(shapesGraph, constraint, SHACL.prefixes);
            assertTrue(G.hasProperty(shapesGraph, prefixes, SHACL.declare), "sh:prefixes declares nothing");
        }
    }

    @Test
    void everyCgIriInTheShapesIsAnOntologyTerm() {
        Set<Node> declared = Vocab.declaredCgTerms(ontology);
        Set<Node> unknown = new HashSet<>();
        G.find(shapesGraph, Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
            if (Vocab.inCgNamespace(t.getObject()) && !declared.contains(t.getObject())) {
                unknown.add(t.getObject());
            }
        });
        assertTrue(unknown.isEmpty(), () -> "Not declared in the ontology: " + unknown);
    }

    @Test
    void everyPropertyShapePathIsLabelOrACgPropertyOrAW3cOrgOrTimeTerm() {
        List<String> problems = new ArrayList<>();
        for (Node propertyShape : propertyShapes()) {
            Node path = G.getOneSP(shapesGraph, propertyShape, SHACL.path);
            boolean cgProperty = G.isOfType(ontology, path, Vocab.OBJECT_PROPERTY)
                    || G.isOfType(ontology, path, Vocab.DATATYPE_PROPERTY);
            // Role tenures are W3C ORG memberships over OWL-Time intervals, in those terms themselves.
            boolean standard = path.isURI() && (path.getURI().startsWith("http://www.w3.org/ns/org#")
                    || path.getURI().startsWith("http://www.w3.org/2006/time#"));
            if (!cgProperty && !standard && !path.equals(Vocab.LABEL)) {
                problems.add(describe(propertyShape));
            }
        }
        assertTrue(problems.isEmpty(), () -> "Paths that are neither rdfs:label nor a cg property: " + problems);
    }

    @Test
    void everyObjectPropertyShapeRequiresIrisOrListsTheAllowedIris() {
        List<String> problems = new ArrayList<>();
        for (Node propertyShape : propertyShapes()) {
            Node path = G.getOneSP(shapesGraph, propertyShape, SHACL.path);
            if (!G.isOfType(ontology, path, Vocab.OBJECT_PROPERTY)) {
                continue;
            }
            boolean iriKind = G.contains(shapesGraph, propertyShape, SHACL.nodeKind, SHACL.IRI);
            Node in = G.getZeroOrOneSP(shapesGraph, propertyShape, SHACL.in);
            boolean iriList = in != null && G.rdfList(shapesGraph, in).stream().allMatch(Node::isURI);
            if (!iriKind && !iriList) {
                problems.add(describe(propertyShape));
            }
        }
        assertTrue(problems.isEmpty(), () -> "Object-valued shapes that accept blank nodes or literals: " + problems);
    }

    @Test
    void datatypesInTheShapesMatchTheRangesInTheOntology() {
        List<String> problems = new ArrayList<>();
        for (Node propertyShape : propertyShapes()) {
            Node path = G.getOneSP(shapesGraph, propertyShape, SHACL.path);
            Node datatype = G.getZeroOrOneSP(shapesGraph, propertyShape, SHACL.datatype);
            if (G.isOfType(ontology, path, Vocab.DATATYPE_PROPERTY)) {
                Node range = G.getOneSP(ontology, path, Vocab.RANGE);
                if (!range.equals(datatype)) {
                    problems.add(describe(propertyShape) + ": sh:datatype " + datatype + ", range " + range);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void classesInTheShapesAreTheRangeInTheOntologyOrItsSubclasses() {
        List<String> problems = new ArrayList<>();
        for (Node propertyShape : propertyShapes()) {
            Node path = G.getOneSP(shapesGraph, propertyShape, SHACL.path);
            if (!G.isOfType(ontology, path, Vocab.OBJECT_PROPERTY)) {
                continue;
            }
            Node range = G.getOneSP(ontology, path, Vocab.RANGE);
            for (Node shapeClass : classesRequiredBy(propertyShape)) {
                if (!shapeClass.equals(range) && !G.contains(ontology, shapeClass, Vocab.SUB_CLASS_OF, range)) {
                    problems.add(describe(propertyShape) + ": sh:class " + shapeClass + " is not within range " + range);
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void attendanceStatusesInTheShapeAreExactlyTheSchemeConcepts() {
        assertEquals(schemeConcepts(CG.AttendanceStatusScheme), allowedValuesOf(CG.attendanceStatus));
    }

    @Test
    void interestKindsInTheShapeAreExactlyTheSchemeConcepts() {
        assertEquals(schemeConcepts(CG.InterestKindScheme), allowedValuesOf(CG.interestKind));
    }

    @Test
    void theConfirmedMeetingMustHaveADateOrAtLeastItsDayAndMonth() {
        Node propertyShape = propertyShapeFor(CG.confirmedMeeting);
        Node dated = G.getOneSP(shapesGraph, propertyShape, SHACL.node);
        Set<Node> paths = new java.util.HashSet<>();
        for (Node alternative : G.rdfList(shapesGraph, G.getOneSP(shapesGraph, dated, SHACL.or))) {
            Node dateShape = G.getOneSP(shapesGraph, alternative, SHACL.property);
            paths.add(G.getOneSP(shapesGraph, dateShape, SHACL.path));
            assertEquals(1, Integer.parseInt(G.getOneSP(shapesGraph, dateShape, SHACL.minCount).getLiteralLexicalForm()));
        }
        assertEquals(Set.of(CG.date, CG.dateWithoutYear), paths);
    }

    private Set<Node> classShapes() {
        return G.find(shapesGraph, Node.ANY, SHACL.targetClass, Node.ANY).mapWith(t -> t.getSubject()).toSet();
    }

    private Set<Node> propertyShapes() {
        return G.find(shapesGraph, Node.ANY, SHACL.path, Node.ANY).mapWith(t -> t.getSubject()).toSet();
    }

    private Node propertyShapeFor(Node path) {
        List<Node> found = G.find(shapesGraph, Node.ANY, SHACL.path, path).mapWith(t -> t.getSubject()).toList();
        assertEquals(1, found.size(), () -> "property shapes for " + path + ": " + found);
        return found.get(0);
    }

    private Set<Node> allowedValuesOf(Node path) {
        return Set.copyOf(G.rdfList(shapesGraph, G.getOneSP(shapesGraph, propertyShapeFor(path), SHACL.in)));
    }

    private Set<Node> schemeConcepts(Node scheme) {
        return G.find(ontology, Node.ANY, Vocab.IN_SCHEME, scheme).mapWith(t -> t.getSubject()).toSet();
    }

    private List<Node> classesRequiredBy(Node propertyShape) {
        List<Node> classes = new ArrayList<>(G.listSP(shapesGraph, propertyShape, SHACL.class_));
        Node or = G.getZeroOrOneSP(shapesGraph, propertyShape, SHACL.or);
        if (or != null) {
            for (Node alternative : G.rdfList(shapesGraph, or)) {
                classes.addAll(G.listSP(shapesGraph, alternative, SHACL.class_));
            }
        }
        return classes;
    }

    private String describe(Node propertyShape) {
        Node path = G.getZeroOrOneSP(shapesGraph, propertyShape, SHACL.path);
        String owner = G.find(shapesGraph, Node.ANY, SHACL.property, propertyShape).mapWith(t -> t.getSubject())
                .toList().stream().map(n -> n.isURI() ? n.getLocalName() : n.toString())
                .findFirst().orElse("(unattached)");
        return owner + " / " + (path == null ? propertyShape : Vocab.shortName(path));
    }
}
