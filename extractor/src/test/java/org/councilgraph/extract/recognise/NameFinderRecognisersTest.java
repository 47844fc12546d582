package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

/**
 * The recognisers that work from the name finder's mentions, on real snippets with the mentions
 * placed by hand (what the model finds is tested in the nlp package), so each rule is tested on
 * its own.
 */
class NameFinderRecognisersTest {

    /** The snippet segmented, with the given phrases marked as the model's mentions of the given types. */
    private static DocumentAnalysis withMentions(String text, Object... phrasesAndTypes) {
        SourceDocument document = Fixtures.snippet(text);
        List<ModelMention> mentions = new ArrayList<>();
        String t = document.text().text();
        int from = 0;
        for (int i = 0; i < phrasesAndTypes.length; i += 2) {
            String phrase = (String) phrasesAndTypes[i];
            int at = t.indexOf(phrase, from);
            mentions.add(new ModelMention(new Span(at, at + phrase.length()), (EntityType) phrasesAndTypes[i + 1], 0.9));
            from = at + phrase.length();
        }
        return Fixtures.analysed(document, (doc, sentences) -> mentions);
    }

    @Test
    void anOfficerWhoSpokeButIsOnNoListIsInAttendance() {
        DocumentAnalysis minutes = withMentions("""
                Present: County Councillor Geoff Driver (Chair)

                Amanda Hatton confirmed that there would be an update for the next quarter on the recent Ofsted inspection.
                """, "Amanda Hatton", EntityType.PERSON);
        List<Attendance> found = new SpeakerRecogniser(Lexicons.standard()).speakers(minutes, List.of());
        assertEquals(1, found.size());
        assertEquals("Amanda Hatton", found.get(0).person().written());
        assertEquals(AttendanceStatus.IN_ATTENDANCE, found.get(0).status());
        assertEquals(Detection.model(0.9), found.get(0).detection());
        assertTrue(minutes.text().quote(found.get(0).evidence()).startsWith("Amanda Hatton confirmed"));
    }

    @Test
    void titledSpeakersAndReportedOpinionsAreNotTakenForOfficersInAttendance() {
        DocumentAnalysis minutes = withMentions("""
                Mr Dicker felt that the public were cautious.

                Mrs O’Kelly advised the Chairman that she wished to be called Chair.

                Janice Spencer felt that this was reasonable.
                """, "Dicker", EntityType.PERSON, "O’Kelly", EntityType.PERSON, "Janice Spencer", EntityType.PERSON);
        assertEquals(List.of(), new SpeakerRecogniser(Lexicons.standard()).speakers(minutes, List.of()));
    }

    @Test
    void aSpeakerAlreadyListedEvenMisspeltIsNotAddedAgain() {
        DocumentAnalysis minutes = withMentions("""
                Natasha Hiderley stated that they were actively implementing control measures.
                """, "Natasha Hiderley", EntityType.PERSON);
        DocumentAnalysis listed = Fixtures.segmented("Others in attendance:\n\nNatasha Hidderley (Interim Assistant Director)\n");
        List<Attendance> known = Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), listed).attendance();
        assertFalse(known.isEmpty());
        assertEquals(List.of(), new SpeakerRecogniser(Lexicons.standard()).speakers(minutes, known));
    }

    @Test
    void pairsANameWithThePostBesideIt() {
        DocumentAnalysis minutes = withMentions("Head of Marketing and Communication (Miss A Goddard) Transition Manager\n",
                "Head of Marketing and Communication", EntityType.ROLE, "A Goddard", EntityType.PERSON,
                "Transition Manager", EntityType.ROLE);
        List<RoleHolding> found = new PostPairRecogniser(Lexicons.standard()).pairs(minutes);
        assertEquals(1, found.size(), found.toString());
        assertEquals("Miss A Goddard", found.get(0).person().written());
        assertEquals("Head of Marketing and Communication", found.get(0).role());
        assertFalse(found.get(0).detection().byRules());
    }

    @Test
    void inANameAndPostListEachNameTakesThePostAfterIt() {
        DocumentAnalysis minutes = withMentions("IN ATTENDANCE: Mr. P. Gallagher, County Manager, Mr. D. Kirrane, Meetings Administrator.\n",
                "P. Gallagher", EntityType.PERSON, "County Manager", EntityType.ROLE,
                "D. Kirrane", EntityType.PERSON, "Meetings Administrator", EntityType.ROLE);
        List<String> pairs = new PostPairRecogniser(Lexicons.standard()).pairs(minutes).stream()
                .map(r -> r.person().family() + ": " + r.role()).toList();
        assertEquals(List.of("Gallagher: County Manager", "Kirrane: Meetings Administrator"), pairs);
    }

    @Test
    void aPostRightBeforeANameIsThatPersonsTitleNotThePreviousPersonsPost() {
        // "Pastor" is a title the lexicon knows, so the rules read "Pastor Jimmy Ritchie"; the
        // name finder's pairs must not give it to Councillor Beckett.
        DocumentAnalysis minutes = withMentions(
                "At the invitation of the Mayor, Councillor R T Beckett, Pastor Jimmy Ritchie, Hillsborough Elim Church, addressed the Council.\n",
                "R T Beckett", EntityType.PERSON, "Pastor", EntityType.ROLE, "Jimmy Ritchie", EntityType.PERSON);
        List<String> pairs = new PostPairRecogniser(Lexicons.standard()).pairs(minutes).stream()
                .map(r -> r.person().family() + ": " + r.role()).toList();
        assertEquals(List.of(), pairs);
        DocumentAnalysis unknownTitle = withMentions("The Mayor, Councillor R T Beckett, Canon Jimmy Ritchie, addressed the Council.\n",
                "R T Beckett", EntityType.PERSON, "Canon", EntityType.ROLE, "Jimmy Ritchie", EntityType.PERSON);
        assertEquals(List.of("Ritchie: Canon"), new PostPairRecogniser(Lexicons.standard()).pairs(unknownTitle).stream()
                .map(r -> r.person().family() + ": " + r.role()).toList());
    }

    @Test
    void aGivenNameAloneIsThePersonNamedInFullBeforeAndTakesThePostAfterAVerbToBe() {
        DocumentAnalysis minutes = withMentions("""
                The Chair announced the sad passing of Sam McDowell who had passed away on 21 January 2022.
                Sam had been the Council’s Payroll Manager from 1980 until 2009 when he had retired.
                """, "Sam McDowell", EntityType.PERSON, "Sam", EntityType.PERSON, "Payroll Manager", EntityType.ROLE);
        List<RoleHolding> found = new PostPairRecogniser(Lexicons.standard()).pairs(minutes);
        assertEquals(List.of("Sam McDowell: Payroll Manager"), found.stream()
                .map(r -> r.person().written() + ": " + r.role()).toList());
    }

    @Test
    void aCouncillorIsNotPairedWithTheOfficersPostThatFollowsTheirName() {
        DocumentAnalysis minutes = withMentions("""
                In response, to a query by Councillor McCann, the Lead Legal Services Officer advised that a motion was needed.

                Due to the Chair not being in attendance, Mark Pirnie, the Scrutiny Manager moved that a Chair be elected.
                """, "McCann", EntityType.PERSON, "Lead Legal Services Officer", EntityType.ROLE,
                "Mark Pirnie", EntityType.PERSON, "Scrutiny Manager", EntityType.ROLE);
        assertEquals(List.of("Mark Pirnie: Scrutiny Manager"), new PostPairRecogniser(Lexicons.standard()).pairs(minutes).stream()
                .map(r -> r.person().written() + ": " + r.role()).toList());
    }

    @Test
    void aPostEndingALineIsNotTheNextLinesPersons() {
        DocumentAnalysis minutes = withMentions("In attendance:\nP O’Neill, Director of Services\nT Lauhoff, Thomastown Area Engineer\n",
                "Director of Services", EntityType.ROLE, "T Lauhoff", EntityType.PERSON);
        assertEquals(List.of(), new PostPairRecogniser(Lexicons.standard()).pairs(minutes));
    }

    @Test
    void aCapitalisedPhraseTheModelTookForANameIsNotPaired() {
        DocumentAnalysis minutes = withMentions("the Portfolio Holder for Economy, Net Zero, Skills and Housing, reported.\n",
                "Portfolio Holder for Economy", EntityType.ROLE, "Net Zero", EntityType.PERSON);
        assertEquals(List.of(), new PostPairRecogniser(Lexicons.standard()).pairs(minutes));
    }

    @Test
    void readsADeclarationsTableRowWithOrWithoutTheModel() {
        String text = """
                16/138 Declarations of interest

                Councillor Agenda item Nature of interest Explanation
                Cllr P. M. Jones 16/142 Personal Member has professional connections with the team undertaking the work
                Cllr E. P. Griffiths 16/147 (A & B) Personal and prejudicial Councillor has a close association with the clerk
                """;
        DocumentAnalysis minutes = withMentions(text, "P. M. Jones", EntityType.PERSON, "E. P. Griffiths", EntityType.PERSON);
        List<Declaration> found = Recognised.by(new DeclarationRecogniser(Lexicons.standard()), minutes).declarations();
        assertEquals(List.of("Cllr P. M. Jones 16/142 Personal", "Cllr E. P. Griffiths 16/147 (A & B) Personal and prejudicial"),
                found.stream().map(d -> d.person().written() + " " + d.itemReference() + " " + d.kindText()).toList());
        assertTrue(found.stream().allMatch(d -> d.detection().byRules()));
        // The rows are records of a declarations table: the rules read them without the model too.
        DocumentAnalysis withoutModel = Fixtures.segmented(text);
        assertEquals(List.of("16/142", "16/147 (A & B)"), Recognised.by(new DeclarationRecogniser(Lexicons.standard()), withoutModel)
                .declarations().stream().map(Declaration::itemReference).toList());
    }

    @Test
    void theRulesPeopleTheModelAlsoFoundAreMarkedFoundByBoth() {
        DocumentAnalysis minutes = withMentions("Present: Councillor Geoff Driver (Chair), Councillor Buckley\n",
                "Geoff Driver", EntityType.PERSON);
        Facts facts = new ModelConfirmation().refine(minutes, Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), minutes));
        List<Detection> detections = facts.attendance().stream().map(Attendance::detection).toList();
        assertEquals(List.of(new Detection(true, true, 0.9), Detection.RULES), detections);
    }

    @Test
    void throughTheContractOfficersWhoSpokeAreAddedOnceAndTitledMembersAreLeftToTheLists() {
        // samples/003: the gold has Amanda Hatton and Donna Talbot in attendance; Green and Buckley are listed members
        DocumentAnalysis minutes = withMentions(Fixtures.read(Fixtures.sample("003")), "Amanda Hatton", EntityType.PERSON,
                "Amanda Hatton", EntityType.PERSON, "Amanda Hatton", EntityType.PERSON, "Green", EntityType.PERSON,
                "Donna Talbot", EntityType.PERSON, "Buckley", EntityType.PERSON);
        Facts listed = Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), minutes);
        List<Attendance> spoke = Recognised.by(new SpeakerRecogniser(Lexicons.standard()), minutes, listed).attendance();
        assertEquals(List.of("Amanda Hatton", "Donna Talbot"), spoke.stream().map(a -> a.person().written()).toList());
        assertTrue(spoke.stream().allMatch(a -> a.status() == AttendanceStatus.IN_ATTENDANCE && a.detection().byModel()));
    }

    @Test
    void throughTheContractAPostTheRulesAlsoReadIsOneHoldingFoundByBoth() {
        // samples/003
        DocumentAnalysis minutes = withMentions("<AI4>\n\n\t4.  \n\tCustomer Access Performance Report\n\n\n\n"
                + "A report was presented by Sarah Jenkins, Head of Service – Customer Access providing an update on the operation and "
                + "performance of the Customer Access Service.\n",
                "Sarah Jenkins", EntityType.PERSON, "Head of Service – Customer Access", EntityType.ROLE);
        Facts rules = Recognised.by(new ReportRecogniser(Lexicons.standard()), minutes);
        Facts both = FactMerger.merge(rules, new PostPairRecogniser(Lexicons.standard()).recognise(minutes, rules));
        assertEquals(List.of("Sarah Jenkins: Head of Service – Customer Access"), both.roles().stream()
                .map(r -> r.person().written() + ": " + r.role()).toList());
        assertEquals(new Detection(true, true, 0.9), both.roles().get(0).detection());
    }
}
