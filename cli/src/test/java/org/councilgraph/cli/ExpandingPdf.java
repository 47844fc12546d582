package org.councilgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A PDF of one page whose content stream expands a thousandfold: a few megabytes that decode to
 * gigabytes of white space. Made without deflating gigabytes: after a full flush a deflater's
 * output no longer depends on what came before, so one megabyte's packed form is repeated.
 */
final class ExpandingPdf {

    private static final int MEGABYTE = 1 << 20;

    private ExpandingPdf() {
    }

    /** The PDF, its page's content expanding to {@code megabytes} MiB. */
    static byte[] of(int megabytes) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            COSStream content = pdf.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream()) {
                writeSpaces(raw, megabytes);
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(content));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** A zlib stream of {@code megabytes} MiB of spaces. */
    private static void writeSpaces(OutputStream out, int megabytes) throws IOException {
        byte[] chunk = new byte[MEGABYTE];
        Arrays.fill(chunk, (byte) ' ');
        byte[] block = flushed(chunk);
        out.write(new byte[] {0x78, (byte) 0xDA});
        for (int i = 0; i < megabytes; i++) {
            out.write(block);
        }
        out.write(FINAL_EMPTY_BLOCK);
        // The Adler-32 checksum of the whole: left as zeros, since a reader that checks it has
        // decoded the gigabytes first, and the tests are about never getting that far.
        out.write(new byte[4]);
    }

    /** The last block of a deflate stream, holding nothing (fixed Huffman codes, end of block). */
    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};

    /** {@code input} deflated without a header and fully flushed: byte-aligned, and readable with no history. */
    private static byte[] flushed(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(input);
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            packed.write(buffer, 0, n);
        } while (n == buffer.length);
        deflater.end();
        return packed.toByteArray();
    }
}
