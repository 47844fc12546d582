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
 * Published IRIs that a later resolution retires keep resolving: a redirect to the one IRI that
 * replaces them, a page listing them when there are several.
 */
@Tag("slow") // HTTP
class RetiredIrisOverHttpTest {

    private static final Path IDENTITY = Path.of("..", "store", "src", "test", "resources", "identity");
    private static final String ID = "https://w3id.org/councilgraph/id/";

    @TempDir
    Path folder;

    @Test
    void aRefoundedPersonsOldIriRedirectsPermanentlyToItsSuccessorAndASplitOneListsThem() {
        // Temple Cloud's meetings of 2021-2023 first, then its meeting of 2020-05-12 (J01), which
        // founds its people anew: the IRIs published before point at the new ones.
        Path later = copy("later", "J02", "J03", "J04", "J05");
        Path earliest = copy("earliest", "J01");
        try (RunningServer server = RunningServer.start(ServiceConfiguration.packaged(), folder.resolve("db"),
                new ServerOptions(0, true, null, UserQueries.all()), List.of(later))) {
            List<Node> before = resolvedPersons(server.database().dataset());
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
        return Txn.calculateRead(ds, () -> {
            List<Node> out = new ArrayList<>();
            ds.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), CG.ResolvedPerson)
                    .forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }
}
