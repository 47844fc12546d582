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
