package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** The agenda items of a document and the reports considered under them, through the recogniser contract. */
class ItemRecognisersTest {

    @Test
    void givesTheSegmentedItemsInOrderWithTheirNumbersAndHeadings() {
        // corpus/d050.txt: the gold's seven items, sub-items (A) to (C) in their place
        Facts f = Recognised.by(new SegmentedItems(), Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d050.txt"))));
        assertEquals(List.of("C/152", "(A)", "(B)", "(C)", "C/153", "C/154", "C/155"), f.items().stream().map(AgendaItem::number).toList());
        assertEquals(List.of("Confirmation of Minutes", "Matters arising from minutes", "Minutes of County Council Meeting held on the 11th February 2019",
                "Minutes of Special County Council Meeting held on the 18th February 2019", "Questions",
                "Councillor M. Baker: Estate Agent Sales Board", "Councillor M. Baker: Fines - Sales Boards"),
                f.items().stream().map(AgendaItem::heading).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), f.items().stream().map(AgendaItem::position).toList());
        assertTrue(f.items().stream().noneMatch(AgendaItem::referencedOnly));
    }

    @Test
    void eachItemCarriesTheTextMinutedUnderIt() {
        // samples/002: item 372's minute follows its "Minutes:" label
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.sample("002")));
        AgendaItem item = Recognised.by(new SegmentedItems(), minutes).items().get(3);
        assertEquals("372.", item.number());
        assertEquals("Confirmation of the Minutes of the Previous Meeting", item.heading());
        assertTrue(minutes.text().quote(item.minutes()).startsWith("The Minutes of the Meeting held on 23 May 2022 were agreed as a correct record"));
        assertTrue(minutes.text().quote(item.evidence()).startsWith("372."));
    }

    @Test
    void readsThePostOfAReportsAuthor() {
        // samples/004
        Facts f = Recognised.by(new ReportRecogniser(Lexicons.standard()), Fixtures.segmented("""
                SPCLL.27 CHILDREN’S SOCIAL CARE IMPROVEMENT UPDATE

                The panel considered a report from the Director of Children’s Services providing the panel with an update on the Ofsted Improvement Plan for Children’s Services.
                """));
        assertEquals(1, f.reports().size());
        Report r = f.reports().get(0);
        assertEquals(1, r.itemPosition());
        assertEquals("Director of Children’s Services", r.authorRole());
        assertNull(r.presenter());
        assertTrue(f.attendance().isEmpty());
    }

    @Test
    void readsAnAuthorsPostBrokenOverTwoLinesUnderItsRow() {
        // samples/000: the report belongs to the second row
        Facts f = Recognised.by(new ReportRecogniser(Lexicons.standard()), Fixtures.segmented("""
                Presentation of Petitions under Standing Order 35. Minutes: The Chief Executive reported that no petitions had been received under Standing Order 35. |
                |
                Leicestershire County Council Community Safety Annual Update. The Lead Member for Children and Family Services, Mrs D. Taylor CC, has been invited to attend for this item. Minutes: The Commission considered a report of the Director of
                Children and Family Services, the purpose of which was to set out the work
                being undertaken by the Council’s Community Safety Team to deliver the
                """));
        assertEquals(List.of("2 Director of Children and Family Services"),
                f.reports().stream().map(r -> r.itemPosition() + " " + r.authorRole()).toList());
    }

    @Test
    void aPresenterOfAReportAttendedWithThePostWrittenBesideTheName() {
        // samples/003: the gold has Sarah Jenkins in attendance as Head of Service – Customer Access
        Facts f = Recognised.by(new ReportRecogniser(Lexicons.standard()), Fixtures.segmented("<AI4>\n\n\t4.  \n\tCustomer Access Performance Report\n\n\n\n"
                + "A report was presented by Sarah Jenkins, Head of Service – Customer Access providing an update on the operation and "
                + "performance of the Customer Access Service.\n"));
        assertEquals(List.of("Sarah Jenkins"), f.reports().stream().map(r -> r.presenter().written()).toList());
        assertEquals(1, f.reports().get(0).itemPosition());
        assertEquals(1, f.attendance().size());
        assertEquals(AttendanceStatus.IN_ATTENDANCE, f.attendance().get(0).status());
        assertEquals("Head of Service – Customer Access", f.attendance().get(0).role());
        assertEquals(List.of("Sarah Jenkins: Head of Service – Customer Access"),
                f.roles().stream().map(r -> r.person().written() + ": " + r.role()).toList());
        assertFalse(f.attendance().get(0).presided());
    }
}
