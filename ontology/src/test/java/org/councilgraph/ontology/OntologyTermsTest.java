package org.councilgraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.G;
import org.junit.jupiter.api.Test;

class OntologyTermsTest {

    private final Graph ontology = OntologyFiles.ontology();

    @Test
    void everyCgConstantIsDeclaredInTheOntologyWithAType() {
        List<String> undeclared = new ArrayList<>();
        for (Map.Entry<String, Node> constant : Vocab.cgConstants().entrySet()) {
            Node term = constant.getValue();
            if (Vocab.inCgNamespace(term) && !declaringTypes(term).findAny().isPresent()) {
                undeclared.add("CG." + constant.getKey() + " = " + Vocab.shortName(term));
            }
        }
        assertTrue(undeclared.isEmpty(), () -> "Not declared in councilgraph.ttl: " + undeclared);
    }

    @Test
    void everyCgConstantIsInTheCgNamespaceExceptTheOntologyItself() {
        Set<String> outside = new TreeSet<>();
        Vocab.cgConstants().forEach((name, node) -> {
            if (!Vocab.inCgNamespace(node) && !node.equals(CG.ONTOLOGY)) {
                outside.add(name);
            }
        });
        assertTrue(outside.isEmpty(), () -> "CG constants outside " + CG.NS + ": " + outside);
    }

    @Test
    void everyTermDeclaredInTheOntologyHasACgConstant() {
        Set<Node> missing = new HashSet<>(Vocab.declaredCgTerms(ontology));
        missing.removeAll(Vocab.cgTerms());
        assertTrue(missing.isEmpty(), () -> "No CG constant for " + names(missing));
    }

    @Test
    void everyCgIriUsedInTheOntologyIsDeclared() {
        Set<Node> declared = Vocab.declaredCgTerms(ontology);
        Set<Node> undeclared = new HashSet<>();
        G.find(ontology, Node.ANY, Node.ANY, Node.ANY).forEach(t -> {
            for (Node node : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (Vocab.inCgNamespace(node) && !declared.contains(node)) {
                    undeclared.add(node);
                }
            }
        });
        assertTrue(undeclared.isEmpty(), () -> "Used but not declared: " + names(undeclared));
    }

    @Test
    void everyTermIsDeclaredWithExactlyOneKindOfTerm() {
        List<String> problems = new ArrayList<>();
        for (Node term : Vocab.cgTerms()) {
            List<Node> kinds = declaringTypes(term).collect(Collectors.toList());
            if (kinds.size() != 1) {
                problems.add(Vocab.shortName(term) + " " + kinds);
            }
        }
        assertTrue(problems.isEmpty(), () -> "Terms with other than one declaring type: " + problems);
    }

    @Test
    void everyTermHasAnEnglishLabelAndAComment() {
        List<String> problems = new ArrayList<>();
        for (Node term : Vocab.cgTerms()) {
            List<Node> labels = G.listSP(ontology, term, Vocab.LABEL);
            List<Node> comments = G.listSP(ontology, term, Vocab.COMMENT);
            if (labels.size() != 1 || !isEnglishText(labels.get(0))) {
                problems.add(Vocab.shortName(term) + " needs exactly one English rdfs:label, has " + labels);
            }
            if (comments.isEmpty() || !comments.stream().allMatch(OntologyTermsTest::isEnglishText)) {
                problems.add(Vocab.shortName(term) + " needs English rdfs:comment, has " + comments);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyConceptIsATopConceptOfItsSchemeWithAPrefLabelAndDefinition() {
        Set<Node> concepts = conceptsIn(ontology);
        assertEquals(22, concepts.size(), "seven attendance statuses, seven kinds of interest, three detection methods, five name match kinds");
        List<String> problems = new ArrayList<>();
        for (Node concept : concepts) {
            Node scheme = G.getZeroOrOneSP(ontology, concept, Vocab.IN_SCHEME);
            if (scheme == null || !G.isOfType(ontology, scheme, Vocab.CONCEPT_SCHEME)) {
                problems.add(Vocab.shortName(concept) + " is in no declared scheme");
                continue;
            }
            if (!G.contains(ontology, concept, Vocab.TOP_CONCEPT_OF, scheme)
                    || !G.contains(ontology, scheme, Vocab.HAS_TOP_CONCEPT, concept)) {
                problems.add(Vocab.shortName(concept) + " is not a top concept of " + Vocab.shortName(scheme)
                        + " both ways");
            }
            Node prefLabel = G.getZeroOrOneSP(ontology, concept, Vocab.PREF_LABEL);
            Node definition = G.getZeroOrOneSP(ontology, concept, Vocab.DEFINITION);
            if (prefLabel == null || !isEnglishText(prefLabel)) {
                problems.add(Vocab.shortName(concept) + " needs one English skos:prefLabel");
            }
            if (definition == null || !isEnglishText(definition)) {
                problems.add(Vocab.shortName(concept) + " needs one English skos:definition");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theSchemesHoldTheConceptsNamedForThem() {
        assertEquals(Set.of(CG.statusPresent, CG.statusApologies, CG.statusAbsent, CG.statusSubstitute,
                        CG.statusInAttendance, CG.statusRemote, CG.statusExpected),
                Set.copyOf(G.listSP(ontology, CG.AttendanceStatusScheme, Vocab.HAS_TOP_CONCEPT)));
        assertEquals(Set.of(CG.interestPersonal, CG.interestPrejudicial, CG.interestPecuniary,
                        CG.interestNonPecuniary, CG.interestOtherRegistrable, CG.interestNonRegistrable,
                        CG.interestSignificantOther),
                Set.copyOf(G.listSP(ontology, CG.InterestKindScheme, Vocab.HAS_TOP_CONCEPT)));
        assertEquals(Set.of(CG.methodRules, CG.methodNameFinder, CG.methodParticipationModel),
                Set.copyOf(G.listSP(ontology, CG.DetectionMethodScheme, Vocab.HAS_TOP_CONCEPT)));
        assertEquals(Set.of(CG.matchSameGivenName, CG.matchGivenNameVariant, CG.matchInitialOfGivenName, CG.matchSameInitial,
                        CG.matchFamilyNameOnly),
                Set.copyOf(G.listSP(ontology, CG.NameMatchScheme, Vocab.HAS_TOP_CONCEPT)));
    }

    @Test
    void everyPropertyHasARangeOfTheRightKind() {
        List<String> problems = new ArrayList<>();
        for (Node property : G.nodesOfTypeAsSet(ontology, Vocab.OBJECT_PROPERTY)) {
            Node range = G.getZeroOrOneSP(ontology, property, Vocab.RANGE);
            boolean classRange = range != null
                    && (range.equals(Vocab.CONCEPT) || G.isOfType(ontology, range, Vocab.OWL_CLASS));
            if (!classRange) {
                problems.add(Vocab.shortName(property) + " has range " + range);
            }
        }
        for (Node property : G.nodesOfTypeAsSet(ontology, Vocab.DATATYPE_PROPERTY)) {
            Node range = G.getZeroOrOneSP(ontology, property, Vocab.RANGE);
            if (range == null || !range.isURI() || !range.getURI().startsWith(Vocab.XSD_NS)) {
                problems.add(Vocab.shortName(property) + " has range " + range);
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void everyPropertyButTheProvenanceLinksHasADomainOfDeclaredClasses() {
        Set<Node> provenanceLinks = Set.of(CG.evidence, CG.sourceDocument);
        List<String> problems = new ArrayList<>();
        Set<Node> properties = new HashSet<>(G.nodesOfTypeAsSet(ontology, Vocab.OBJECT_PROPERTY));
        properties.addAll(G.nodesOfTypeAsSet(ontology, Vocab.DATATYPE_PROPERTY));
        for (Node property : properties) {
            Node domain = G.getZeroOrOneSP(ontology, property, Vocab.DOMAIN);
            if (provenanceLinks.contains(property)) {
                continue;
            }
            if (domain == null) {
                problems.add(Vocab.shortName(property) + " has no domain");
            } else if (!domainClasses(domain).stream().allMatch(c -> G.isOfType(ontology, c, Vocab.OWL_CLASS))) {
                problems.add(Vocab.shortName(property) + " has a domain that is not made of declared classes");
            }
        }
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void theFactPropertiesSharedByClassesHaveUnionDomains() {
        assertEquals(Set.of(CG.RoleHolding, CG.Attendance, CG.Declaration, CG.MinutesConfirmation,
                CG.NextMeetingNotice), Set.copyOf(domainClasses(G.getOneSP(ontology, CG.atMeeting, Vocab.DOMAIN))));
        assertEquals(Set.of(CG.Resolution, CG.Declaration),
                Set.copyOf(domainClasses(G.getOneSP(ontology, CG.concernsItem, Vocab.DOMAIN))));
    }

    private Stream<Node> declaringTypes(Node term) {
        return G.listSP(ontology, term, Vocab.TYPE).stream().filter(Vocab.DECLARING_TYPES::contains);
    }

    private List<Node> domainClasses(Node domain) {
        if (domain.isBlank()) {
            return G.rdfList(ontology, G.getOneSP(ontology, domain, Vocab.UNION_OF));
        }
        return List.of(domain);
    }

    private static Set<Node> conceptsIn(Graph graph) {
        return G.find(graph, Node.ANY, Vocab.TYPE, Vocab.CONCEPT).mapWith(Triple::getSubject).toSet();
    }

    private static boolean isEnglishText(Node node) {
        return node.isLiteral() && "en".equals(node.getLiteralLanguage())
                && !node.getLiteralLexicalForm().isBlank();
    }

    private static String names(Set<Node> nodes) {
        return nodes.stream().map(Vocab::shortName).sorted().collect(Collectors.joining(", "));
    }
}
