package org.councilgraph.cli;

import java.time.Duration;
import java.util.Optional;

/**
 * What one document may cost a batch: its text's size, line count and longest line, and the time
 * its reading and its extraction may each take. A document over budget is reported by name and reason and the batch
 * goes on: before these limits a 5 MB single line, 200,000 short lines or a list of 10,000
 * attendees each kept the batch busy for minutes, so the good documents after them waited.
 *
 * @param maxChars     the most characters of text a document may have
 * @param maxLines     the most lines
 * @param maxLineChars the longest line
 * @param maxTime      how long its reading may run, and then its extraction
 */
public record DocumentBudget(int maxChars, int maxLines, int maxLineChars, Duration maxTime) {

    /** Far above any real minutes seen (the largest sample is 17 KB in 174 lines), far below what stalls a batch. */
    public static final DocumentBudget STANDARD = new DocumentBudget(2_000_000, 50_000, 100_000, Duration.ofSeconds(60));

    public DocumentBudget {
        if (maxChars <= 0 || maxLines <= 0 || maxLineChars <= 0 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("a document budget must be positive");
        }
    }

    /** This budget with another time limit. */
    public DocumentBudget withMaxTime(Duration time) {
        return new DocumentBudget(maxChars, maxLines, maxLineChars, time);
    }

    /** Why {@code text} is over budget, or empty when it is within it. */
    Optional<String> sizeProblem(String text) {
        if (text.length() > maxChars) {
            return Optional.of("its text is longer than the budget of " + String.format("%,d", maxChars) + " characters");
        }
        int lines = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > maxLineChars) {
                return Optional.of("line " + (lines + 1) + " is longer than the budget of " + String.format("%,d", maxLineChars)
                        + " characters");
            }
            if (++lines > maxLines) {
                return Optional.of("it has more than the budget of " + String.format("%,d", maxLines) + " lines");
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.empty();
    }
}
