package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.MinutesConfirmation;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

class DecisionRecognisersTest {

    private final ResolutionRecogniser resolutions = new ResolutionRecogniser(Lexicons.standard());

    private List<String> texts(String minutes) {
        return resolutions.resolutions(Fixtures.segmented(minutes)).stream().map(Resolution::text).toList();
    }

    @Test
    void splitsAMarkedDecisionIntoItsNumberedParts() {
        List<Resolution> found = resolutions.resolutions(Fixtures.segmented("""
                SPCLL.26 COUNCIL PLAN RESOURCES AND FINANCE REPORT

                The panel considered a report.

                RESOLVED –

                  1. That the report be noted.
                  2. That separate workshops on the Fostering Service be arranged for all Members.

                SPCLL.27 CHILDREN’S SOCIAL CARE IMPROVEMENT UPDATE
                """));
        assertEquals(List.of("That the report be noted.", "That separate workshops on the Fostering Service be arranged for all Members."),
                found.stream().map(Resolution::text).toList());
        assertEquals("1.", found.get(0).partLabel());
        assertEquals(1, found.get(0).itemPosition());
    }

    @Test
    void splitsLetteredPartsInARunningSentence() {
        List<String> t = texts("Resolved – (a) That members and witnesses be thanked for their input, and (b) that the report be approved by the panel.");
        assertEquals(2, t.size(), t.toString());
        assertTrue(t.get(1).startsWith("that the report be approved"));
    }

    @Test
    void readsTheOutcomeStatedWithTheMarker() {
        List<Resolution> found = resolutions.resolutions(Fixtures.segmented(
                "Resolved (7:7 and on the chairs casting vote) – that the application be approved subject to conditions."));
        assertEquals("7:7 and on the chairs casting vote", found.get(0).outcome());
        assertEquals("that the application be approved subject to conditions.", found.get(0).text());
    }

    @Test
    void readsPlainlyWordedDecisionsButNotDebate() {
        List<String> t = texts("""
                It was agreed that this should be discussed at the Corporate Parenting Board.

                Members agreed that libraries were an important community hub.

                The Commission agreed that if residents could not use the website, they would telephone.

                The new prices were unanimously agreed.

                A revised Strategy had been agreed by Cabinet in October 2017.

                Andy Vigrass was unanimously elected as Chairman
                """);
        assertEquals(List.of("It was agreed that this should be discussed at the Corporate Parenting Board.",
                "The new prices were unanimously agreed.", "Andy Vigrass was unanimously elected as Chairman"), t);
    }

    @Test
    void readsAQuotedMotionAfterTheMarker() {
        List<String> t = texts("""
                1. MINUTES OF THE BUDGET MEETING HELD ON 17TH DECEMBER 2012:
                Proposed by Councillor M. Lyons
                Seconded by Councillor M. Fleming
                AND AGREED
                “To confirm the minutes of the Annual Budget Meeting held on 17th December, 2012.”
                """);
        assertEquals(List.of("To confirm the minutes of the Annual Budget Meeting held on 17th December, 2012."), t);
    }

    @Test
    void datesConfirmedMinutesByTheHeadingWhenTheDecisionGivesTheMeetingsOwnDate() {
        DocumentAnalysis m = Fixtures.segmented("""
                574. To invite Councillors to declare an interest. None were declared

                575. Minutes 07/02/2023

                RESOLVED that the Minutes of the Parish Council meeting held on 7th March 2023 be approved
                """);
        List<MinutesConfirmation> found = new MinutesConfirmationRecogniser().confirmations(m, resolutions.resolutions(m),
                Optional.of(LocalDate.of(2023, 3, 7)));
        assertEquals(List.of(CalendarDate.of(LocalDate.of(2023, 2, 7))), found.stream().map(MinutesConfirmation::date).toList());
    }

    @Test
    void datesConfirmedMinutesByTheItemWhenTheDecisionDoesNotSayWhichMinutes() {
        DocumentAnalysis m = Fixtures.segmented("""
                20.7.3 Police Matters

                The Clerk was asked to contact the PCSO.

                20.7.4 Minutes of the Special Meeting held on Wednesday 24 th . June 2020

                Were read and agreed to be a true record.
                """);
        List<MinutesConfirmation> found = new MinutesConfirmationRecogniser().confirmations(m, resolutions.resolutions(m),
                Optional.of(LocalDate.of(2020, 7, 29)));
        assertEquals(List.of(CalendarDate.of(LocalDate.of(2020, 6, 24))), found.stream().map(MinutesConfirmation::date).toList());
    }

    @Test
    void doesNotCountMinutesOnlyReceived() {
        DocumentAnalysis m = Fixtures.segmented(
                "Resolved that the exempt minutes of the meetings of the Executive, held on 17 March and 7 April 2015, be received.");
        assertTrue(new MinutesConfirmationRecogniser().confirmations(m, resolutions.resolutions(m), Optional.empty()).isEmpty());
    }

    @Test
    void readsProposalsTheMeetingAgreedButNotProposalsAlone() {
        List<String> t = texts("""
                It was proposed by Councillor D. Foley, seconded by Councillor B. O’Donoghue and unanimously agreed to suspend that part of standing orders to facilitate the commencement of the meeting at 1.30pm.

                Chris Hatch was proposed by Cllr Hunns and seconded by Cllr Savage. All agreed.

                It was further proposed that Walter Leschenko, Independent Co-Opted Member be elected Vice-Chairman.  The proposal fell.

                He then suggested that Cllr Goodchild be elected to chair the evening’s meeting.
                """);
        // corpus/d062.txt, d104.txt, d131.txt, d081.txt
        assertEquals(2, t.size(), t.toString());
        assertTrue(t.get(0).startsWith("It was proposed by Councillor D. Foley"), t.toString());
        assertEquals("Chris Hatch was proposed by Cllr Hunns and seconded by Cllr Savage. All agreed.", t.get(1));
    }

    @Test
    void readsMinutesApprovedBySigningAndOtherPlainSubjects() {
        // corpus/d113.txt, d079.txt, d052.txt, d129.txt, d137.txt
        List<String> t = texts("""
                The minutes of the Meeting held on 18 June 2019 were signed as a true record.

                The Chairman signed the minutes of the previous meeting of the Council held on 9 July 2015 as a true record.

                Arising from item 10 (Draft Argyll and Bute Economic Strategy and Associated Action Plan) the Council approved the draft Argyll and Bute Economic Strategy and Associated Action Plan.

                The Members extended a vote of sympathy to the family of the Late Francis Rooney Downey, Dromahair Post Office, Co Leitrim.

                Agreed the minutes of Council Meetings held at 11am and 2pm on the 27 February 2017.

                The Clerk signed the cheques and the minutes were mentioned.
                """);
        assertEquals(5, t.size(), t.toString());
    }

    @Test
    void doesNotCountMinutesOnlyNotedNorOtherDecisionsUnderAMinutesHeading() {
        // corpus/d087.txt and corpus/d052.txt
        DocumentAnalysis m = Fixtures.segmented("""
                4 Minutes of Meetings submitted for approval

                The Minutes of the meeting of the Planning Committee of 25 June 2013 were submitted.

                The Council noted the Minutes and approved the recommendations contained therein
                """);
        assertTrue(new MinutesConfirmationRecogniser().confirmations(m, resolutions.resolutions(m), Optional.empty()).isEmpty());
        DocumentAnalysis once = Fixtures.segmented("""
                29. Minutes of the Meeting held on 18 June 2019 The minutes of the Meeting held on 18 June 2019 were signed as a true record.
                """);
        // corpus/d113.txt: the heading run into the decision names the meeting a second time.
        assertEquals(List.of(CalendarDate.of(LocalDate.of(2019, 6, 18))), new MinutesConfirmationRecogniser()
                .confirmations(once, resolutions.resolutions(once), Optional.of(LocalDate.of(2019, 7, 9))).stream()
                .map(MinutesConfirmation::date).toList());
    }

    @Test
    void readsLetteredPartsOnTheirOwnLinesAfterALeadIn() {
        // corpus/d089.txt: lower-case parts after "It was RESOLVED that:"; the lead-in is no decision of its own.
        List<String> t = texts("""
                Planning Committee Proposals Pilot

                It was RESOLVED that:

                a)         the proposals set out be piloted for six months from August 2021;

                b)         the pilot proposals be included in the Council’s Constitution (where necessary) and presented at Full Council on 1 July 2021; and

                c)         a further report be brought to Cabinet after six months to consider the findings of the pilot period.
                """);
        assertEquals(3, t.size(), t.toString());
        assertTrue(t.get(0).startsWith("the proposals set out be piloted"), t.toString());
    }

    @Test
    void readsAMarkerWithAFullStopAsOneSentenceAndNumberedMarkersApart() {
        // corpus/d115.txt (one paragraph) and corpus/d125.txt
        List<String> t = texts("1685. Minutes. ACTION Resolved. The Minutes of the previous meeting held on 17th October 2011 be signed as a "
                + "correct record. 1686. Matters arising. The Clerk reported on the footpath.");
        assertEquals(List.of("The Minutes of the previous meeting held on 17th October 2011 be signed as a correct record."), t);
        List<String> numbered = texts("""
                1. RESOLVED IT IS NOTED that the progress made in delivering the Gloucester Playing Pitch Strategy (Appendix 1 and Appendix 2); and
                2. RESOLVED that the recommendations made in the Interim Review (Appendix 1 and paragraph 3.8) be approved.
                """);
        assertEquals(2, numbered.size(), numbered.toString());
        // corpus/d076.txt
        assertEquals(1, texts("Resolved on the proposal of Councillor Wall, seconded by Councillor L Doyle, that the minutes be noted.").size());
    }

    @Test
    void readsAMarkerInCapitalsThatClosesItsSentenceAsTheVoteOnIt() {
        // corpus/d072.txt: the motion put to the vote is the decision, not the paragraph after the marker
        List<String> t = texts("""
                550. ORDER OF BUSINESS

                It was moved by Councillor Bright and seconded by Councillor Graham

                that items 19, 20, 21 and 22 be taken immediately after item 5, followed by items 6, 11, 18, 17, 7, 8, 12, 23, 9, 13, 24, 10, 14, 25, 15, 16, 26 and 27.

                The motion was put to the vote and AGREED.

                Councillors Merchant and Vince arrived during the above item.
                """);
        assertEquals(List.of("that items 19, 20, 21 and 22 be taken immediately after item 5, followed by items 6, 11, 18, 17, 7, 8, 12, 23, 9, "
                + "13, 24, 10, 14, 25, 15, 16, 26 and 27."), t);
        // corpus/d056.txt (the sentence, without its run-in heading)
        assertEquals(List.of("The minutes were PROPOSED by Cllr Ronson, SECONDED by Cllr Howard, AGREED and SIGNED."),
                texts("The minutes were PROPOSED by Cllr Ronson, SECONDED by Cllr Howard, AGREED and SIGNED."));
    }

    @Test
    void keepsTheSubjectOfAPassiveMarker() {
        // corpus/d106.txt (the sentence without its minute number)
        assertEquals(List.of("The ‘In Committee’ Minutes of the Meeting on Monday 10th May 2010 were RESOLVED to be accepted and approved."),
                texts("The ‘In Committee’ Minutes of the Meeting on Monday 10th May 2010 were RESOLVED to be accepted and approved."));
        // corpus/d106.txt: after "it was" the decision follows the marker
        assertEquals(List.of("to write to the land owner directly."),
                texts("The Clerk reported that no further information was available from County Council and it was RESOLVED to write to the land owner directly."));
    }

    @Test
    void readsMinutesApprovalWordedAsAVerdictOrByTheBody() {
        // Constructed (no development document has these forms; they are common in parish and district minutes).
        assertEquals(1, texts("Minutes of the meeting held on 13 February 2024 – Approved.").size());
        assertEquals(1, texts("The Council confirmed the minutes of the meeting held on 13 February 2024 as a correct record.").size());
        assertEquals(1, texts("Members agreed that the minutes of the meeting held on 13 February 2024 were a true and accurate record.").size());
        assertEquals(1, texts("It was moved by Councillor Smith, seconded by Councillor Jones and carried that the grant be awarded.").size());
        // corpus/d111.txt: a list of verbs before "signed"
        assertEquals(1, texts("The Minutes of the Meeting held on 2 March 2020 (Minute Nos. 579 – 605) were taken as read, approved and signed by the "
                + "Chairman as a correct record.").size());
        // corpus/d047.txt: a proposal alone is no decision
        assertTrue(texts("The report was formally moved by Councillor Byers and formally seconded by Councillor Allison.").isEmpty());
    }

    @Test
    void endsADecisionAtPageFurniture() {
        // corpus/d033.txt: a ModernGov page's "Supporting documents:" label follows the decision
        assertEquals(List.of("to reject the TENs applications submitted by Black Steel Ltd and to serve a counter notice in respect of the two "
                + "TENs applications."), texts("Resolved to reject the TENs applications submitted by Black Steel Ltd and to serve a counter notice in "
                + "respect of the two TENs applications.\nSupporting documents:\nMinutes 12 May 2021, item 4. PDF 200 KB"));
    }

    @Test
    void readsAMannerAdverbAndLabelOnlyMarkers() {
        // Constructed (no development document has the form): an adverb between the marker and "that".
        assertEquals(List.of("that a defibrillator be purchased."), texts("Resolved unanimously that a defibrillator be purchased."));
        // corpus/d032.txt: a decision record's "Decided at meeting:" field is not a marker
        assertTrue(texts("Decided at meeting: 07/06/2022 - Cabinet").isEmpty());
    }

    @Test
    void readsADecisionAfterADecisionLabelAndAPartAfterAFieldLabel() {
        // corpus/d122.txt: the sentence runs on from the "Decision:" label
        List<Resolution> found = decided("d122.txt").resolutions();
        assertTrue(found.stream().anyMatch(r -> r.text().equals("Approved as a correct record.")), found.toString());
        // corpus/d060.txt: part a) follows the decision record's "Content:" field label
        List<String> parts = decided("d060.txt").resolutions().stream().map(Resolution::text).toList();
        assertTrue(parts.get(0).startsWith("That a revised officer delegation providing the necessary powers"), parts.toString());
    }

    @Test
    void confirmsEveryMeetingOfADateList() {
        // corpus/d122.txt: "held on 14 September and 12 October 2016", then "Decision: Approved as a correct record."
        assertEquals(List.of("2016-09-14", "2016-10-12"), confirmed("d122.txt"));
    }

    @Test
    void readsTheNextMeetingWithItsTime() {
        DocumentAnalysis m = Fixtures.segmented(
                "Date of next meeting. The next meeting of the Commission is scheduled to take place on 27 January 2025 at 10.00 am.");
        var next = new NextMeetingRecogniser().next(m, Optional.of(LocalDate.of(2024, 11, 11))).orElseThrow();
        assertEquals(CalendarDate.of(LocalDate.of(2025, 1, 27)), next.date());
        assertEquals(LocalTime.of(10, 0), next.time());
    }

    /** The corpus document analysed, with its meeting header and resolutions found as the standard plan finds them. */
    private static Facts decided(String name) {
        DocumentAnalysis m = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve(name)));
        Facts header = Facts.of(new MeetingHeaderRecogniser(Lexicons.standard()).recognise(m));
        return FactMerger.merge(header, new ResolutionRecogniser(Lexicons.standard()).recognise(m, header));
    }

    private static List<String> confirmed(String name) {
        DocumentAnalysis m = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve(name)));
        return Recognised.by(new MinutesConfirmationRecogniser(), m, decided(name)).confirmations().stream()
                .map(c -> c.date().toString()).toList();
    }

    @Test
    void confirmsEachEarlierMeetingWhoseMinutesTheMeetingApproved() {
        // corpus/d048.txt: three "AND AGREED / To confirm the minutes of ..." decisions
        assertEquals(List.of("2012-12-17", "2012-12-03", "2012-11-05"), confirmed("d048.txt"));
        // corpus/d051.txt: "The Minutes of meetings of the Committee held on 30 May and 6 June 2013 were approved"
        assertEquals(List.of("2013-05-30", "2013-06-06"), confirmed("d051.txt"));
    }

    @Test
    void givesAYearlessHeadingDateTheYearOfTheMeeting() {
        // corpus/d006.txt: "Minutes of the previous meetings held on 13th February" at a meeting of 16 May 2023
        assertEquals(List.of("2023-02-13"), confirmed("d006.txt"));
    }

    @Test
    void minutesOnlyReceivedAreNotConfirmed() {
        // corpus/d011.txt: the Council minutes are approved, the Executive minutes of 17 March and 7 April only received
        assertEquals(List.of("2015-02-25"), confirmed("d011.txt"));
    }

    @Test
    void twoMeetingsHeldOnOneDayAreTwoConfirmations() {
        // corpus/d022.txt: the Special and the Ordinary Council meetings of 25 July 2019, then the Extraordinary one
        assertEquals(List.of("2019-07-25", "2019-07-25", "2019-10-03"), confirmed("d022.txt"));
    }

    @Test
    void putsResolutionsInTheOrderTheyStandInTheText() {
        // corpus/d046.txt: the plainly worded "a number of minor changes were agreed" comes before the marked "Resolved – (a) ..."
        DocumentAnalysis m = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d046.txt")));
        Facts found = FactMerger.merge(Recognised.by(new SegmentedItems(), m), new ResolutionRecogniser(Lexicons.standard()).recognise(m, Facts.of(MeetingHeader.EMPTY)));
        assertTrue(found.resolutions().get(0).text().startsWith("That members and witnesses"), found.resolutions().toString());
        Facts ordered = new ResolutionsInTextOrder().refine(m, found);
        List<String> texts = ordered.resolutions().stream().map(Resolution::text).toList();
        assertEquals(4, texts.size(), texts.toString());
        assertTrue(texts.get(0).endsWith("a number of minor changes were agreed."), texts.toString());
        assertTrue(texts.get(1).startsWith("That members and witnesses be thanked"), texts.toString());
        assertTrue(texts.get(2).startsWith("that the report be approved by the panel"), texts.toString());
        assertEquals("That the document be noted.", texts.get(3));
        assertEquals(found.items(), ordered.items());
        assertEquals(found.all().size(), ordered.all().size());
    }

    @Test
    void countsADecisionShownUnderDecisionAndMinutesOnce() {
        // corpus/d043.txt: item 78/21 prints the same text after "Decision:" and after "Minutes:"
        List<Resolution> found = decided("d043.txt").resolutions();
        assertEquals(List.of("The Minutes of the Cabinet meeting held on 30 March 2021 were approved as a correct record of the meeting."),
                found.stream().map(Resolution::text).toList());
        assertEquals(2, found.get(0).itemPosition());
    }

    @Test
    void readsTheDecisionsOfEachSubItemUnderIt() {
        // corpus/d050.txt: the three adoptions stand under sub-items (A), (B) and (C)
        List<Resolution> found = decided("d050.txt").resolutions();
        assertEquals(List.of(2, 3, 4), found.stream().map(Resolution::itemPosition).toList());
        assertTrue(found.stream().allMatch(r -> r.text().endsWith("be ADOPTED and APPROVED.") && r.marker().equals("RESOLVED")));
    }

    @Test
    void readsTheNextMeetingAfterTheMeetingsOwnDate() {
        // corpus/d041.txt: the gold's next meeting is 22 July 2021
        DocumentAnalysis m = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d041.txt")));
        Facts next = Recognised.by(new NextMeetingRecogniser(), m, decided("d041.txt"));
        assertEquals(Optional.of(CalendarDate.of(LocalDate.of(2021, 7, 22))), next.nextMeeting().map(n -> n.date()));
    }

    @Test
    void aNextMeetingDatedBeforeTheMeetingIsASlipNotTheNextMeeting() {
        // corpus/d038.txt: "Date of next meeting Tuesday 28th July 2019." in the minutes of 14 July 2020; the gold has none
        DocumentAnalysis m = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d038.txt")));
        assertEquals(Optional.empty(), Recognised.by(new NextMeetingRecogniser(), m, decided("d038.txt")).nextMeeting());
    }
}
