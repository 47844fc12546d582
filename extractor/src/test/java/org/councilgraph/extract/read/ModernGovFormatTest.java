package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.MeetingHeader;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading the real ModernGov web-service responses of the fixtures (Manchester, by way of DemocracyClub's LGSF). */
class ModernGovFormatTest {

    private static final Path MEETING = Fixtures.realDocument("xml", "lgsf_manchester_GetMeeting_4967_audit-committee_with-minutes.xml");

    private static ExtractedMinutes extract(Path file, DocumentMetadata given) throws DocumentException {
        return MinutesExtractor.withoutModel().extract(new MinutesReader().read(file, given));
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static String first(org.w3c.dom.Document xml, String tag) {
        return xml.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    @Test
    void theMeetingsDateTimeVenueAndCommitteeAreTheXmlsFields() throws Exception {
        org.w3c.dom.Document xml = parse(MEETING);
        MeetingHeader h = extract(MEETING, DocumentMetadata.NONE).header();
        assertEquals(LocalDate.parse(first(xml, "meetingdate"), java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                h.meetingDate().orElseThrow());
        assertEquals(LocalTime.of(10, 0), h.time().value(), first(xml, "meetingtime"));
        assertEquals(first(xml, "meetinglocation"), h.venue().value());
        assertEquals(first(xml, "committeetitle"), h.committee().value());
        assertEquals(null, h.council(), "the response does not name its council");
    }

    @Test
    void whatTheUserGivesWinsOverTheXml() throws Exception {
        MeetingHeader h = extract(MEETING, new DocumentMetadata("Manchester City Council", "Audit", LocalDate.of(2026, 2, 11), null)).header();
        assertEquals("Manchester City Council", h.council().value());
        assertEquals("Audit", h.committee().value());
        assertEquals(LocalDate.of(2026, 2, 11), h.meetingDate().orElseThrow());
    }

    @Test
    void theItemsWithMinutesAreRecognisedWithTheirNumbersTitlesAndMinuteText() throws Exception {
        org.w3c.dom.Document xml = parse(MEETING);
        NodeList items = xml.getElementsByTagName("agendaitem");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            expected.add(first(item, "fulldisplaynumberformat") + " " + first(item, "agendaitemtitle"));
        }
        ExtractedMinutes m = extract(MEETING, DocumentMetadata.NONE);
        assertEquals(expected, m.items().stream().map(i -> i.number() + " " + i.heading()).toList());
        AgendaItem workProgramme = m.items().get(1);
        String minutes = m.document().text().flat(workProgramme.minutes());
        assertTrue(minutes.contains("The Committee considered a report of the Governance and Scrutiny Support Unit"), minutes);
    }

    private static String first(Element e, String tag) {
        return e.getElementsByTagName(tag).item(0).getTextContent().strip();
    }

    @Test
    void theCancelledMeetingWithoutMinutesIsRefusedSayingSo() {
        DocumentException e = assertThrows(UnreadableDocumentException.class, () -> new MinutesReader()
                .read(Fixtures.realDocument("xml", "lgsf_manchester_GetMeeting_4966_cancelled_no-minutes.xml"), DocumentMetadata.NONE));
        assertTrue(e.reason().contains("without minute text (meeting status \"Cancelled\", minutes published \"False\")"), e.reason());
    }

    @Test
    void theListsOfMeetingsAndCommitteesAreNamedAsNotMinutesAndPassedOverInAFolder() {
        DocumentException meetings = assertThrows(UnreadableDocumentException.class, () -> new MinutesReader()
                .read(Fixtures.realDocument("xml", "lgsf_manchester_GetMeetings_audit-committee.xml"), DocumentMetadata.NONE));
        assertTrue(meetings.reason().contains("GetMeetings response: a list of meetings"), meetings.reason());
        DocumentException committees = assertThrows(UnreadableDocumentException.class, () -> new MinutesReader()
                .read(Fixtures.realDocument("xml", "lgsf_manchester_GetCommittees_excerpt.xml"), DocumentMetadata.NONE));
        assertTrue(committees.reason().contains("GetCommittees response: a list of committees, not minutes"), committees.reason());
        InputFiles folder = InputFiles.of(List.of(Fixtures.REAL_DOCUMENTS.resolve("xml")));
        assertEquals(List.of("lgsf_manchester_GetMeeting_4966_cancelled_no-minutes.xml",
                "lgsf_manchester_GetMeeting_4967_audit-committee_with-minutes.xml"),
                folder.documents().stream().map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(2, folder.passedOver().size());
    }
}
