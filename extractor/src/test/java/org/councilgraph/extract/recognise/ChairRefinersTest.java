package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Who presided, decided by the refiners from the attendance found before them; the gold's "chair" is the measure. */
class ChairRefinersTest {

    private final ChairStatements statements = new ChairStatements(Lexicons.standard());
    private final CivicHeadPresides civicHead = new CivicHeadPresides(Lexicons.standard());
    private final ChairPostPresides chairPost = new ChairPostPresides(Lexicons.standard());

    private static Facts listed(DocumentAnalysis minutes) {
        return Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), minutes);
    }

    private static List<String> presiding(Facts facts) {
        return facts.attendance().stream().filter(Attendance::presided).map(a -> a.person().written()).toList();
    }

    @Test
    void aChairElectedForTheMeetingPresides() {
        // corpus/d010.txt: the gold's chair is Councillor W Payne
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d010.txt")));
        Facts facts = statements.refine(minutes, Facts.of(MeetingHeader.EMPTY));
        assertEquals(List.of("Councillor W Payne"), presiding(facts));
        assertEquals(AttendanceStatus.PRESENT, facts.attendance().get(0).status());
    }

    @Test
    void thePersonAStatementSaysPresidedIsTheOneListedAsPresent() {
        // corpus/d048.txt: "The Cathaoirleach, Councillor V. Cawley presided." under a heading; David Cawley sent apologies
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d048.txt")));
        Facts before = listed(minutes);
        Facts after = statements.refine(minutes, before);
        assertEquals(List.of("Councillor V. Cawley"), presiding(after));
        assertEquals(before.attendance().size(), after.attendance().size());
        assertEquals(List.of(false), after.attendance().stream().filter(a -> a.person().written().equals("Councillor David Cawley"))
                .map(Attendance::presided).toList());
    }

    @Test
    void aChairTheAttendanceListNamesIsNotReplacedByALaterStatement() {
        // corpus/d018.txt: Cudden presided at the opening; "Councillor Killian then took the chair" after his election
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d018.txt")));
        Facts before = listed(minutes);
        assertEquals(List.of("Councillor Jimmy Cudden"), presiding(before));
        assertSame(before, statements.refine(minutes, before));
    }

    @Test
    void theCivicHeadListedFirstAmongThosePresentPresides() {
        // corpus/d016.txt: the gold infers the Mayor's chairing from the Mayor-first Present block
        DocumentAnalysis minutes = Fixtures.segmented("""
                PRESENT: The Right Worshipful the Mayor Councillor R T Beckett

                Deputy Mayor, Councillor A Redpath

                Aldermen W J Dillon, D Drysdale, A G Ewart, M Henderson, T Jeffers, W A Leathem, S Martin, S P Porter, G Rice and J Tinsley
                """);
        Facts before = listed(minutes);
        assertEquals(List.of(), presiding(before));
        assertEquals(List.of("Councillor R T Beckett"), presiding(civicHead.refine(minutes, before)));
    }

    @Test
    void aMayorNamedWithTheOfficeInBracketsIsNotTakenToPreside() {
        // corpus/d026.txt and corpus/d015.txt: the gold's chair is null, the text never says the Mayor presided
        DocumentAnalysis haverfordwest = Fixtures.segmented("PRESENT: Cllr A Buckfield (Mayor) Cllr A Brooker Cllr C Evans Cllr A Griffiths "
                + "Cllr A V Griffiths Cllr S Hooper Cllr G Howell Cllr D Jones Cllr P Jones Cllr J Morgans Cllr Mrs S Murray Cllr C Thomas\n");
        assertEquals(List.of(), presiding(civicHead.refine(haverfordwest, listed(haverfordwest))));
        DocumentAnalysis burryPort = Fixtures.segmented("Councillor Moira Thomas (Mayor) Councillors Graham Davies, Ken Edwards, Mrs Jean Hire, "
                + "John James, Stephen James, Robert John, Mrs Pat Jones John Hedley Jones, Mrs Susan Northam, David Owens, Michael Theodoulou "
                + "and Mrs Mary Wenman\n");
        assertEquals(List.of(), presiding(civicHead.refine(burryPort, listed(burryPort))));
    }

    @Test
    void aMemberPresentWhosePostIsTheChairPresides() {
        // corpus/d070.txt: the gold's chair is Cllr. Rena Donaghey
        // "C/66/20 MEMBERS PRESENT Cllrs. Rena Donaghey, Cathaoirleach, L Blaney, K Bradley, ..."
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d070.txt")));
        Facts before = listed(minutes);
        assertEquals(List.of(), presiding(before));
        assertEquals(List.of("Cllr Rena Donaghey"), presiding(chairPost.refine(minutes, before)));
    }

    @Test
    void aVerbOfPresidingAfterThePostIsNotAPerson() {
        // corpus/d063.txt: the gold's chair is Councillor P. Smith; "Presiding" is no one
        DocumentAnalysis minutes = Fixtures.segmented("""
                Councillor P. Smith, Cathaoirleach Presiding

                Present: Councillors M. Argue, W. Bennett, C. Brady, D. Brady.
                """);
        Facts facts = Recognition.standard().recognise(minutes);
        assertEquals(List.of("Councillor P. Smith"), presiding(facts));
        assertEquals(List.of(), facts.attendance().stream().filter(a -> a.person().written().contains("Presiding")).toList());
    }

    @Test
    void theChairmanLabelInsideThePresentListNamesTheChair() {
        // corpus/d110.txt: the gold's chair is Fraser Coates
        // "Present: Chairman: Fraser Coates. Cllrs: Phil Hutchings, Richard Davies, ..."
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d110.txt")));
        assertEquals(List.of("Fraser Coates"), presiding(Recognition.standard().recognise(minutes)));
    }

    @Test
    void aMemberWhoChairedTheMeetingPresides() {
        // corpus/d099.txt: the gold's chair is Councillor Driscoll
        DocumentAnalysis minutes = Fixtures.segmented("Vice-Chair's Introductory Remarks\n\nCouncillor Driscoll, the Vice-Chair, chaired the "
                + "meeting in the absence of Councillor Asker. He welcomed those present to the meeting.\n");
        assertEquals(List.of("Councillor Driscoll"), presiding(statements.refine(minutes, Facts.of(MeetingHeader.EMPTY))));
    }

    @Test
    void aMemberElectedToChairTheMeetingPresides() {
        // corpus/d081.txt: the gold's chair is Cllr P Goodchild
        DocumentAnalysis minutes = Fixtures.segmented("Cllr Goodey welcomed everyone to the meeting. He then suggested that Cllr Goodchild "
                + "be elected to chair the evening’s meeting.\n");
        assertEquals(List.of("Cllr Goodchild"), presiding(statements.refine(minutes, Facts.of(MeetingHeader.EMPTY))));
    }

    @Test
    void aChairConfirmedAtTheMeetingPresides() {
        // corpus/d111.txt: the gold's chair is Andrew Bowles; Julian Saunders, confirmed as Vice-Chairman, does not preside
        DocumentAnalysis minutes = Fixtures.segmented("Confirmation of Chairman and Vice-Chairman\n\nKent County Councillor Andrew Bowles was "
                + "confirmed as Chairman and Councillor Julian Saunders as Vice-Chairman for the municipal year 2020/21.\n");
        List<String> chair = presiding(statements.refine(minutes, Facts.of(MeetingHeader.EMPTY)));
        assertEquals(1, chair.size());
        assertEquals(true, chair.get(0).endsWith("Andrew Bowles"));
    }
}
