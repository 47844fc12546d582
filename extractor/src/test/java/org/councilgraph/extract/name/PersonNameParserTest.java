package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.councilgraph.extract.name.PersonNameParser.Context;
import org.junit.jupiter.api.Test;

class PersonNameParserTest {

    private final PersonNameParser parser = new PersonNameParser();

    private Optional<PersonName> parse(String text, Context context) {
        List<Word> words = Words.of(text);
        return parser.parse(words, 0, words.size(), null, context).map(PersonNameParser.Match::name);
    }

    @Test
    void splitsTitlesInitialsFamilyNameAndPostNominals() {
        PersonName n = parse("Mr A E Pearson CC declared", Context.PROSE).orElseThrow();
        assertEquals(List.of("Mr"), n.honorifics());
        assertEquals("A E", n.initials());
        assertEquals("Pearson", n.family());
        assertEquals(List.of("CC"), n.postNominals());
        assertEquals("Mr A E Pearson CC", n.written());
    }

    @Test
    void aWordThatIsAlsoAFamilyNameIsOneAfterInitialsOrAGivenName() {
        // corpus/d070.txt "Mr Liam Ward, Director of ...", corpus/d100.txt "Alison Ward, Chief Executive"
        assertEquals("Ward", parse("Mr Liam Ward, Director of Community Development", Context.PROSE).orElseThrow().family());
        assertEquals("Ward", parse("Councillor F Ward (Chairman)", Context.PROSE).orElseThrow().family());
        // An electoral ward is still not a person.
        assertTrue(parse("Abbey Ward", Context.PROSE).isEmpty());
    }

    @Test
    void keepsParticlesInTheFamilyName() {
        assertEquals("de Winton", parse("Mr Charles de Winton", Context.PROSE).orElseThrow().family());
        assertEquals("O Meara", parse("Cllr. E. O Meara", Context.PROSE).orElseThrow().family());
        // Constructed: particles that run together before the family name.
        assertEquals("van der Berg", parse("Cllr Pieter van der Berg", Context.PROSE).orElseThrow().family());
        assertEquals("de la Cruz", parse("Councillor Ana de la Cruz", Context.PROSE).orElseThrow().family());
    }

    @Test
    void readsInitialsWrittenAgainstTheName() {
        PersonName n = parse("A.Vigrass", Context.LIST).orElseThrow();
        assertEquals("A", n.initials());
        assertEquals("Vigrass", n.family());
    }

    @Test
    void leavesAPossessiveOutOfTheName() {
        PersonName n = parse("Stuart Easingwood’s last day", Context.PROSE).orElseThrow();
        assertEquals("Easingwood", n.family());
        assertEquals("Stuart Easingwood", n.written());
    }

    @Test
    void separatesAPostUsedAsATitle() {
        PersonName n = parse("Chairman Siddall", Context.PROSE).orElseThrow();
        assertEquals("Chairman", n.roleTitle());
        assertEquals("Siddall", n.written());
    }

    @Test
    void needsAKnownGivenNameOrATitleInRunningText() {
        assertFalse(parse("Council Chamber", Context.PROSE).isPresent());
        assertFalse(parse("Customer Access", Context.PROSE).isPresent());
        assertTrue(parse("Sarah Jenkins", Context.PROSE).isPresent());
        List<Word> words = Words.of("Tadhgx McDonnell");
        assertTrue(parser.parse(words, 0, words.size(), null, Context.PROSE, Set.of("Tadhgx")).isPresent());
    }

    @Test
    void tellsSamePeopleFromNamesakes() {
        PersonName a = parse("Cllr A Griffiths", Context.PROSE).orElseThrow();
        PersonName av = parse("Cllr A V Griffiths", Context.PROSE).orElseThrow();
        PersonName bare = parse("Councillor Griffiths", Context.PROSE).orElseThrow();
        assertFalse(a.sameNameAs(av));
        assertTrue(bare.sameNameAs(av));
        assertTrue(parse("Jenny Palmer", Context.PROSE).orElseThrow().sameNameAs(parse("J Palmer", Context.LIST).orElseThrow()));
        assertFalse(parse("Jenny Palmer", Context.PROSE).orElseThrow().sameNameAs(parse("John Palmer", Context.PROSE).orElseThrow()));
    }

    @Test
    void aMonthAfterAGivenNameIsAFamilyName() {
        // corpus/d058.txt: "Councillor Paul May declared a disclosable pecuniary interest ..."
        assertEquals("May", parse("Councillor Paul May declared a disclosable pecuniary interest", Context.PROSE).orElseThrow().family());
        // a date is not a name
        assertEquals(Optional.empty(), parse("May 2019", Context.PROSE));
    }
}
