package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.junit.jupiter.api.Test;

class AttendanceLabelsTest {

    private final AttendanceLabels labels = new AttendanceLabels(Lexicons.standard());

    /** The labels of a one-line snippet as "section:text", in text order. */
    private List<String> found(String line) {
        DocumentText t = DocumentText.of(line);
        Line first = t.lines().get(0);
        return labels.in(first, Set.of()).stream().sorted(java.util.Comparator.comparingInt(AttendanceLabels.Found::start))
                .map(f -> f.section() + ":" + t.text().substring(f.start(), f.end()).strip()).toList();
    }

    @Test
    void findsLabelsInCapitalsRunIntoTheirListsWithNoColon() {
        // corpus/d138.txt: a one-paragraph PDF
        assertEquals(List.of("present:PRESENT", "chair:CHAIR", "apologies:APOLOGIES"), found(
                "A Meeting of the NORTH LANARKSHIRE COUNCIL PRESENT Councillor Jones, Provost; Councillor Castles, Depute Provost; "
                        + "Councillors Anderson, Weir and Wilson. CHAIR Councillor Jones (Provost) presided. IN ATTENDANCE The Chief "
                        + "Executive; Democratic Services Manager. APOLOGIES Councillors M. Coyle, S. Coyle, Goldie, Graham."));
        // corpus/d070.txt
        assertEquals(List.of("present:MEMBERS PRESENT", "attendance:OFFICIALS IN ATTENDANCE"), found(
                "LETTERKENNY C/66/20 MEMBERS PRESENT Cllrs. Rena Donaghey, Cathaoirleach, L Blaney and B Sweeny. C/67/20 APOLOGIES "
                        + "Apologies were received from Cllr. Bernard Mc Guinness. C/68/20 OFFICIALS IN ATTENDANCE Mr Seamus Neely, "
                        + "Chief Executive"));
    }

    @Test
    void readsWhoAListAnnouncesFromTheGroupAndTheStatusItNames() {
        assertEquals(List.of("attendance:The following officers were in attendance:"),
                found("The following officers were in attendance: John Smith (Head of Planning), Jane Doe (Solicitor)."));
        assertEquals(List.of("attendance:the following were also present at the meeting:"),
                found("At the invitation of the Chair the following were also present at the meeting: Mr P Lane."));
        assertEquals(List.of("present:The following Members were present:"),
                found("The following Members were present: Councillors Brown, Dunn and Frost."));
        assertEquals(List.of("present:There were present:"), found("There were present: Councillors Brown, Dunn and Frost."));
    }

    @Test
    void readsALabelWrittenInTwoLanguagesAsOneLabel() {
        assertEquals(List.of("attendance:SWYDDOGION / OFFICERS"), found("SWYDDOGION / OFFICERS"));
        assertEquals(List.of("apologies:YMDDIHEURIADAU / APOLOGIES:"), found("YMDDIHEURIADAU / APOLOGIES:"));
        assertEquals(List.of("present:Present / Yn bresennol"), found("Present / Yn bresennol"));
        // two words of which neither is a label are not one
        assertEquals(List.of(), found("Roads / Footpaths"));
    }

    @Test
    void findsALabelAtALineStartWithNoColonWhenAListFollows() {
        // corpus/d094.txt
        assertEquals(List.of("present:Present"), found("Present Jane Gorman, Thomas Barr, John Bell, Jacqueline Browne"));
        assertEquals(List.of("apologies:Apologies for Absence"), found("Apologies for Absence John Sillars and Samuel Taylor."));
        // corpus/d067.txt
        assertEquals(List.of("present:PRESENT"), found("PRESENT Members"));
        // a sentence after a label's word is not a list
        assertEquals(List.of(), found("Apologies were received from Councillor Smith."));
        // corpus/d006.txt: the chair's words open the list they stand in
        assertEquals(List.of(), found("In the Chair A.Vigrass, ,A.Stanley,C.Priest, M.Neil, and K.O’Donoghue (clerk)."));
    }

    @Test
    void findsLabelsGluedToARuleOrToTheFirstName() {
        // corpus/d062.txt
        assertEquals(List.of("present:Present:"), found("at 1.30 p.m. ----------------------------Present: Councillor C. Murphy, Cathaoirleach"));
        // corpus/d118.txt
        assertEquals(List.of("attendance:ALSO PRESENT"), found("ALSO PRESENTMr. T. Lucey,City Manager."));
        assertEquals(List.of("present:PRESENT"), found("PRESENTAn tArd-Mhéara Comhairleoir C. Clancyin the chair."));
        // corpus/d087.txt: "Present:-" in the middle of a paragraph
        assertEquals(List.of("present:Present:-"), found("Dalkeith on Tuesday, 16 December 2014 at 2.00pm. Present:- Provost Wallace, Depute Provost Coventry"));
    }

    @Test
    void prefersTheLongerOfTwoOverlappingLabels() {
        // corpus/d129.txt
        assertEquals(List.of("present:Members Present:", "apologies:Apologies:", "attendance:Officials Present:"), found(
                "held via MS Teams on Monday, 11 January 2021 Members Present: Councillor Finola Armstrong McGuire Apologies: "
                        + "Councillor Ita Reynolds Flynn Officials Present: Lar Power, Chief Executive"));
    }

    @Test
    void findsALabelWithABulletAfterASentencesEnd() {
        // corpus/d134.txt
        List<String> f = found("Clerk • Gavin Mitchell, Head of Legal Services. In Attendance • John W Mundell, Interim Chief Executive. "
                + "Observing • Hayley Green, Head of IT and Facilities. Apology • Councillor W Leslie Manson.");
        assertTrue(f.containsAll(List.of("attendance:In Attendance", "attendance:Observing", "apologies:Apology")), f.toString());
    }
}
