package org.councilgraph.extract.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.jena.riot.Lang;
import org.junit.jupiter.api.Test;

class DocumentFormatsTest {

    private static final byte[] TEXT = "Minutes of the meeting held on 4 May 2024".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAGE = "<!DOCTYPE html><html><body><p>Present:</p></body></html>".getBytes(StandardCharsets.UTF_8);

    private static DocumentFormat readable(String name, byte[] head, boolean named) {
        DocumentFormats.Verdict v = DocumentFormats.judge(name, head, named);
        assertTrue(v instanceof DocumentFormats.Readable, name + ": " + v);
        return ((DocumentFormats.Readable) v).format();
    }

    private static DocumentFormats.Unreadable unreadable(String name, byte[] head, boolean named) {
        DocumentFormats.Verdict v = DocumentFormats.judge(name, head, named);
        assertTrue(v instanceof DocumentFormats.Unreadable, name + ": " + v);
        return (DocumentFormats.Unreadable) v;
    }

    @Test
    void minutesAreTextOrHtmlByTheirNames() {
        assertEquals(DocumentFormats.PLAIN_TEXT, readable("d001.txt", TEXT, false));
        assertEquals(DocumentFormats.HTML, readable("page.htm", PAGE, false));
        assertEquals(DocumentFormats.HTML, readable("page.xhtml", PAGE, false));
    }

    @Test
    void aPageSavedUnderATextNameIsReadAsHtml() {
        assertEquals(DocumentFormats.HTML, readable("page.txt", PAGE, false));
    }

    @Test
    void graphsAreRdfByTheirNames() {
        assertEquals(new RdfFormat(Lang.TURTLE), readable("graph.ttl", new byte[0], false));
        assertEquals(new RdfFormat(Lang.NQUADS), readable("dump.nq", new byte[0], false));
        assertEquals(new RdfFormat(Lang.JSONLD), readable("doc.jsonld", new byte[0], true));
    }

    @Test
    void aPdfOrADocxFileIsMinutesByItsContentOrName() {
        assertEquals(DocumentFormats.PDF, readable("minutes.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), false));
        assertEquals(DocumentFormats.PDF, readable("renamed.txt", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), true));
        assertEquals(DocumentFormats.DOCX, readable("minutes.docx", new byte[] {'P', 'K', 3, 4}, false));
    }

    @Test
    void anOldWordFileOrAnArchiveIsADocumentCouncilgraphDoesNotRead() {
        DocumentFormats.Unreadable doc = unreadable("minutes.doc", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, false);
        assertTrue(doc.document());
        assertTrue(doc.reason().contains("DOCX"), doc.reason());
        assertTrue(unreadable("minutes.zip", new byte[] {'P', 'K', 3, 4}, true).document());
        assertTrue(unreadable("minutes.odt", new byte[] {'P', 'K', 3, 4}, false).document());
    }

    @Test
    void anXmlFileIsRdfOnlyWhenItDeclaresTheRdfNamespace() {
        byte[] rdf = "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(new RdfFormat(Lang.RDFXML), readable("graph.xml", rdf, false));
        DocumentFormats.Unreadable other = unreadable("feed.xml",
                "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>".getBytes(StandardCharsets.UTF_8), false);
        assertTrue(other.document(), "reported as failed, not passed over");
        assertTrue(other.reason().contains("neither RDF/XML nor a ModernGov GetMeeting"), other.reason());
    }

    @Test
    void aModernGovGetMeetingResponseIsMinutesAndItsListsAreNamedAsNotMinutes() {
        byte[] meeting = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<meeting>\n  <meetingid>4967</meetingid>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(DocumentFormats.MODERNGOV, readable("GetMeeting.xml", meeting, false));
        DocumentFormats.Unreadable meetings = unreadable("GetMeetings.xml",
                "<?xml version=\"1.0\"?>\n<getmeetings>\n<meetingscount> 2</meetingscount>".getBytes(StandardCharsets.UTF_8), true);
        assertFalse(meetings.document(), "a list is passed over in a folder, not failed");
        assertTrue(meetings.reason().contains("GetMeetings response: a list of meetings"), meetings.reason());
        DocumentFormats.Unreadable committees = unreadable("GetCommittees.xml",
                "<?xml version=\"1.0\"?>\n<committees>\n".getBytes(StandardCharsets.UTF_8), false);
        assertTrue(committees.reason().contains("GetCommittees response: a list of committees, not minutes"), committees.reason());
    }

    @Test
    void aFileOfAnotherKindInAFolderIsNoDocumentButNamedByTheUserItIsReadAsText() {
        DocumentFormats.Unreadable notes = unreadable("README.md", TEXT, false);
        assertFalse(notes.document());
        assertTrue(notes.reason().contains(".docx, ModernGov GetMeeting .xml)"), "every minutes format is listed: " + notes.reason());
        assertEquals(DocumentFormats.PLAIN_TEXT, readable("README.md", TEXT, true));
        assertEquals(DocumentFormats.PLAIN_TEXT, readable("minutes", TEXT, true));
    }
}
