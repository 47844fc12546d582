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
 * reads its packed bytes from here, a few kilobytes at a time, through a view of this buffer
 * (PDFBox's own views would read a plain copy), so the reading stops soon.
 */
final class AbandonableBuffer extends RandomAccessReadBuffer {

    AbandonableBuffer(byte[] bytes) {
        super(bytes);
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
        // One thread reads a PDF here, and a view seeks to its own position before each read.
        return new RandomAccessReadView(this, start, length);
    }

    private static void stopIfAbandoned() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("the reading was abandoned");
        }
    }
}
