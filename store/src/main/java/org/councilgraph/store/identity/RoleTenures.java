package org.councilgraph.store.identity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.identity.PersonResolution;
import org.councilgraph.extract.identity.PostNameKeys;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * Posts over time: every post a resolved person is seen holding in a council's minutes becomes
 * one {@code cg:RoleTenure} (an {@code org:Membership}) of that person, post and organisation,
 * whose {@code org:memberDuring} is a {@code time:Interval} from the first to the last meeting
 * it was observed at, with each observation ({@code cg:observation}, the per-meeting
 * {@code cg:RoleHolding}). The organisation is the one the minutes name with the role, else the
 * body that held the meeting as resolved ({@link ResolvedBodies}): a chair of the planning
 * committee is not a chair of the council (a body scoped by its document gives way to the
 * council). The spellings of one post ("Chair", "Chairman", "Chairperson") are one post,
 * {@code role/{key}} of their key ({@link PostNameKeys}), so one tenure; each observation keeps its
 * role as written, and the tenure's label is the most written spelling. A tenure's IRI,
 * {@code tenure/{council}/{hash}}, is made from its person, role and organisation, so it stays
 * while they do; the period is what was observed, not a term of office.
 */
final class RoleTenures {

    static final String ORG = "http://www.w3.org/ns/org#";
    static final String TIME = "http://www.w3.org/2006/time#";
    private static final Node MEMBERSHIP = NodeFactory.createURI(ORG + "Membership");
    private static final Node MEMBER = NodeFactory.createURI(ORG + "member");
    private static final Node ROLE = NodeFactory.createURI(ORG + "role");
    private static final Node ORGANIZATION = NodeFactory.createURI(ORG + "organization");
    private static final Node MEMBER_DURING = NodeFactory.createURI(ORG + "memberDuring");
    private static final Node INTERVAL = NodeFactory.createURI(TIME + "Interval");
    private static final Node INSTANT = NodeFactory.createURI(TIME + "Instant");
    private static final Node HAS_BEGINNING = NodeFactory.createURI(TIME + "hasBeginning");
    private static final Node HAS_END = NodeFactory.createURI(TIME + "hasEnd");
    private static final Node IN_XSD_DATE = NodeFactory.createURI(TIME + "inXSDDate");

    private static final PostNameKeys POSTS = PostNameKeys.standard();

    private RoleTenures() {
    }

    /** A role holding of one document, the date of its meeting and the post as written there (its role's label). */
    private record Observation(Node holding, String date, String written) {
    }

    /**
     * The tenures of council {@code slug}'s resolved persons, from its documents, their resolution
     * and {@code bodies}, the identity graph's body mentions (for the organisation of a role the
     * minutes name none for).
     */
    static Graph of(String slug, Node council, Map<String, DocumentPeople> documents, PersonResolution resolution, Graph bodies) {
        Comparator<Node> byIri = Comparator.comparing(Node::getURI);
        Map<List<Node>, List<Observation>> tenures = new TreeMap<>((a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = byIri.compare(a.get(i), b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (DocumentPeople d : documents.values()) {
            Graph content = d.content();
            String date = d.meetingDate();
            for (Triple t : content.find(Node.ANY, RDF.type.asNode(), CG.RoleHolding).toList()) {
                Node holding = t.getSubject();
                Node person = uri(content, holding, CG.holder);
                Node writtenRole = uri(content, holding, CG.role);
                String written = literal(content, holding, CG.nameAsWritten);
                if (person == null || writtenRole == null) {
                    continue;
                }
                Node resolved = resolution.canonical(d.key(), person, written);
                if (resolved.equals(person)) {
                    continue;
                }
                Node organisation = uri(content, holding, CG.organisation);
                if (organisation == null) {
                    Node body = canonicalBodyOfMeeting(d, bodies);
                    organisation = body == null ? council : body;
                }
                Node post = post(writtenRole);
                tenures.computeIfAbsent(List.of(resolved, post, organisation), k -> new ArrayList<>())
                        .add(new Observation(holding, date, d.label(writtenRole)));
            }
        }
        Graph g = GraphFactory.createDefaultGraph();
        tenures.forEach((key, observations) -> write(g, slug, key, observations, documents));
        return g;
    }

    private static void write(Graph g, String slug, List<Node> key, List<Observation> observations, Map<String, DocumentPeople> documents) {
        String id = key.get(0).getURI() + " " + key.get(1).getURI() + " " + key.get(2).getURI();
        Node tenure = NodeFactory.createURI(CG.ID + "tenure/" + slug + "/"
                + SourceDocument.sha256Hex(id.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
        g.add(tenure, RDF.type.asNode(), CG.RoleTenure);
        g.add(tenure, RDF.type.asNode(), MEMBERSHIP);
        g.add(tenure, MEMBER, key.get(0));
        g.add(tenure, ROLE, key.get(1));
        g.add(tenure, ORGANIZATION, key.get(2));
        Map<String, Integer> written = new TreeMap<>();
        observations.stream().map(Observation::written).filter(w -> w != null).forEach(w -> written.merge(w, 1, Integer::sum));
        String label = written.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(key.get(1).getURI());
        g.add(tenure, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        describePost(g, key.get(1), documents);
        observations.forEach(o -> g.add(tenure, CG.observation, o.holding()));
        TreeSet<String> dates = new TreeSet<>();
        observations.stream().map(Observation::date).filter(d -> d != null).forEach(dates::add);
        if (dates.isEmpty()) {
            return;
        }
        Node period = NodeFactory.createURI(tenure.getURI() + "/period");
        g.add(tenure, MEMBER_DURING, period);
        g.add(period, RDF.type.asNode(), INTERVAL);
        instant(g, period, HAS_BEGINNING, NodeFactory.createURI(period.getURI() + "/beginning"), dates.first());
        instant(g, period, HAS_END, NodeFactory.createURI(period.getURI() + "/end"), dates.last());
    }

    /** The post a role of the minutes stands for: {@code role/{key}} of its slug's key ({@link PostNameKeys}). */
    private static Node post(Node role) {
        String prefix = CG.ID + "role/";
        if (!role.getURI().startsWith(prefix)) {
            return role;
        }
        return NodeFactory.createURI(prefix + POSTS.of(role.getURI().substring(prefix.length())).key());
    }

    /**
     * Describes the post when none of the council's documents does (every one wrote a variant,
     * "Chairman" for {@code role/chair}): a {@code cg:Role} named by its key's words.
     */
    private static void describePost(Graph g, Node post, Map<String, DocumentPeople> documents) {
        if (g.contains(post, RDF.type.asNode(), CG.Role)
                || documents.values().stream().anyMatch(d -> d.content().contains(post, RDF.type.asNode(), CG.Role))) {
            return;
        }
        String slug = post.getURI().substring(post.getURI().lastIndexOf('/') + 1);
        StringBuilder name = new StringBuilder();
        for (String w : slug.split("-+")) {
            if (w.isEmpty()) {
                continue;
            }
            name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        g.add(post, RDF.type.asNode(), CG.Role);
        g.add(post, RDFS.label.asNode(), NodeFactory.createLiteralString(name.toString()));
    }

    private static void instant(Graph g, Node period, Node link, Node instant, String date) {
        g.add(period, link, instant);
        g.add(instant, RDF.type.asNode(), INSTANT);
        g.add(instant, IN_XSD_DATE, NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate));
    }

    /** The resolved body (committee or council) that held the document's meeting, from the identity graph's body mentions. */
    private static Node canonicalBodyOfMeeting(DocumentPeople d, Graph bodies) {
        for (Node body : d.bodies()) {
            for (Triple m : bodies.find(Node.ANY, CG.mentionOfBody, body).toList()) {
                if (bodies.contains(m.getSubject(), CG.sourceDocument, d.graph())) {
                    Node canonical = uri(bodies, m.getSubject(), CG.canonicalBody);
                    if (canonical != null) {
                        return canonical;
                    }
                }
            }
        }
        return null;
    }

    private static Node uri(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI).toList().stream()
                .min(Comparator.comparing(Node::getURI)).orElse(null);
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm)
                .toList().stream().sorted().findFirst().orElse(null);
    }
}
