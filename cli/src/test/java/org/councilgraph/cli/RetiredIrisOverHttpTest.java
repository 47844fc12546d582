package org.councilgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.ServerOptions;
import org.councilgraph.store.ServiceConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Published IRIs that a later resolution retires keep resolving, persons and their tenures alike:
 * a redirect to the one IRI that replaces them, a page listing them when there are several.
 */
@Tag("slow") // HTTP
class RetiredIrisOverHttpTest {

    private static final Path IDENTITY = Path.of("..", "store", "src", "test", "resources", "identity");
    private static final String ID = "https://w3id.org/councilgraph/id/";

    @TempDir
    Path folder;

    @Test
    void aRefoundedPersonsOldIriAndItsTenuresRedirectPermanentlyToTheirSuccessorsAndASplitOneListsThem() {
        // Temple Cloud's meetings of 2021-2023 first, then its meeting of 2020-05-12 (J01), which
        // founds its people anew: the IRIs published before point at the new ones.
        Path later = copy("later", "J02", "J03", "J04", "J05");
        Path earliest = copy("earliest", "J01");
        try (RunningServer server = RunningServer.start(ServiceConfiguration.packaged(), folder.resolve("db"),
                new ServerOptions(0, true, null, UserQueries.all()), List.of(later))) {
            List<Node> before = resolvedPersons(server.database().dataset());
            List<Node> tenuresBefore = subjectsOfType(server.database().dataset(), CG.RoleTenure);
            server.load(List.of(earliest));
            DatasetGraph ds = server.database().dataset();
            List<Node> after = resolvedPersons(ds);
            List<Node> retired = before.stream().filter(p -> !after.contains(p)).toList();
            assertFalse(retired.isEmpty(), "J01 refounds some of Temple Cloud's people");
            Node old = retired.get(0);
            Node successor = Txn.calculateRead(ds, () -> ds.find(Node.ANY, old, DCTerms.isReplacedBy.asNode(), Node.ANY).next().getObject());

            HttpResponse<String> moved = Http.get(server.base() + "/id/" + old.getURI().substring(ID.length()), "text/turtle");
            assertEquals(301, moved.statusCode());
            assertEquals("/id/" + successor.getURI().substring(ID.length()), moved.headers().firstValue("Location").orElseThrow());
            // The successor itself is an ordinary resource.
            assertEquals(303, Http.get(server.base() + moved.headers().firstValue("Location").orElseThrow(), "text/turtle").statusCode());

            // The posts of a refounded person are tenures of the new person: the old tenure IRIs,
            // and their periods, move to the tenures that now hold their observations.
            List<Node> tenuresAfter = subjectsOfType(ds, CG.RoleTenure);
            List<Node> retiredTenures = tenuresBefore.stream().filter(t -> !tenuresAfter.contains(t)).toList();
            assertFalse(retiredTenures.isEmpty(), "the refounded people held posts");
            for (Node tenure : retiredTenures) {
                List<Node> successors = Txn.calculateRead(ds, () -> Iter.toList(ds.find(Node.ANY, tenure, DCTerms.isReplacedBy.asNode(), Node.ANY))
                        .stream().map(q -> q.getObject()).toList());
                assertEquals(1, successors.size(), tenure + " " + successors);
                assertTrue(tenuresAfter.contains(successors.get(0)), successors.toString());
                HttpResponse<String> tenureMoved = Http.get(server.base() + "/id/" + tenure.getURI().substring(ID.length()), "text/turtle");
                assertEquals(301, tenureMoved.statusCode(), tenure.toString());
                assertEquals("/id/" + successors.get(0).getURI().substring(ID.length()),
                        tenureMoved.headers().firstValue("Location").orElseThrow());
            }
            Node period = NodeFactory.createURI(retiredTenures.get(0).getURI() + "/period");
            HttpResponse<String> periodMoved = Http.get(server.base() + "/id/" + period.getURI().substring(ID.length()), "text/turtle");
            assertEquals(301, periodMoved.statusCode());
            assertTrue(periodMoved.headers().firstValue("Location").orElseThrow().endsWith("/period"));

            // A split (as new evidence that one person was two would make): the old IRI lists both.
            Node split = NodeFactory.createURI(ID + "person/temple-cloud-with-cameley-parish-council/resolved/split-test");
            Node other = after.stream().filter(p -> !p.equals(successor)).findFirst().orElseThrow();
            Node identity = NodeFactory.createURI(ID + "identity/temple-cloud-with-cameley-parish-council");
            Txn.executeWrite(ds, () -> {
                ds.add(identity, split, DCTerms.isReplacedBy.asNode(), successor);
                ds.add(identity, split, DCTerms.isReplacedBy.asNode(), other);
            });
            HttpResponse<String> choices = Http.get(server.base() + "/id/" + split.getURI().substring(ID.length()), "text/html");
            assertEquals(300, choices.statusCode());
            Document page = Jsoup.parse(choices.body());
            List<String> links = page.select("ul.successors a").eachAttr("href");
            assertEquals(2, links.size(), choices.body());
            assertTrue(links.contains("/id/" + successor.getURI().substring(ID.length())), links.toString());
            assertTrue(links.contains("/id/" + other.getURI().substring(ID.length())), links.toString());
            assertTrue(choices.headers().firstValue("Link").orElse("").contains("rel=\"describedby\""));
        }
    }

    private Path copy(String name, String... stems) {
        try {
            Path dir = Files.createDirectories(folder.resolve(name));
            for (String stem : stems) {
                Files.copy(IDENTITY.resolve(stem + ".txt"), dir.resolve(stem + ".txt"));
                Files.copy(IDENTITY.resolve(stem + ".meta.json"), dir.resolve(stem + ".meta.json"));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Node> resolvedPersons(DatasetGraph ds) {
        return subjectsOfType(ds, CG.ResolvedPerson);
    }

    private static List<Node> subjectsOfType(DatasetGraph ds, Node type) {
        return Txn.calculateRead(ds, () -> {
            List<Node> out = new ArrayList<>();
            ds.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), type)
                    .forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }
}
