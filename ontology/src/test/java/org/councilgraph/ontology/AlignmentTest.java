package org.councilgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlignmentTest {

    /** The vocabularies councilgraph aligns with. */
    private static final List<String> ALLOWED_NAMESPACES = List.of(
            "http://www.w3.org/ns/org#",
            "http://www.w3.org/ns/prov#",
            "http://schema.org/",
            "http://xmlns.com/foaf/0.1/",
            "http://purl.org/dc/terms/",
            "http://www.w3.org/ns/oa#",
            "http://www.w3.org/ns/person#",
            "http://data.vlaanderen.be/ns/besluit#",
            "http://data.vlaanderen.be/ns/mandaat#");

    private final Graph ontology = OntologyFiles.ontology();

    @Test
    void everyAlignmentTargetIsInAnAllowedNamespaceOrIsACgTerm() {
        List<String> problems = new ArrayList<>();
        for (Triple alignment : alignments()) {
            Node target = alignment.getObject();
            boolean allowed = target.isURI()
                    && (Vocab.inCgNamespace(target) || ALLOWED_NAMESPACES.stream().anyMatch(target.getURI()::startsWith));
            if (!allowed) {
                problems.add(describe(alignment));
            }
        }
        assertTrue(problems.isEmpty(), () -> "Alignments outside the allowed vocabularies:\n"
                + String.join("\n", problems));
    }

    @Test
    void everyExternalAlignmentTargetIsAKnownTermOfItsVocabulary() {
        Set<Node> known = knownExternalTerms();
        List<String> unknown = alignments().stream()
                .filter(t -> !Vocab.inCgNamespace(t.getObject()) && !known.contains(t.getObject()))
                .map(AlignmentTest::describe)
                .collect(Collectors.toList());
        assertTrue(unknown.isEmpty(), () -> "Not in alignment/external-terms.txt (check the term exists, then add it):\n"
                + String.join("\n", unknown));
    }

    @Test
    void internalSubClassAndSubPropertyLinksStayWithinTheirKind() {
        List<String> problems = new ArrayList<>();
        for (Triple t : G.find(ontology, Node.ANY, Vocab.SUB_CLASS_OF, Node.ANY).toList()) {
            if (Vocab.inCgNamespace(t.getObject()) && !G.isOfType(ontology, t.getObject(), Vocab.OWL_CLASS)) {
                problems.add(describe(t));
            }
        }
        for (Triple t : G.find(ontology, Node.ANY, Vocab.SUB_PROPERTY_OF, Node.ANY).toList()) {
            boolean subjectIsProperty = G.isOfType(ontology, t.getSubject(), Vocab.OBJECT_PROPERTY)
                    || G.isOfType(ontology, t.getSubject(), Vocab.DATATYPE_PROPERTY);
            if (!subjectIsProperty) {
                problems.add(describe(t));
            }
        }
        for (Triple t : G.find(ontology, Node.ANY, Vocab.SUB_CLASS_OF, Node.ANY).toList()) {
            if (!G.isOfType(ontology, t.getSubject(), Vocab.OWL_CLASS)) {
                problems.add(describe(t));
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "Person, subClassOf, http://xmlns.com/foaf/0.1/Person",
        "Person, subClassOf, http://schema.org/Person",
        "Person, subClassOf, http://www.w3.org/ns/prov#Person",
        "Council, subClassOf, http://www.w3.org/ns/org#FormalOrganization",
        "Council, subClassOf, Organisation",
        "Committee, subClassOf, http://www.w3.org/ns/org#OrganizationalUnit",
        "Committee, subClassOf, Organisation",
        "Meeting, subClassOf, http://schema.org/Event",
        "MinutesDocument, subClassOf, http://xmlns.com/foaf/0.1/Document",
        "MinutesDocument, subClassOf, http://www.w3.org/ns/prov#Entity",
        "RoleHolding, subClassOf, http://www.w3.org/ns/org#Membership",
        "givenName, subPropertyOf, http://xmlns.com/foaf/0.1/givenName",
        "familyName, subPropertyOf, http://xmlns.com/foaf/0.1/familyName",
        "sourceDocument, subPropertyOf, http://www.w3.org/ns/prov#wasDerivedFrom",
        "date, subPropertyOf, http://purl.org/dc/terms/date",
        "unitOf, subPropertyOf, http://www.w3.org/ns/org#unitOf",
        "holder, subPropertyOf, http://www.w3.org/ns/org#member",
        "role, subPropertyOf, http://www.w3.org/ns/org#role",
        "organisation, subPropertyOf, http://www.w3.org/ns/org#organization",
        "Meeting, closeMatch, http://data.vlaanderen.be/ns/besluit#Zitting",
        "Resolution, closeMatch, http://data.vlaanderen.be/ns/besluit#Besluit",
        "AgendaItem, closeMatch, http://data.vlaanderen.be/ns/besluit#Agendapunt",
        "Council, closeMatch, http://data.vlaanderen.be/ns/besluit#Bestuurseenheid",
        "Committee, closeMatch, http://data.vlaanderen.be/ns/besluit#Bestuursorgaan",
        "RoleHolding, closeMatch, http://data.vlaanderen.be/ns/mandaat#Mandataris",
        "Role, closeMatch, http://www.w3.org/ns/org#Post",
        "Role, closeMatch, http://data.vlaanderen.be/ns/mandaat#Mandaat",
        "TextSpan, closeMatch, http://www.w3.org/ns/oa#TextPositionSelector",
        "TextSpan, closeMatch, http://www.w3.org/ns/oa#TextQuoteSelector",
        "quote, closeMatch, http://www.w3.org/ns/oa#exact",
        "start, closeMatch, http://www.w3.org/ns/oa#start",
        "end, closeMatch, http://www.w3.org/ns/oa#end",
    })
    void theAgreedAlignmentsAreStated(String term, String relation, String target) {
        Node subject = Vocab.iri(CG.NS, term);
        Node predicate = switch (relation) {
            case "subClassOf" -> Vocab.SUB_CLASS_OF;
            case "subPropertyOf" -> Vocab.SUB_PROPERTY_OF;
            case "closeMatch" -> Vocab.CLOSE_MATCH;
            default -> throw new IllegalArgumentException(relation);
        };
        Node object = target.contains(":") ? NodeFactory.createURI(target) : Vocab.iri(CG.NS, target);
        assertTrue(G.contains(ontology, subject, predicate, object),
                () -> "Missing: cg:" + term + " " + relation + " " + target);
    }

    private List<Triple> alignments() {
        List<Triple> found = new ArrayList<>();
        for (Node predicate : Vocab.ALIGNMENT_PREDICATES) {
            G.find(ontology, Node.ANY, predicate, Node.ANY)
                    .filterKeep(t -> Vocab.inCgNamespace(t.getSubject()))
                    .forEach(found::add);
        }
        return found;
    }

    private static Set<Node> knownExternalTerms() {
        try (InputStream in = AlignmentTest.class.getResourceAsStream("/alignment/external-terms.txt")) {
            if (in == null) {
                throw new IllegalStateException("alignment/external-terms.txt is not on the test classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(NodeFactory::createURI)
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String describe(Triple t) {
        return Vocab.shortName(t.getSubject()) + " " + t.getPredicate().getLocalName() + " " + t.getObject();
    }
}
