package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.junit.jupiter.api.Test;

/** Members told from attendees by their posts and titles, as the gold's present and in_attendance lists tell them. */
class ParticipationTest {

    private final Participation participation = new Participation(Lexicons.standard());

    private static PersonName name(String text) {
        List<Word> words = Words.of(text);
        return new PersonNameParser().parse(words, 0, words.size(), null, PersonNameParser.Context.PROSE)
                .map(PersonNameParser.Match::name).orElseThrow();
    }

    @Test
    void officersPostsMakeSomeoneListedAnAttendee() {
        // corpus/d018.txt, corpus/d020.txt, corpus/d015.txt, corpus/d006.txt "K.O’Donoghue (clerk)", corpus/d051.txt
        for (String post : List.of("Meetings Administrator", "D.O.S.", "Town Clerk", "clerk", "County Manager", "observer")) {
            assertTrue(participation.isAttendeeRole(post), post);
        }
    }

    @Test
    void membersOfficesKeepSomeoneListedAMember() {
        // corpus/d039.txt, corpus/d051.txt, corpus/d015.txt, samples/004 "Co-opted Member: Reverend Ian Robinson"
        for (String post : List.of("Chair", "Vice-Chairman", "Mayor", "Co-opted Member")) {
            assertFalse(participation.isAttendeeRole(post), post);
        }
        assertFalse(participation.isAttendeeRole(null));
    }

    @Test
    void aTitleBeforeTheNameSaysWhatItTellsAboutAttendance() {
        // corpus/d005.txt, corpus/d015.txt, corpus/d016.txt
        assertEquals("chair", participation.titleKind(name("Chairman Siddall")));
        assertEquals("visitor", participation.titleKind(name("PCSO Rob Kindred")));
        assertEquals("visitor", participation.titleKind(name("County Councillor Hugh Shepardson")));
        assertEquals("civic", participation.titleKind(name("The Right Worshipful the Mayor Councillor R T Beckett")));
        // corpus/d037.txt: a personal title only
        assertNull(participation.titleKind(name("Mr Tim Owen")));
    }
}
