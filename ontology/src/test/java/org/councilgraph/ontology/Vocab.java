package org.councilgraph.ontology;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.G;

/** IRIs of the standard vocabularies the tests look for, and the terms of {@link CG}. */
final class Vocab {

    static final String RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#";
    static final String OWL_NS = "http://www.w3.org/2002/07/owl#";
    static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";
    static final String SKOS_NS = "http://www.w3.org/2004/02/skos/core#";
    static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    static final String VANN_NS = "http://purl.org/vocab/vann/";

    static final Node TYPE = iri(RDF_NS, "type");
    static final Node LABEL = iri(RDFS_NS, "label");
    static final Node COMMENT = iri(RDFS_NS, "comment");
    static final Node DOMAIN = iri(RDFS_NS, "domain");
    static final Node RANGE = iri(RDFS_NS, "range");
    static final Node SUB_CLASS_OF = iri(RDFS_NS, "subClassOf");
    static final Node SUB_PROPERTY_OF = iri(RDFS_NS, "subPropertyOf");
    static final Node SEE_ALSO = iri(RDFS_NS, "seeAlso");

    static final Node OWL_ONTOLOGY = iri(OWL_NS, "Ontology");
    static final Node OWL_CLASS = iri(OWL_NS, "Class");
    static final Node OBJECT_PROPERTY = iri(OWL_NS, "ObjectProperty");
    static final Node DATATYPE_PROPERTY = iri(OWL_NS, "DatatypeProperty");
    static final Node VERSION_IRI = iri(OWL_NS, "versionIRI");
    static final Node VERSION_INFO = iri(OWL_NS, "versionInfo");
    static final Node UNION_OF = iri(OWL_NS, "unionOf");
    static final Node EQUIVALENT_CLASS = iri(OWL_NS, "equivalentClass");
    static final Node EQUIVALENT_PROPERTY = iri(OWL_NS, "equivalentProperty");

    static final Node CONCEPT = iri(SKOS_NS, "Concept");
    static final Node CONCEPT_SCHEME = iri(SKOS_NS, "ConceptScheme");
    static final Node PREF_LABEL = iri(SKOS_NS, "prefLabel");
    static final Node DEFINITION = iri(SKOS_NS, "definition");
    static final Node IN_SCHEME = iri(SKOS_NS, "inScheme");
    static final Node TOP_CONCEPT_OF = iri(SKOS_NS, "topConceptOf");
    static final Node HAS_TOP_CONCEPT = iri(SKOS_NS, "hasTopConcept");
    static final Node CLOSE_MATCH = iri(SKOS_NS, "closeMatch");
    static final Node RELATED_MATCH = iri(SKOS_NS, "relatedMatch");
    static final Node EXACT_MATCH = iri(SKOS_NS, "exactMatch");
    static final Node BROAD_MATCH = iri(SKOS_NS, "broadMatch");
    static final Node NARROW_MATCH = iri(SKOS_NS, "narrowMatch");

    /** The types a term of the ontology may be declared with. */
    static final Set<Node> DECLARING_TYPES =
            Set.of(OWL_CLASS, OBJECT_PROPERTY, DATATYPE_PROPERTY, CONCEPT_SCHEME, CONCEPT);

    /** Predicates that relate a cg term to a term of another vocabulary. */
    static final List<Node> ALIGNMENT_PREDICATES = List.of(SUB_CLASS_OF, SUB_PROPERTY_OF,
            EQUIVALENT_CLASS, EQUIVALENT_PROPERTY, CLOSE_MATCH, RELATED_MATCH, EXACT_MATCH,
            BROAD_MATCH, NARROW_MATCH, SEE_ALSO);

    private Vocab() {
    }

    static Node iri(String namespace, String localName) {
        return NodeFactory.createURI(namespace + localName);
    }

    static boolean inCgNamespace(Node node) {
        return node.isURI() && node.getURI().startsWith(CG.NS);
    }

    /** Every public static {@link Node} constant of {@link CG}, by field name. */
    static Map<String, Node> cgConstants() {
        Map<String, Node> constants = new LinkedHashMap<>();
        for (Field field : CG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                try {
                    constants.put(field.getName(), (Node) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError("Cannot read CG." + field.getName(), e);
                }
            }
        }
        return constants;
    }

    /** The constants of {@link CG} that name terms in the cg namespace. */
    static Set<Node> cgTerms() {
        return cgConstants().values().stream().filter(Vocab::inCgNamespace).collect(Collectors.toSet());
    }

    /** The cg-namespace subjects of the graph that have an rdf:type. */
    static Set<Node> declaredCgTerms(Graph graph) {
        return G.find(graph, Node.ANY, TYPE, Node.ANY).toList().stream()
                .map(t -> t.getSubject())
                .filter(Vocab::inCgNamespace)
                .collect(Collectors.toSet());
    }

    static String shortName(Node node) {
        return node.isURI() && node.getURI().startsWith(CG.NS)
                ? "cg:" + node.getURI().substring(CG.NS.length())
                : node.toString();
    }
}
