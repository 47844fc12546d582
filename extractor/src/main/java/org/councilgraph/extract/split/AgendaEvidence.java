package org.councilgraph.extract.split;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.Line;

/**
 * Whether a document taken for minutes is an agenda: the business of a meeting still to come. An
 * agenda announces its meeting ("will be held"), is titled "Agenda" or words its items as business
 * to come ("To receive ...", "To consider ..."), and records no one present (no "PRESENT:" or "In
 * attendance:" label), no apologies, no resolution and no declaration; the names of a list under
 * a "Membership" label are the committee's members, not an attendance. The wording is the data
 * file {@code agenda-wording.txt} beside this class. A document with any record of attendance, a
 * decision or a "Minutes:" marker is minutes, whatever else it says, so minutes that copy their
 * agenda's wording (and saved pages of an agenda with its minutes) stay minutes.
 */
public final class AgendaEvidence {

    /** The most words an attendance label has ("Officers in attendance"). */
    private static final int LABEL_WORDS = 4;
    private static final Pattern LEADING_WORDS = Pattern.compile("(?:\\p{L}+\\s*){1," + LABEL_WORDS + "}");
    /** Items worded as business to come that make a text an agenda without other wording. */
    static final int BUSINESS_LINES_NEEDED = 2;
    /** "To receive", after an optional item number ("3.", "14/037:", "(a)", "Item 4"). */
    private static final Pattern BUSINESS = Pattern.compile(
            "^(?:(?:item\\s+)?\\d+(?:[./:]\\d+)*[.):]?\\s+|\\(?[a-z]\\)\\s+)?(?:[-–]\\s*)?to\\s+(\\p{L}+)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Lexicon wording;
    private final Lexicon attendanceLabels;

    public AgendaEvidence(Lexicons lexicons) {
        this.wording = load("agenda-wording");
        this.attendanceLabels = lexicons.attendanceLabels();
    }

    /** Why {@code minutes} is an agenda rather than minutes, or empty when it is not one. */
    public Optional<String> refusal(ExtractedMinutes minutes) {
        if (!minutes.document().stated().none() || !minutes.resolutions().isEmpty() || !minutes.declarations().isEmpty()) {
            return Optional.empty();
        }
        List<Line> lines = minutes.document().text().lines();
        boolean membershipList = lines.stream().anyMatch(l -> labelled(l, "membership"));
        boolean attendance = minutes.attendance().stream().anyMatch(a -> a.status() != AttendanceStatus.PRESENT || !membershipList);
        if (attendance || lines.stream().anyMatch(l -> recordsPresence(l) || labelled(l, "minutes"))) {
            return Optional.empty();
        }
        List<String> signs = new ArrayList<>();
        String flat = SPACES.matcher(minutes.document().text().text().toLowerCase(Locale.ROOT)).replaceAll(" ");
        wording.keysTagged("announcement").stream().filter(flat::contains).findFirst()
                .ifPresent(phrase -> signs.add("it announces its meeting (\"" + phrase + "\")"));
        if (lines.stream().anyMatch(l -> labelled(l, "title"))) {
            signs.add("it is titled Agenda");
        }
        List<String> business = lines.stream().map(this::businessVerb).flatMap(Optional::stream).toList();
        if (business.size() >= BUSINESS_LINES_NEEDED) {
            signs.add(business.size() + " of its items are business to come (\"To " + business.get(0) + " ...\")");
        }
        if (signs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("is an agenda, not minutes: " + String.join(", ", signs)
                + ", and it records no attendance (no Present or In attendance list, no apologies; a Membership list is not one),"
                + " no resolution and no declaration");
    }

    /**
     * True for a line that opens a list of those present or in attendance: it starts with such a
     * label ("PRESENT", "Also in attendance at the above meeting were:") followed by a colon, a
     * dash or nothing, or it ends with a colon.
     */
    private boolean recordsPresence(Line line) {
        String s = line.trimmed();
        Matcher words = LEADING_WORDS.matcher(s);
        if (!words.lookingAt()) {
            return false;
        }
        String[] leading = words.group().strip().split("\\s+");
        for (int n = Math.min(LABEL_WORDS, leading.length); n > 0; n--) {
            String label = String.join(" ", java.util.Arrays.copyOf(leading, n));
            if (attendanceLabels.contains(label, "label-only") && attendanceLabels.value(label)
                    .map(v -> v.startsWith("present") || v.startsWith("attendance")).orElse(false)) {
                String rest = s.substring(s.indexOf(leading[n - 1]) + leading[n - 1].length()).strip();
                return rest.isEmpty() || rest.startsWith(":") || rest.startsWith("-") || rest.startsWith("–") || s.endsWith(":");
            }
        }
        return false;
    }

    /** True for a line that is a word of the data file tagged {@code tag} alone, or with a colon. */
    private boolean labelled(Line line, String tag) {
        String s = line.trimmed();
        return wording.contains(s.endsWith(":") ? s.substring(0, s.length() - 1) : s, tag);
    }

    private Optional<String> businessVerb(Line line) {
        Matcher m = BUSINESS.matcher(line.trimmed());
        return m.find() && wording.contains(m.group(1), "business") ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private static Lexicon load(String name) {
        String resource = name + ".txt";
        try (InputStream in = AgendaEvidence.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Lexicon.parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
