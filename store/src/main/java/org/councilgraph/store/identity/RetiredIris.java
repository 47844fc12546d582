package org.councilgraph.store.identity;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.councilgraph.ontology.CG;

/**
 * What becomes of the IRIs of an identity graph (resolved persons, resolved committees, role
 * tenures) that a new resolution no longer mints, so that IRIs once published keep resolving. A
 * resolved resource rests on things whose IRIs do not depend on the resolution: a person on its
 * mentions, a committee on its body mentions, a tenure on its role holdings. When those now stand
 * for other resources (a person refounded by an earlier meeting, two persons merged or one split,
 * two spellings of one post made one, the council's own meeting made the council) the old IRI is
 * kept in the identity graph with {@code dcterms:isReplacedBy} each resource they now stand for,
 * and with {@code owl:sameAs} as well when there is one (a split is no sameness); a retired
 * tenure's period and its ends point at the period and ends of the tenures that replace it. IRIs
 * retired by earlier resolutions are carried on, pointing at what their replacements became. An
 * IRI whose ground is all gone (its documents removed) is dropped.
 */
final class RetiredIris {

    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI);
    private static final String[] PERIOD_PARTS = {"/period", "/period/beginning", "/period/end"};

    /**
     * A kind of resolved resource: its type and the link between it and what it rests on,
     * {@code ground link resource} when {@code groundIsSubject}, else {@code resource link ground}.
     */
    private record Kind(Node type, Node link, boolean groundIsSubject) {

        /** Each ground of {@code g} to the resources of this kind it stands for there. */
        Map<Node, Set<Node>> resourcesByGround(Graph g) {
            Map<Node, Set<Node>> out = new HashMap<>();
            g.find(Node.ANY, link, Node.ANY).forEachRemaining(t -> {
                Node ground = groundIsSubject ? t.getSubject() : t.getObject();
                Node resource = groundIsSubject ? t.getObject() : t.getSubject();
                out.computeIfAbsent(ground, k -> sorted()).add(resource);
            });
            return out;
        }

        /** What {@code resource} rests on in {@code g}. */
        Set<Node> ground(Graph g, Node resource) {
            Set<Node> out = sorted();
            if (groundIsSubject) {
                g.find(Node.ANY, link, resource).forEachRemaining(t -> out.add(t.getSubject()));
            } else {
                g.find(resource, link, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
            }
            return out;
        }
    }

    private static final Kind PERSONS = new Kind(CG.ResolvedPerson, CG.canonicalPerson, true);
    private static final Kind COMMITTEES = new Kind(CG.ResolvedCommittee, CG.canonicalBody, true);
    private static final Kind TENURES = new Kind(CG.RoleTenure, CG.observation, false);

    private RetiredIris() {
    }

    /** The retirement triples to add to {@code fresh}, the new identity graph, given {@code old}, the one it replaces. */
    static Graph of(Graph old, Graph fresh) {
        Set<Node> current = sorted();
        Map<Node, Set<Node>> replacements = new TreeMap<>(BY_IRI);
        for (Kind kind : List.of(PERSONS, COMMITTEES, TENURES)) {
            Map<Node, Set<Node>> now = kind.resourcesByGround(fresh);
            now.values().forEach(current::addAll);
            fresh.find(Node.ANY, RDF.type.asNode(), kind.type()).forEachRemaining(t -> current.add(t.getSubject()));
            for (Node resource : subjectsOfType(old, kind.type())) {
                Set<Node> to = sorted();
                kind.ground(old, resource).forEach(g -> to.addAll(now.getOrDefault(g, Set.of())));
                replacements.put(resource, to);
            }
        }
        replacements.keySet().removeAll(current);
        periods(old, fresh, replacements);

        Map<Node, Set<Node>> earlier = new HashMap<>();
        old.find(Node.ANY, DCTerms.isReplacedBy.asNode(), Node.ANY)
                .forEachRemaining(t -> earlier.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject()));
        Set<Node> present = sorted();
        fresh.find().forEachRemaining(t -> present.add(t.getSubject()));
        earlier.forEach((retired, targets) -> {
            if (current.contains(retired) || present.contains(retired)) {
                return;
            }
            Set<Node> to = sorted();
            for (Node target : targets) {
                if (current.contains(target) || present.contains(target)) {
                    to.add(target);
                } else {
                    to.addAll(replacements.getOrDefault(target, Set.of()));
                }
            }
            replacements.merge(retired, to, (a, b) -> {
                a.addAll(b);
                return a;
            });
        });

        Graph out = GraphFactory.createDefaultGraph();
        replacements.forEach((retired, to) -> {
            to.forEach(t -> out.add(Triple.create(retired, DCTerms.isReplacedBy.asNode(), t)));
            if (to.size() == 1) {
                out.add(Triple.create(retired, OWL.sameAs.asNode(), to.iterator().next()));
            }
        });
        return out;
    }

    /** A retired tenure's period, beginning and end are replaced by those of its successors that have them. */
    private static void periods(Graph old, Graph fresh, Map<Node, Set<Node>> replacements) {
        Map<Node, Set<Node>> parts = new TreeMap<>(BY_IRI);
        replacements.forEach((retired, to) -> {
            if (!old.contains(retired, RDF.type.asNode(), CG.RoleTenure)) {
                return;
            }
            for (String part : PERIOD_PARTS) {
                Node was = NodeFactory.createURI(retired.getURI() + part);
                if (!old.contains(was, Node.ANY, Node.ANY)) {
                    continue;
                }
                Set<Node> now = sorted();
                to.stream().map(t -> NodeFactory.createURI(t.getURI() + part)).filter(n -> fresh.contains(n, Node.ANY, Node.ANY))
                        .forEach(now::add);
                parts.put(was, now);
            }
        });
        replacements.putAll(parts);
    }

    private static Set<Node> subjectsOfType(Graph g, Node type) {
        Set<Node> out = sorted();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> out.add(t.getSubject()));
        return out;
    }

    private static Set<Node> sorted() {
        return new TreeSet<>(BY_IRI);
    }
}
