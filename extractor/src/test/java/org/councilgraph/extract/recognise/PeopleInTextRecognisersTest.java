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
