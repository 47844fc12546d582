package org.councilgraph.extract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

class PersonResolverTest {

    private static final String COUNCIL = "St Weonards Parish Council";

    private final PersonResolver resolver = new PersonResolver();

    private static PersonMention mention(String doc, String family, String given, String initials, String... honorifics) {
        Node local = NodeFactory.createURI("https://w3id.org/councilgraph/id/person/document/" + doc + "/"
                + family.toLowerCase() + "-" + (given == null ? initials : given).toLowerCase());
        return new PersonMention(doc, COUNCIL, local, family, given == null ? List.of() : List.of(given),
                initials, Set.of(honorifics));
    }

    private static Node id(PersonResolution r, PersonMention m) {
        return r.canonical(m.document(), m.person(), "");
    }

    @Test
    void linksShortAndFullGivenNamesAndInitialsAcrossDocuments() {
        PersonMention jonathan = mention("d1", "Sebright", "Jonathan", "");
        PersonMention jon = mention("d2", "Sebright", "Jon", "");
        PersonMention bare = mention("d3", "Sebright", null, "");
        PersonMention m = mention("d1", "Cain", null, "M");
        PersonMention mike = mention("d2", "Cain", "Mike", "");
        PersonResolution r = resolver.resolve(List.of(jonathan, jon, bare, m, mike));
        assertEquals(id(r, jonathan), id(r, jon));
        assertEquals(id(r, jonathan), id(r, bare));
        assertEquals(id(r, m), id(r, mike));
        assertTrue(id(r, jon).getURI().matches(
                "https://w3id.org/councilgraph/id/person/st-weonards-parish-council/resolved/sebright-jonathan-[0-9a-f]{12}"),
                "named after the least mention, d1's Jonathan Sebright: " + id(r, jon));
    }

    @Test
    void aResolvedPairCarriesItsEvidence() {
        PersonMention jonathan = mention("d1", "Sebright", "Jonathan", "");
        PersonMention jon = mention("d2", "Sebright", "Jon", "");
        PersonResolution r = resolver.resolve(List.of(jonathan, jon));
        assertEquals(1, r.links().size());
        PersonResolution.Link link = r.links().get(0);
        assertEquals("d2", link.document());
        assertTrue(link.evidence().contains("jon and jonathan are variants"), link.evidence());
    }

    @Test
    void sameSurnamePeoplePresentTogetherStayApart() {
        PersonMention laura = mention("d1", "Williams", null, "L", "Mrs");
        PersonMention richard = mention("d1", "Williams", null, "R");
        PersonMention lauraLater = mention("d2", "Williams", "Laura", "", "Mrs");
        PersonMention richardLater = mention("d2", "Williams", "Richard", "");
        PersonResolution r = resolver.resolve(List.of(laura, richard, lauraLater, richardLater));
        assertNotEquals(id(r, laura), id(r, richard));
        assertEquals(id(r, laura), id(r, lauraLater));
        assertEquals(id(r, richard), id(r, richardLater));
    }

    @Test
    void aBareSurnameThatFitsTwoPeopleStaysUnlinked() {
        PersonMention j = mention("d1", "Crooks", null, "J");
        PersonMention w = mention("d1", "Crooks", null, "W");
        PersonMention bare = mention("d2", "Crooks", null, "");
        PersonMention bareAgain = mention("d3", "Crooks", null, "");
        PersonResolution r = resolver.resolve(List.of(j, w, bare, bareAgain));
        assertNotEquals(id(r, bare), id(r, j));
        assertNotEquals(id(r, bare), id(r, w));
        assertNotEquals(id(r, bare), id(r, bareAgain), "an ambiguous mention takes no later mentions");
    }

    @Test
    void theOtherPersonOfOneSurnameTakesTheBareMentionWhenTheFirstIsAtThatMeeting() {
        PersonMention laura = mention("d1", "Williams", "Laura", "", "Mrs");
        PersonMention richard = mention("d1", "Williams", "Richard", "");
        PersonMention lauraAgain = mention("d2", "Williams", "Laura", "", "Mrs");
        PersonMention bare = new PersonMention("d2", COUNCIL, lauraAgain.person(), "Williams", List.of(), "", Set.of(),
                Set.of("Cllr Williams"));
        PersonResolution r = resolver.resolve(List.of(laura, richard, lauraAgain, bare));
        assertEquals(id(r, richard), r.canonical("d2", lauraAgain.person(), "Cllr Williams"));
        assertEquals(id(r, laura), r.canonical("d2", lauraAgain.person(), "Cllr Mrs Laura Williams"));
    }

    @Test
    void conflictingInitialsOrDifferentCouncilsAreNotLinked() {
        PersonMention d = mention("d1", "Wood", null, "D");
        PersonMention p = mention("d2", "Wood", "Peter", "");
        PersonMention elsewhere = new PersonMention("d3", "Weston Parish Council", mention("d3", "Wood", null, "D").person(),
                "Wood", List.of(), "D", Set.of());
        PersonResolution r = resolver.resolve(List.of(d, p, elsewhere));
        assertNotEquals(id(r, d), id(r, p));
        assertNotEquals(id(r, d), id(r, elsewhere));
    }

    @Test
    void theSameMentionsInAnyOrderGiveTheSameIds() {
        List<PersonMention> mentions = new ArrayList<>(List.of(mention("d1", "Williams", null, "L", "Mrs"),
                mention("d1", "Williams", null, "R"), mention("d2", "Williams", "Richard", ""), mention("d3", "Williams", null, ""),
                mention("d2", "Evans", null, "J"), mention("d3", "Evans", "Julian", ""), mention("d4", "Crooks", null, "")));
        PersonResolution first = resolver.resolve(mentions);
        Random random = new Random(9);
        for (int i = 0; i < 5; i++) {
            Collections.shuffle(mentions, random);
            PersonResolution again = resolver.resolve(mentions);
            for (PersonMention m : mentions) {
                assertEquals(id(first, m), id(again, m));
            }
            assertEquals(first.links(), again.links());
        }
    }

    @Test
    void addingAnUnrelatedDocumentLeavesPersonIdsUnchanged() {
        List<PersonMention> mentions = new ArrayList<>(List.of(mention("d1", "Cain", null, "M"), mention("d2", "Cain", "Mike", ""),
                mention("d1", "Hughes", null, "K", "Mrs")));
        PersonResolution before = resolver.resolve(mentions);
        mentions.add(mention("d9", "Gebbie", "Peter", ""));
        mentions.add(mention("d9", "Bowen", "Rob", ""));
        PersonResolution after = resolver.resolve(mentions);
        for (PersonMention m : mentions.subList(0, 3)) {
            assertEquals(id(before, m), id(after, m));
        }
    }

    @Test
    void aNewPersonWhoseNameGivesTheSameKeyLeavesTheFirstPersonsIdUnchanged() {
        List<PersonMention> mentions = new ArrayList<>(List.of(mention("d1", "Williams", null, "L", "Mrs"),
                mention("d2", "Williams", "Laura", "", "Mrs")));
        PersonResolution before = resolver.resolve(mentions);
        // Mr L Williams cannot be Mrs Laura Williams: a second person whose key (williams-l) the first one's shares.
        PersonMention mister = mention("d9", "Williams", null, "L", "Mr");
        mentions.add(mister);
        PersonResolution after = resolver.resolve(mentions);
        assertEquals(id(before, mentions.get(0)), id(after, mentions.get(0)));
        assertEquals(id(before, mentions.get(1)), id(after, mentions.get(1)));
        assertNotEquals(id(after, mentions.get(0)), id(after, mister));
    }

    @Test
    void aPersonsIriComesFromItsLeastMentionAndListsAllItsMentions() {
        PersonMention jon = mention("d2", "Sebright", "Jon", "");
        PersonMention bare = mention("d1", "Sebright", null, "");
        PersonResolution r = resolver.resolve(List.of(jon, bare));
        assertEquals(1, r.persons().size());
        PersonResolution.Person person = r.persons().get(0);
        assertEquals(bare, person.founder(), "d1 sorts before d2");
        assertEquals(List.of(jon, bare), person.members(), "fullest name first");
        assertTrue(person.iri().getURI().contains("/resolved/sebright-"), person.iri().getURI());
        assertEquals(NameMatch.Kind.FAMILY_NAME_ONLY, r.links().get(0).match().kind());
        assertEquals(jon, r.links().get(0).matchedWith());
    }
}
