package org.councilgraph.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Shows how a load is going. On a terminal, one status line redrawn in place: a bar, documents
 * done of all, triples, rates and the current file. Otherwise (a log, a pipe), one plain line per
 * document. Other messages go through {@link #messages()} so they do not collide with the bar.
 */
abstract class LoadProgress {

    private static final int BAR = 24;

    protected final PrintWriter err;
    protected final LoadTally tally;

    LoadProgress(PrintWriter err, LoadTally tally) {
        this.err = err;
        this.tally = tally;
    }

    /** The bar when {@code terminal}, else log lines. */
    static LoadProgress on(PrintWriter err, LoadTally tally, boolean terminal) {
        return terminal ? new Bar(err, tally) : new Lines(err, tally);
    }

    /** True when standard error is likely a terminal a person watches. */
    static boolean isTerminal() {
        return System.console() != null && System.getenv("TERM") != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** A writer for messages (failures) printed while the load runs. */
    abstract PrintWriter messages();

    /** After each document; {@code what} is "loaded", "skipped" or "failed". */
    abstract void document(String name, String what, long triples);

    /** After the last document. */
    abstract void end();

    /** One line per document. */
    private static final class Lines extends LoadProgress {

        Lines(PrintWriter err, LoadTally tally) {
            super(err, tally);
        }

        @Override
        PrintWriter messages() {
            return err;
        }

        @Override
        void document(String name, String what, long triples) {
            if (!what.equals("failed")) {
                err.printf(Locale.ROOT, "councilgraph: [%d/%d] %s %s%s%n", tally.done(), tally.total(), what, name,
                        what.equals("loaded") ? String.format(Locale.ROOT, " (%,d triples)", triples) : "");
                err.flush();
            }
        }

        @Override
        void end() {
        }
    }

    /** A status line redrawn with carriage returns. */
    private static final class Bar extends LoadProgress {

        private final PrintWriter messages;

        Bar(PrintWriter err, LoadTally tally) {
            super(err, tally);
            this.messages = new PrintWriter(new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) {
                    clear();
                    err.write(buffer, offset, length);
                }

                @Override
                public void flush() {
                    err.flush();
                }

                @Override
                public void close() {
                    err.flush();
                }
            }, true);
        }

        @Override
        PrintWriter messages() {
            return messages;
        }

        @Override
        void document(String name, String what, long triples) {
            int filled = tally.total() == 0 ? BAR : BAR * tally.done() / tally.total();
            String line = String.format(Locale.ROOT, "[%s%s] %d/%d documents  %,d triples  %s  %s",
                    "#".repeat(filled), ".".repeat(BAR - filled), tally.done(), tally.total(), tally.triples(),
                    tally.rates(), name);
            clear();
            err.print(line.length() > 150 ? line.substring(0, 150) : line);
            err.flush();
        }

        @Override
        void end() {
            clear();
            err.flush();
        }

        private void clear() {
            err.print("\r\u001b[K");
        }
    }
}
