package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** A post and its organisation read from the phrase after "was a", "as a" or "being a"; the gold person_roles are the measure. */
class RoleAndOrganisationTest {

    private static RoleAndOrganisation parse(String phrase) {
        return RoleAndOrganisation.parse(phrase, Lexicons.standard());
    }

    @Test
    void splitsThePostFromTheOrganisationItBelongsTo() {
        // samples/002: "Councillor Emma Marshall was an executive Member of Redditch Borough Council."
        assertEquals(new RoleAndOrganisation("executive Member", "Redditch Borough Council"),
                parse("an executive Member of Redditch Borough Council."));
        // corpus/d045.txt: "due to being a Director of Learning Partnerships, a governor of Thomas Danby College, ..."
        assertEquals(new RoleAndOrganisation("Director", "Learning Partnerships"),
                parse("a Director of Learning Partnerships, a governor of Thomas Danby College, a governor of Garforth Community College"));
    }

    @Test
    void readsAPostWithALowerCaseHead() {
        // corpus/d028.txt: "Councillor Pauline Tunnicliffe declared that she was a foster carer for the Council."
        assertEquals(new RoleAndOrganisation("foster carer", "the Council"), parse("a foster carer for the Council."));
        // corpus/d024.txt: "by virtue of his position as a board member of the Transport Authority."
        assertEquals("board member", parse("a board member of the Transport Authority.").role());
    }

    @Test
    void endsThePostWhereTheSentenceGoesOn() {
        // corpus/d029.txt: "Brenda had been a Building Control Support Officer and had worked in the Building Control section ..."
        assertEquals(new RoleAndOrganisation("Building Control Support Officer", null),
                parse("a Building Control Support Officer and had worked in the Building Control section"));
    }

    @Test
    void aPhraseAboutPeopleOrThingsNamesNoPost() {
        // samples/001: "declared a personal interest ... as two members of his family were teachers."
        assertNull(parse("two members of his family were teachers."));
        // corpus/d009.txt: "He had been with the Council for 17 years and would be a great loss to the Council."
        assertNull(parse("a great loss to the Council."));
    }
}
