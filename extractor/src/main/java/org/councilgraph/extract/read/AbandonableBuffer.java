package org.councilgraph.extract.read;

import java.io.IOException;
import java.io.InterruptedIOException;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A PDF's bytes for PDFBox that stop being readable once the reading thread is interrupted. A
 * reader that runs out of its time budget is interrupted and its result dropped; PDFBox itself
 * never looks at the interrupt, so without this a page whose content expands to gigabytes would
 * keep a core busy for minutes after its document was given up. Every stream PDFBox decodes
 * reads its packed bytes from here, a few kilobytes at a time, through a view that is abandonable
 * too (PDFBox's own views would read a plain copy), so the reading stops soon.
 */
final class AbandonableBuffer extends RandomAccessReadBuffer {

    private final byte[] bytes;

    AbandonableBuffer(byte[] bytes) {
        super(bytes);
        this.bytes = bytes;
    }

    @Override
    public int read() throws IOException {
        stopIfAbandoned();
        return super.read();
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        stopIfAbandoned();
        return super.read(b, offset, length);
    }

    @Override
    public RandomAccessReadView createView(long start, long length) throws IOException {
        checkClosed();
        // A view of its own buffer over the same bytes (not copied), so that reading a stream
        // does not move the parser's position in the file, as PDFBox's own views do not.
        return new RandomAccessReadView(new AbandonableBuffer(bytes), start, length, true);
    }

    private static void stopIfAbandoned() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the reading was abandoned");
        }
    }
}
