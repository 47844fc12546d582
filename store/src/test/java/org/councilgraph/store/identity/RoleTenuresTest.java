package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;
import org.councilgraph.store.CouncilDatabase;
import org.councilgraph.store.DocumentLoader;
import org.councilgraph.store.DocumentSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts over time on the identity set: a resolved person's role across meetings is one org:Membership with the period observed. */
class RoleTenuresTest {

    private static final String TENURES = IdentityStores.PREFIXES + """
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX time: <http://www.w3.org/2006/time#>
            SELECT ?tenure ?person ?role ?organisation ?from ?to (COUNT(DISTINCT ?holding) AS ?observed) WHERE { GRAPH ?g {
              ?tenure a cg:RoleTenure , org:Membership ; org:member ?person ; org:role ?role ; org:organization ?organisation ;
                      cg:observation ?holding .
              ?person a cg:ResolvedPerson ; rdfs:label "%s" .
              OPTIONAL { ?tenure org:memberDuring ?p . ?p a time:Interval ;
                         time:hasBeginning/time:inXSDDate ?from ; time:hasEnd/time:inXSDDate ?to } } }
            GROUP BY ?tenure ?person ?role ?organisation ?from ?to ORDER BY ?from
            """;

    @TempDir
    Path folder;

    @Test
    void aChairmanAcrossThreeYearsOfMeetingsIsOneTenureFromTheFirstMeetingToTheLast() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            // Temple Cloud with Cameley: Jonathan Sebright chairs the meetings of 2020-05-12 (J01),
            // 2021-06-22 (J02), one of 2022 whose sidecar names the council alone (J03) and
            // 2023-09-12 (J05), as "Councillors Jonathan Sebright", "Jon Sebright" and "Cllrs Sebright":
            // every one a meeting of the council itself, so one tenure.
            List<String[]> rows = rows(db.dataset(), TENURES.formatted("Councillor Jonathan Sebright"));
            String[] chair = rows.stream().filter(r -> r[2].equals(CG.ID + "role/chair") && r[4] != null).findFirst()
                    .orElseThrow(() -> new AssertionError(rows.stream().map(r -> String.join(" ", r)).toList().toString()));
            assertEquals(CG.ID + "council/temple-cloud-with-cameley-parish-council", chair[3],
                    "a post the minutes name no organisation for is held at the body whose meetings show it");
            assertEquals("2020-05-12", chair[4]);
            assertEquals("2023-09-12", chair[5]);
            assertEquals("4", chair[6]);
            assertTrue(chair[0].startsWith(CG.ID + "tenure/temple-cloud-with-cameley-parish-council/"), chair[0]);
        }
    }

    @Test
    void eachTenureIsOfOnePersonRoleAndOrganisationAndBeginsNoLaterThanItEnds() {
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            IdentityStores.load(db, IdentitySet.names());
            List<String[]> tenures = rows(db.dataset(), IdentityStores.PREFIXES + """
                    PREFIX org:  <http://www.w3.org/ns/org#>
                    PREFIX time: <http://www.w3.org/2006/time#>
                    SELECT ?t (COUNT(DISTINCT ?p) AS ?people) (COUNT(DISTINCT ?r) AS ?roles) (COUNT(DISTINCT ?o) AS ?orgs)
                           (SAMPLE(?b) AS ?from) (SAMPLE(?e) AS ?to) WHERE { GRAPH ?g {
                      ?t a cg:RoleTenure ; org:member ?p ; org:role ?r ; org:organization ?o .
                      OPTIONAL { ?t org:memberDuring/time:hasBeginning/time:inXSDDate ?b ; org:memberDuring/time:hasEnd/time:inXSDDate ?e } } }
                    GROUP BY ?t
                    """);
            assertTrue(tenures.size() > 20, tenures.size() + " tenures");
            for (String[] t : tenures) {
                assertEquals("1", t[1], t[0]);
                assertEquals("1", t[2], t[0]);
                assertEquals("1", t[3], t[0]);
                assertTrue(t[4] == null || t[4].compareTo(t[5]) <= 0, t[0] + " " + t[4] + " " + t[5]);
            }
        }
    }

    @Test
    void theSpellingsOfOnePostAreOneTenureAndEachObservationKeepsItsWrittenForm() throws DocumentException {
        // St Weonards: M Cain is "Chairman" at the meeting of 2016-05-09 (J06) and "Chair" at the
        // later ones (J07, J09, J10); J06 given the name of the later meetings' body, so that only
        // the spelling of the post differs.
        ExtractedMinutes j06 = new MinutesExtractor().extract(new MinutesReader().read(IdentitySet.FOLDER.resolve("J06.txt"),
                new DocumentMetadata("St Weonards Parish Council", "Ordinary Meeting", LocalDate.parse("2016-05-09"), null)));
        try (CouncilDatabase db = CouncilDatabase.open(folder.resolve("db"))) {
            DocumentLoader loader = new DocumentLoader(db.dataset());
            loader.load(DocumentSources.minutes(IdentitySet.FOLDER.resolve("J06.txt"), j06));
            IdentitySet.sources(List.of("J07.txt", "J09.txt", "J10.txt")).forEach(loader::load);
            new IdentityRefresh(db.dataset(), IriBase.DEFAULT).refresh();
            List<String[]> rows = rows(db.dataset(), IdentityStores.PREFIXES + """
                    PREFIX org:  <http://www.w3.org/ns/org#>
                    SELECT ?tenure ?role ?label ?written (COUNT(DISTINCT ?holding) AS ?n) WHERE {
                      GRAPH ?i { ?tenure a cg:RoleTenure ; org:role ?role ; rdfs:label ?label ; cg:observation ?holding ;
                                         org:member/rdfs:label ?person FILTER (CONTAINS(?person, "Cain")) }
                      GRAPH ?d { ?holding cg:role/rdfs:label ?written } }
                    GROUP BY ?tenure ?role ?label ?written ORDER BY ?written
                    """);
            assertEquals(2, rows.size(), rows.stream().map(r -> String.join(" ", r)).toList().toString());
            assertEquals(rows.get(0)[0], rows.get(1)[0], "Chair and Chairman are one tenure");
            assertEquals(CG.ID + "role/chair", rows.get(0)[1]);
            assertEquals("Chair", rows.get(0)[2], "the tenure is named by its most written spelling");
            assertEquals("Chair", rows.get(0)[3]);
            assertEquals("3", rows.get(0)[4]);
            assertEquals("Chairman", rows.get(1)[3], "the observation of J06 keeps the post as written");
            assertEquals("1", rows.get(1)[4]);
        }
    }

    private static List<String[]> rows(DatasetGraph ds, String query) {
        return Txn.calculateRead(ds, () -> {
            List<String[]> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                RowSet rowSet = exec.select();
                List<String> vars = rowSet.getResultVars().stream().map(v -> v.getVarName()).toList();
                rowSet.forEachRemaining(b -> out.add(vars.stream().map(v -> {
                    var n = b.get(v);
                    return n == null ? null : n.isURI() ? n.getURI() : n.getLiteralLexicalForm();
                }).toArray(String[]::new)));
            }
            return out;
        });
    }
}
