package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Posts as the corpus writes them; the gold person_roles say what a post is. */
class RolePhraseTest {

    /** The role phrase at the start of {@code text}. */
    private static String leadingRole(String text) {
        List<Word> words = Words.of(text);
        int end = RolePhrase.end(words, 0, words.size());
        return end == 0 ? "" : text.substring(0, words.get(end - 1).end());
    }

    @Test
    void readsPostsJoinedByConnectorsAndDashes() {
        // samples/003, samples/000, corpus/d036.txt
        assertTrue(RolePhrase.isRole("Head of Service – Customer Access"));
        assertTrue(RolePhrase.isRole("Lead Member for Children and Family Services"));
        assertTrue(RolePhrase.isRole("Clerk and Executive Officer to Melton Parish Council"));
        assertTrue(RolePhrase.isRole("Head of Legal and Democratic Services"));
    }

    @Test
    void readsPostsWithALowerCaseModifierOrHead() {
        // samples/002, corpus/d013.txt, corpus/d028.txt
        assertTrue(RolePhrase.isRole("executive Member"));
        assertTrue(RolePhrase.isRole("former Board Member"));
        assertTrue(RolePhrase.isRole("foster carer"));
    }

    @Test
    void readsPostsAsWrittenEvenMisspelt() {
        // corpus/d010.txt: "Mark Pirnie, the Scrutiny Manger"
        assertTrue(RolePhrase.isRole("Scrutiny Manger"));
        // corpus/d020.txt
        assertTrue(RolePhrase.isRole("Financial Management Accountant"));
    }

    @Test
    void doesNotTakeOrganisationsPlacesOrUnitsForPosts() {
        // corpus/d012.txt venue, corpus/d027.txt, corpus/d021.txt, corpus/d039.txt, corpus/d013.txt
        assertFalse(RolePhrase.isRole("Council Chamber"));
        assertFalse(RolePhrase.isRole("Tenant Working Group"));
        assertFalse(RolePhrase.isRole("Castlecomer Area Office"));
        assertFalse(RolePhrase.isRole("North Wales Police"));
        assertFalse(RolePhrase.isRole("Democratic Services Department"));
    }

    @Test
    void doesNotTakeAnAttendanceLabelForAPost() {
        // corpus/d018.txt, samples/004
        assertFalse(RolePhrase.isRole("Officials in Attendance"));
        assertFalse(RolePhrase.isRole("Officers in attendance"));
        assertEquals("", leadingRole("Members Present"));
    }

    @Test
    void readsDottedAbbreviationsOfPosts() {
        // corpus/d020.txt
        for (String post : List.of("D.O.S.", "H.O.F.", "A.O.", "S.E.E.", "S.E.", "A.S.O.")) {
            assertTrue(RolePhrase.isAbbreviatedPost(post), post);
            assertTrue(RolePhrase.isRole(post), post);
        }
        assertFalse(RolePhrase.isAbbreviatedPost("Mr."));
        assertEquals("D.O.S.", leadingRole("D.O.S., Mr. D. Conlon"));
    }

    @Test
    void endsThePostWhereTheNameOfItsHolderBegins() {
        // corpus/d016.txt, corpus/d001.txt, corpus/d018.txt
        assertEquals("Deputy Mayor", leadingRole("Deputy Mayor, Councillor A Redpath"));
        assertEquals("Head of Marketing and Communication", leadingRole("Head of Marketing and Communication (Miss A Goddard) Transition Manager"));
        assertEquals("Clerk to Council", leadingRole("Clerk to Council, Mrs S Knowles"));
        assertEquals("Head of Finance", leadingRole("Head of Finance: Fiona Lawless"));
    }

    @Test
    void endsThePostBeforeTheWordsThatFollowIt() {
        // corpus/d009.txt, samples/003, samples/000
        assertEquals("Director of Social Work & Practice", leadingRole("Director of Social Work & Practice, Stuart Easingwood’s last day"));
        assertEquals("Head of Legal and Democratic Services", leadingRole("Head of Legal and Democratic Services, providing an updated"));
        assertEquals("Lead Member for Resources", leadingRole("Lead Member for Resources, Mr L. Breckon CC, has been invited"));
    }

    @Test
    void noPostStartsAtATitledName() {
        // corpus/d048.txt
        assertEquals("", leadingRole("Mr H. Kearns, County Manager"));
        // corpus/d039.txt
        assertEquals("", leadingRole("Cllr John Pritchard                   County Councillor"));
    }
}
