package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.InterestKind;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class PeopleInTextRecognisersTest {

    private final DeclarationRecogniser declarations = new DeclarationRecogniser(Lexicons.standard());
    private final RoleSentenceRecogniser roles = new RoleSentenceRecogniser(Lexicons.standard());

    private Facts declared(String text) {
        return Recognised.by(declarations, Fixtures.segmented(text));
    }

    @Test
    void readsADeclarationWithItsKindItemAndReason() {
        var found = declared("Declarations of interest. Mr A E Pearson CC declared a personal interest in all items on the agenda as he "
                + "managed a company. Councillor Hedgley declared an interest in item 6 as Ward Member.");
        List<Declaration> d = found.declarations();
        assertEquals(2, d.size());
        assertTrue(d.get(0).allItems());
        assertEquals(java.util.Set.of(InterestKind.PERSONAL), d.get(0).kinds());
        assertEquals("6", d.get(1).itemReference());
        assertTrue(found.roles().stream().anyMatch(r -> r.role().equals("Ward Member")));
    }

    @Test
    void givesEachPersonAndItemItsOwnDeclaration() {
        var d = declared("2.3 In respect of Item 7 Councillors Smith, Bush and Rigby declared that they had all previously sat on "
                + "the Planning Sub-Committee. Councillor Murray declared personal interests in relation to agenda items 10 and 11.")
                .declarations();
        assertEquals(List.of("Councillor Smith", "Councillor Bush", "Councillor Rigby", "Councillor Murray", "Councillor Murray"),
                d.stream().map(x -> x.person().written()).toList());
        assertEquals(List.of("10", "11"), d.subList(3, 5).stream().map(Declaration::itemReference).toList());
        // The item stands before the names: corpus/d003.txt.
        assertEquals(List.of("7", "7", "7"), d.subList(0, 3).stream().map(Declaration::itemReference).toList());
    }

    private static List<String> people(List<Declaration> d) {
        return d.stream().map(x -> x.person().written()).toList();
    }

    @Test
    void readsTheRowsOfAFlattenedDeclarationsTable() {
        // corpus/d137.txt: one cell per line, the heading lost; Wheeler's kind cell is empty.
        var found = declared("""
                The following declarations of interest were made by councillors in accordance with the code of conduct in respect of items under consideration at the meeting -



                Minute Number



                Councillor Lowry


                Public Sector Landlord

                Disclosable Pecuniary Interest

                Councillor Wheeler


                Board member homelessness charity


                Councillor Parker-Delaz Ajete


                Member of Standards Advisory Group

                Prejudicial Interest
                """);
        List<Declaration> d = found.declarations();
        assertEquals(List.of("Councillor Lowry", "Councillor Wheeler", "Councillor Parker-Delaz Ajete"), people(d));
        assertEquals(List.of("Disclosable Pecuniary", "Prejudicial"), List.of(d.get(0).kindText(), d.get(2).kindText()));
        assertEquals(null, d.get(1).kindText());
        assertTrue(found.roles().stream().anyMatch(r -> r.person().family().equals("Wheeler") && r.role().equals("Board member homelessness charity")),
                found.roles().toString());
        assertTrue(found.roles().stream().anyMatch(r -> r.person().family().equals("Ajete") && r.role().equals("Member")
                && "Standards Advisory Group".equals(r.organisation())), found.roles().toString());
        assertTrue(found.roles().stream().noneMatch(r -> r.role().contains("Landlord")), found.roles().toString());
    }

    @Test
    void readsLetteredDeclarationsWithDashSeparatedFields() {
        // corpus/d107.txt
        var found = declared("""
                108 Declarations of interest.
                The following interests were declared at the meeting:

                (a) Councillors Assenheim, Borton and Walker - 15/00858/BC4 - Non-pecuniary interest - Applicant's parent is a former Councillor known to them

                (c) Councillor Hadley - 15/00858/BC4 - Non-pecuniary interest: Member of the Licensing Sub Committee appointed to consider the licensing application in respect of these premsies (withdrew);
                """);
        List<Declaration> d = found.declarations();
        assertEquals(List.of("Councillor Assenheim", "Councillor Borton", "Councillor Walker", "Councillor Hadley"), people(d));
        assertTrue(d.stream().allMatch(x -> "15/00858/BC4".equals(x.itemReference()) && "Non-pecuniary".equals(x.kindText())), d.toString());
        assertTrue(found.roles().stream().anyMatch(r -> r.person().family().equals("Hadley") && r.role().equals("Member")), found.roles().toString());
    }

    @Test
    void readsRecordsThatNameWhatTheInterestIsInWithReOrOn() {
        // store's identity set, J13 and J11 (Weston Parish Council): records under the heading, no declaring verb.
        var found = declared("""
                24.147 Declaration of interest in accordance with Localism Act 2011
                Cllr Casson on all planning matters as he is on the district planning committee.
                Cllrs Brotherton re planning application H22-0834-24.
                Cllr Bellamy re. s137 grants for the village church.
                24.148 Minutes of Parish Council Meeting held on Monday 7th October 2024
                """);
        assertEquals(List.of("Cllr Casson", "Cllr Brotherton", "Cllr Bellamy"), people(found.declarations()));
    }

    @Test
    void takesNoSentenceUnderTheHeadingForARecord() {
        var found = declared("""
                5. Declarations of interest
                Cllr Casson entered the meeting at 7.40pm.
                6. Minutes
                """);
        assertTrue(found.declarations().isEmpty(), found.declarations().toString());
    }

    @Test
    void readsABareListUnderTheHeadingWithGroupRolesInBrackets() {
        // corpus/d082.txt: run in, no declaring verb; the bracketed role belongs to every name before it.
        var found = declared("24 DECLARATIONS OF INTEREST Councillors J Beynon, D Burrell (Town Team Representatives) "
                + "Councillors P Gwyther & J Phillips (Pater Hall Trust Members) Councillor T Wilcox (St Patricks Hall) "
                + "25 GUEST SPEAKER – SAVE EASY CREDIT UNION Unable to attend.");
        assertEquals(List.of("Councillor J Beynon", "Councillor D Burrell", "Councillor P Gwyther", "Councillor J Phillips", "Councillor T Wilcox"),
                people(found.declarations()));
        assertTrue(found.roles().stream().anyMatch(r -> r.person().family().equals("Beynon") && r.role().equals("Town Team Representatives")),
                found.roles().toString());
        assertTrue(found.roles().stream().noneMatch(r -> r.person().family().equals("Wilcox")), found.roles().toString());
    }

    @Test
    void readsDeclarationsThatGiveTheItemBeforeTheNames() {
        // corpus/d075.txt
        var d = declared("""
                2. Declarations of Interest

                Declarations of Interest were conveyed as follows:  Agenda Item 6.2: Audit Panel Meeting held on 5 June 2018 - Councillor Armstrong;  Agenda Item 6.6: Necarne Estate Update - Councillors Campbell, Doherty and Thornton; and

                Councillor Maguire entered the meeting during consideration of Declarations of Interest.
                """).declarations();
        assertEquals(List.of("Councillor Armstrong", "Councillor Campbell", "Councillor Doherty", "Councillor Thornton"), people(d));
        assertEquals(List.of("6.2", "6.6", "6.6", "6.6"), d.stream().map(Declaration::itemReference).toList());
    }

    @Test
    void readsInterestsStatedWithNotedWhenTheMemberStandsAside() {
        // corpus/d124.txt: a declarations item with no heading; "noted" for "declared".
        var found = declared("Councillor L Brown noted she was a member of the City of Durham Trust, however she was not a Trustee and "
                + "had not been party to their submissions in objection to the applications. She noted in respect of Item 5c, she had "
                + "been party to the objections put forward by the City of Durham Parish Council and would not take part in that item.");
        List<Declaration> d = found.declarations();
        assertEquals(List.of("Councillor L Brown", "Councillor L Brown"), people(d));
        assertEquals(java.util.Arrays.asList(null, "5c"), d.stream().map(Declaration::itemReference).toList());
        assertTrue(found.roles().stream().anyMatch(r -> r.role().equals("member") && r.organisation().endsWith("City of Durham Trust")),
                found.roles().toString());
        assertTrue(declared("Councillor Smith noted that she was a member of the Friends of the Park and welcomed the report.")
                .declarations().isEmpty());
    }

    @Test
    void readsEachDeclarationOfASentenceAndTheSameInterestAgain() {
        // corpus/d101.txt and corpus/d074.txt
        List<Declaration> d = declared("Councillors S.Boulton and L.Chesterman declared non-pecuniary interests in items on the Agenda as "
                + "Members of Hertfordshire County Council and Councillors S.Boulton and P.Zukowskyj also declared non-pecuniary interests "
                + "in Agenda item 8(a) – Housing, Homelessness and Rough Sleeper Strategy 2019-24 as private landlords.").declarations();
        assertEquals(List.of("Councillor S.Boulton", "Councillor L.Chesterman", "Councillor S.Boulton", "Councillor P.Zukowskyj"), people(d));
        assertEquals("8(a)", d.get(3).itemReference());
        var same = declared("Councillor A Foster declared a disclosable and pecuniary interest with regard to item 15 on the agenda by virtue "
                + "of her position as Police and Crime Commissioner. Councillor R Flatley also declared the same interest by virtue of his "
                + "position as Deputy Police and Crime Commissioner.");
        assertEquals(List.of("15", "15"), same.declarations().stream().map(Declaration::itemReference).toList());
        assertTrue(same.roles().stream().anyMatch(r -> r.person().family().equals("Foster") && r.role().equals("Police and Crime Commissioner")),
                same.roles().toString());
    }

    @Test
    void givesAGroupsReasonToEveryDeclarer() {
        // corpus/d083.txt and corpus/d085.txt
        var found = declared("County Councillors E Jones, G Jones, P Roberts, L Roberts and RG Thomas declared personal, non-prejudicial "
                + "interests as local authority appointed governors at schools affected by the proposals.");
        assertEquals(5, found.roles().stream().filter(r -> r.role().equals("local authority appointed governors")).count(), found.roles().toString());
        var appositive = declared("In terms of Standing Order 20 and the Councillors’ Code of Conduct, Councillors Morrison, Coull and Eagle, "
                + "as members of the Board, all declared an interest in Agenda Item 8 ‘Membership of Moray Integration Joint Board’.");
        assertEquals(List.of("Councillor Morrison", "Councillor Coull", "Councillor Eagle"), people(appositive.declarations()));
        assertEquals(3, appositive.roles().stream().filter(r -> r.role().equals("members")).count(), appositive.roles().toString());
    }

    @Test
    void readsTheListThatFollowsTheDeclarationSentence() {
        var d = declared("""
                Declarations of Interest

                The following Members declared a personal interest for Agenda item number 11 – Result of the Housing Ballot:-

                Councillors: V. Gay, R.J.T. Guest and E.W. Owen.
                """).declarations();
        assertEquals(List.of("Councillor V. Gay", "Councillor R.J.T. Guest", "Councillor E.W. Owen"),
                d.stream().map(x -> x.person().written()).toList());
        assertEquals("11", d.get(0).itemReference());
    }

    @Test
    void ignoresStatementsThatAreNotDeclarations() {
        assertTrue(declared("No declarations were made. Members were reminded to declare any interest. "
                + "M Delahunty declared Cllr MH Cavanagh elected as Cathaoirleach.").declarations().isEmpty());
    }

    @Test
    void readsPostsPairedWithNamesInRunningText() {
        List<RoleHolding> r = roles.posts(Fixtures.segmented("""
                A report was presented by Sarah Jenkins, Head of Service – Customer Access providing an update.
                The Lead Member for Resources, Mr L. Breckon CC, has been invited to attend for this item.
                The Chairman explained that Councillor Emma Marshall was an executive Member of Redditch Borough Council.
                """));
        assertTrue(r.stream().anyMatch(x -> x.person().family().equals("Jenkins") && x.role().equals("Head of Service – Customer Access")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.person().family().equals("Breckon") && x.role().endsWith("Lead Member for Resources")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.person().family().equals("Marshall") && x.role().equals("executive Member")
                && x.organisation().startsWith("Redditch Borough Council")), r.toString());
    }

    @Test
    void findsItemsTheMinutesOnlyReferTo() {
        var found = Recognised.by(new ReferencedItemRecogniser(), Fixtures.segmented(
                "Councillor K O’Neill Declared his Interest in Item 7 – Merthyr Tydfil Leisure Trust – Additional Contribution 2017/18 "
                        + "as he was a former Board Member of the Leisure Trust.")).items();
        assertEquals(1, found.size());
        assertEquals("7", found.get(0).number());
        assertEquals("Merthyr Tydfil Leisure Trust – Additional Contribution 2017/18", found.get(0).heading());
    }

    private static List<String> referenced(String text) {
        return Recognised.by(new ReferencedItemRecogniser(), Fixtures.segmented(text)).items().stream()
                .map(i -> i.number() + " " + i.heading()).toList();
    }

    @Test
    void findsItemsReferredToInTheWaysMinutesCiteThem() {
        // corpus/d052.txt
        assertEquals(List.of("13 Live Argyll - Leisure and Libraries Trust – Monitoring and Reporting"), referenced(
                "Councillors Jim Anderson and Jim Lynch declared a non-financial interest in item 13 of the agenda (Live Argyll - "
                        + "Leisure and Libraries Trust – Monitoring and Reporting) due to their membership on the Live Argyll Board."));
        // corpus/d117.txt
        assertEquals(List.of("20 Quarter 3 Performance Report", "17 Community Safety Partnership Plan 2015 – 2016"), referenced(
                "Item 20 ‘Quarter 3 Performance Report’ would be considered after item 17 ‘Community Safety Partnership Plan 2015 – 2016’."));
        // corpus/d120.txt
        assertEquals(List.of("8 Motions"), referenced(
                "Councillor Aldridge declared a Code interest in relation to item 8, Motions, as a Foundation Governor of Chelmsford Grammar School."));
        // corpus/d075.txt
        assertEquals(List.of("6.2 Audit Panel Meeting held on 5 June 2018", "6.6 Necarne Estate Update"), referenced(
                "Declarations of Interest were conveyed as follows:  Agenda Item 6.2: Audit Panel Meeting held on 5 June 2018 - Councillor "
                        + "Armstrong;  Agenda Item 6.6: Necarne Estate Update - Councillors Campbell, Doherty;"));
        // corpus/d057.txt: the bracket holds the paper's reference, the title follows it.
        assertEquals(List.of("9 Independent Remuneration Panel report"), referenced(
                "The Monitoring Officer had granted dispensations for all Councillors relating to Item 9 (BC/18/8) Independent "
                        + "Remuneration Panel report."));
    }

    @Test
    void keepsTheLetterOrPartOfACitedItemNumber() {
        // corpus/d139.txt and corpus/d133.txt
        assertEquals(List.of("22a Grant Application History Society"), referenced("Cllr Arwel Roberts: Item 22a - Grant Application History Society"));
        assertEquals(List.of("17(6) Motion on Notice 6 – Cornmarket Notice Board"), referenced(
                "Councillor Sajjad Malik declared a personal interest in agenda item 17(6) (Motion on Notice 6 – Cornmarket Notice Board) "
                        + "as he was a licensed badgeholder for the distribution of leaflets."));
    }

    @Test
    void takesNoTitleFromABracketThatIsNotOne() {
        // corpus/d074.txt: "(minute 81/23 refers)" points to a minute; it names no item.
        assertEquals(List.of(), referenced("The following Councillors declared a disclosable and pecuniary interest with regard to item 15 on "
                + "the agenda (minute 81/23 refers) by virtue of their membership of Derbyshire Fire and Rescue Authority."));
    }
}
