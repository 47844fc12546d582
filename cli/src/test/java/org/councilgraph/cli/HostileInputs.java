package org.councilgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile inputs of the hostile-input suite: each case is a file (or folder) written into a
 * batch folder, with a fragment of the message its refusal must carry. Minutes text for the
 * cases that hide an attack inside real minutes comes from a sample.
 */
final class HostileInputs {

    /** What the batch does with a hostile input. */
    enum Outcome {
        /** Read safely as minutes: its document is extracted whole. */
        READ,
        /** Refused by name with a reason: nothing of it is extracted or stored. */
        REFUSED,
        /** Not a document at all (never followed): nothing of it is extracted or stored. */
        IGNORED
    }

    /**
     * One kind of hostile input.
     *
     * @param kind    what it is, for the test name
     * @param file    the file name the case writes (the name the message must carry)
     * @param outcome what the batch does with it
     * @param refusal a fragment of the reason the batch gives when it refuses the input
     */
    record Case(String kind, String file, Outcome outcome, String refusal) {
        @Override
        public String toString() {
            return kind;
        }
    }

    private static final Path SAMPLE = Path.of("../samples/003_c8b7ca36a12a45f9.txt");

    private final Path folder;
    private final String minutes;
    private final List<Case> cases = new ArrayList<>();

    private HostileInputs(Path folder) {
        this.folder = folder;
        try {
            this.minutes = Files.readString(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every case into {@code folder}; gives the cases in the order written. */
    static List<Case> writeAll(Path folder) {
        HostileInputs h = new HostileInputs(folder);
        try {
            h.writeCases();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(h.cases);
    }

    private void text(String kind, String file, String content, String refusal) throws IOException {
        bytes(kind, file, content.getBytes(StandardCharsets.UTF_8), refusal);
    }

    private void bytes(String kind, String file, byte[] content, String refusal) throws IOException {
        Files.write(folder.resolve(file), content);
        cases.add(new Case(kind, file, refusal == null ? Outcome.READ : Outcome.REFUSED, refusal));
    }

    private void sidecar(String kind, String stem, String json, String refusal) throws IOException {
        Files.writeString(folder.resolve(stem + ".txt"), minutes);
        Files.writeString(folder.resolve(stem + ".meta.json"), json);
        cases.add(new Case(kind, stem + ".txt", Outcome.REFUSED, refusal));
    }

    private void writeCases() throws IOException {
        text("empty file", "empty.txt", "", "the file is empty");
        text("whitespace only", "blank.txt", " \n\t\n   \n", "holds only white space");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        bytes("random binary", "noise.txt", noise, "binary");
        bytes("NUL byte inside minutes", "nul.txt", (minutes.substring(0, 200) + "\0" + minutes.substring(200)).getBytes(StandardCharsets.UTF_8), "binary");
        bytes("zip archive named .txt", "archive.txt", zip(), "ZIP-based or word-processor file");
        bytes("gzip named .txt", "packed.txt", gzip(), "binary");
        bytes("UTF-16 without BOM", "utf16.txt", minutes.getBytes(StandardCharsets.UTF_16LE), "binary");
        bytes("invalid UTF-8", "latin.txt", invalidUtf8(), null);
        text("bidi override in names", "bidi.txt", minutes.replace("Councillor", "Councillor \u202Eroloc\u202C"), null);
        text("zero-width characters in names", "zerowidth.txt", minutes.replace("Councillor ", "Councillor \u200B\u200D\uFEFF"), null);
        text("control characters", "control.txt", minutes.replace("\n", "\n\u001B[31m\f"), null);
        text("only digits and punctuation", "digits.txt", "12, 34. 56; 78 -- 90 !!! 11/12/13 ".repeat(100), "too few letters");
        text("nested HTML", "nested.html", "<html><body>" + "<div>".repeat(50_000) + "Minutes" + "</div>".repeat(50_000) + "</body></html>",
                "does not look like minutes");
        text("minutes inside deeply nested HTML", "deepminutes.html", "<html><body>" + "<div>".repeat(5_000) + "<pre>" + minutes
                + "</pre>" + "</div>".repeat(5_000) + "</body></html>", null);
        text("HTML entity bomb", "entities.html", "<html><body><p>" + "&amp;&lt;&#x41;&#65;".repeat(200_000) + "</p></body></html>",
                "over the document budget");
        text("HTML script and event handlers", "script.html", "<html><body><script>alert(1)</script><img src=x onerror=alert(2)><pre>"
                + minutes + "</pre></body></html>", null);
        text("RDF posing as minutes", "turtle.txt", "@prefix ex: <https://example.org/> .\nex:a ex:b \"c\" .\n", "does not look like minutes");
        text("5 MB single line", "oneline.txt", "Minutes of the meeting. " + "word ".repeat(1_000_000), "over the document budget: its text is longer than");
        text("200,000 short lines", "lines.txt", "Minutes of the meeting held on 4 May 2024\n" + "Noted.\n".repeat(200_000), "over the document budget: it has more than the budget of 50,000 lines");
        text("3 MB of text", "huge.txt", ("Minutes of the meeting held on 4 May 2024. The committee noted the report.\n").repeat(40_000), "over the document budget: its text is longer than");
        text("100,000-character word", "word.txt", "Minutes " + "x".repeat(150_000), "over the document budget: line 1 is longer than");
        text("carriage returns only", "cr.txt", minutes.replace("\n", "\r"), null);
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        cases.add(new Case("symlink loop", "loop", Outcome.IGNORED, null));
        Files.createSymbolicLink(folder.resolve("device.txt"), Path.of("/dev/zero"));
        cases.add(new Case("symlink to a device", "device.txt", Outcome.IGNORED, null));
        sidecar("truncated sidecar", "truncated", "{\"council\": \"X\", \"date\": ", "its sidecar truncated.meta.json is not a valid JSON object");
        sidecar("sidecar field of the wrong type", "typed", "{\"council\": 42}", "field \"council\" must be a string, not a number");
        sidecar("sidecar date not a date", "baddate", "{\"date\": \"31/02/2024\"}", "is not YYYY-MM-DD");
        sidecar("javascript: source_url", "jsurl", "{\"source_url\": \"javascript:alert(1)\"}", "must be an http or https URL");
        sidecar("file: source_url", "fileurl", "{\"source_url\": \"file:///etc/passwd\"}", "must be an http or https URL");
        sidecar("source_url with a space", "spaced", "{\"source_url\": \"https://example.org/a b\"}", "is not a valid URL");
        sidecar("1 MB sidecar field", "bigfield", "{\"council\": \"" + "A".repeat(1 << 20) + "\"}", "is larger than 64 KiB");
        sidecar("sidecar that is a list", "listed", "[\"council\"]", "is not a valid JSON object");
        sidecar("deeply nested sidecar", "deep", "{\"a\":" + "[".repeat(30_000), "is not a valid JSON object");
        writeFormatCases();
        writeFileSystemCases();
    }

    /** Attacks through the formats read besides plain text: PDF, XHTML and ModernGov XML, Word. */
    private void writeFormatCases() throws IOException {
        bytes("truncated PDF", "cut.pdf", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.US_ASCII),
                "is not a readable PDF");
        bytes("PDF without pages", "nopages.pdf", pdf(0, null, false), "the PDF has no pages");
        bytes("PDF encrypted with a password", "locked.pdf", pdf(1, "a password", true), "the PDF is encrypted with a password");
        bytes("PDF forbidding text extraction", "noextract.pdf", pdf(1, "", false), "the PDF forbids extracting its text");
        bytes("PDF named .txt", "pdf.txt", pdf(1, null, true), null);
        Files.writeString(folder.getParent().resolve(SECRET_FILE), SECRET);
        String outside = folder.getParent().resolve(SECRET_FILE).toUri().toString();
        text("XXE in XHTML", "xxe.xhtml", "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + outside + "\">]>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><pre>" + escaped(minutes) + "&xxe;</pre></body></html>", null);
        text("billion laughs in XHTML", "laughs.xhtml", "<?xml version=\"1.0\"?>\n" + laughs("html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><pre>" + escaped(minutes) + "&lol9;</pre></body></html>", null);
        text("XXE in ModernGov XML", "xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE meeting [<!ENTITY xxe SYSTEM \"" + outside + "\">]>\n"
                + "<meeting><meetingid>1</meetingid><committeetitle>&xxe;</committeetitle></meeting>", NOT_MODERNGOV);
        text("billion laughs in ModernGov XML", "laughs.xml", "<?xml version=\"1.0\"?>\n" + laughs("meeting")
                + "<meeting><meetingid>1</meetingid><committeetitle>&lol9;</committeetitle></meeting>", NOT_MODERNGOV);
        bytes("Word file with a DOCTYPE and an external entity", "xxe.docx", docx("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + outside
                + "\">]>", "Minutes of the meeting held on 4 May 2024 &xxe;", 0),
                "is not a readable Word (DOCX) document (org.apache.xmlbeans.XmlException: error: DOCTYPE is disallowed");
        writeExpandingCases();
    }

    /** Files small on disk whose content expands past what minutes hold. */
    private void writeExpandingCases() throws IOException {
        bytes("ZIP-bomb Word file", "bomb.docx", docx("", "Minutes" + " ".repeat(8 << 20), 0),
                "the Word document is a ZIP bomb (a part of its archive expands more than 100 times its packed size)");
        bytes("Word file of more than 1,000 parts", "parts.docx", docx("", "Minutes of the meeting held on 4 May 2024", 1_000),
                "the Word document's archive holds more than 1000 parts");
        Random random = new Random(11);
        StringBuilder words = new StringBuilder("Minutes of the meeting held on 4 May 2024 ");
        while (words.length() <= 4_000_000) {
            for (int i = 0; i < 6; i++) {
                words.append((char) ('a' + random.nextInt(26)));
            }
            words.append(' ');
        }
        bytes("Word file of more than 4 million characters", "long.docx", docx("", words.toString(), 0),
                "the Word document holds more than 4000000 characters of text");
        bytes("PDF of 301 pages", "long.pdf", pdf(301, null, true), "the PDF has 301 pages; councilgraph reads PDFs of at most 300 pages");
    }

    /** Files the batch must not hang on or fail the batch for: pipes, folders named like files, unreadable files. */
    private void writeFileSystemCases() throws IOException {
        Path pipe = folder.resolve("pipe.txt");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
            if (mkfifo.waitFor() == 0) {
                cases.add(new Case("named pipe", "pipe.txt", Outcome.IGNORED, null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Files.createDirectories(folder.resolve("folder.txt"));
        cases.add(new Case("folder named like a minutes file", "folder.txt", Outcome.IGNORED, null));
        Path locked = Files.writeString(folder.resolve("unreadable.txt"), minutes + "\nA copy that may not be read.\n");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // Root reads a file whatever its permissions: then it is read as any other.
        cases.add(new Case("unreadable file (mode 000)", "unreadable.txt", Files.isReadable(locked) ? Outcome.READ : Outcome.REFUSED,
                "read"));
        bytes("byte-order mark only", "bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "the file holds only white space");
    }

    /** Why a ModernGov-like file whose root comes after a DOCTYPE is refused (the DTD is never read). */
    private static final String NOT_MODERNGOV = "is XML but neither RDF/XML nor a ModernGov GetMeeting response";

    /** The file an external entity of the XML cases names, outside the batch folder, and its text. */
    static final String SECRET_FILE = "secret-outside-the-batch.txt";
    static final String SECRET = "the-server-secret-4f1c";

    private static String laughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>\n").toString();
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A PDF of {@code pages} empty pages, with the minutes' first line on each, optionally encrypted. */
    private byte[] pdf(int pages, String userPassword, boolean mayExtract) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < pages; i++) {
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
                pdf.addPage(page);
                try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Minutes of the meeting of the Council held on 4 May 2024");
                    content.endText();
                }
            }
            if (userPassword != null) {
                org.apache.pdfbox.pdmodel.encryption.AccessPermission permissions = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
                permissions.setCanExtractContent(mayExtract);
                org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
                        new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("the owner's password", userPassword, permissions);
                policy.setEncryptionKeyLength(128);
                pdf.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /**
     * A Word file whose document part starts with {@code prolog} (a DOCTYPE, say) and holds one
     * paragraph of {@code text} (markup as is), with {@code extraParts} small parts besides.
     */
    private static byte[] docx(String prolog, String text, int extraParts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                    + "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p></w:body></w:document>");
            for (int i = 0; i < extraParts; i++) {
                entry(zip, "word/media/part" + i + ".xml", "<a/>");
            }
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("minutes.txt"));
            zip.write(minutes.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private byte[] gzip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(minutes.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private byte[] invalidUtf8() {
        byte[] text = minutes.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[text.length + 3];
        System.arraycopy(text, 0, broken, 0, 100);
        broken[100] = (byte) 0xC3;
        broken[101] = (byte) 0x28;
        broken[102] = (byte) 0xFF;
        System.arraycopy(text, 100, broken, 103, text.length - 100);
        return broken;
    }
}
