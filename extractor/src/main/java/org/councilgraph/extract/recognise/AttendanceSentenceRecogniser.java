package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Reads attendance stated in sentences: "Apologies for absence were received from Councillors
 * Croft and Goodwin", "Cllrs Bell, Kendrick and Bailey sent their apologies", "Councillor S B
 * Blair had been appointed as a substitute member for Councillor S Hill", "District Cllrs
 * Burley and Cawrey were present", "PCSO Rob Kindred was in attendance".
 */
final class AttendanceSentenceRecogniser implements Recogniser {

    private final Lexicons lexicons;
    private final Participation participation;


    AttendanceSentenceRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.participation = new Participation(lexicons);
        this.lists = new NameLists(lexicons);
    }

    /**
     * Apologies and the word the list follows: "from", "on behalf of", "of", or "reported for"
     * before a capital ("Apologies for inability to attend were reported for Councillors T. Brooks
     * and McCusker"; a bare "for" is too loose: "apologies for Councillor X's late arrival").
     */
    private static final Pattern APOLOGIES_FROM = Pattern.compile(
            "(?i)\\bapolog(?:ies|y|ises)\\b(?:(?!\\bfor failing\\b|\\bto the\\b)[^.;]){0,80}?\\b(?:from|on behalf of|of|(?<=(?:reported|recorded) )for(?=\\s+(?-i:\\p{Lu}))|(?<=(?:tendered|submitted|given|sent|offered|received|made|intimated) )by)\\b\\s*:?\\s*");
    private static final Pattern CONNECTOR = Pattern.compile("(?i)\\b(?:from|on behalf of|of|(?<=(?:reported|recorded) )for(?=\\s+(?-i:\\p{Lu}))|(?<=(?:tendered|submitted|given|sent|offered|received|made|intimated) )by)\\b\\s*:?\\s*");
    /** A list announced, not given: "... were received from the following Members:", the names on the lines after. */
    private static final Pattern ANNOUNCED = Pattern.compile("(?i)the following(?:\\s+\\p{L}+){0,2}\\s*:\\s*");
    /** "sent apologies", after words that may stand between the names and the verb ("Cllr Roberts also sent apologies"). */
    private static final Pattern SENT_APOLOGIES = Pattern.compile(
            "(?i)\\b(?:(?:also|had|has|have|both|all)\\s+)*(?:sent|gave|tendered|submitted|send)\\s+(?:their\\s+|his\\s+|her\\s+)?apolog|\\bapologised\\b(?!\\s+to\\b)(?!\\s+for\\b(?!\\s+(?:(?:his|her|their)\\s+)?(?:absence|non-attendance|not\\s+being|being\\s+unable|inability)))");
    private static final Pattern APOLOGIES_NOTED = Pattern.compile("(?i)\\bthe apologies of\\s+");
    private static final Pattern SUBSTITUTE = Pattern.compile(
            "(?i)\\s(?:had been |has been |was |were )?(?:appointed |attended |present |attending )?(?:as (?:a |the )?)?(?:substitute(?:d)?(?: members?)?|substituting|deputising|in place) (?:for|of)\\s+");
    private static final Pattern REPLACE = Pattern.compile("(?i)\\bappointed\\s+(?=\\S)(.{3,80}?)\\s+to replace\\s+(them|him|her|.{3,60}?)(?=\\s+for\\b|[.,;]|$)");
    private static final Pattern WERE_PRESENT = Pattern.compile(
            "(?i)\\s(?:was|were)\\s+(?:also\\s+)?(?:present|in attendance)\\b|\\s+attended(?:\\s+the meeting)?(?!\\s+by)\\b");
    /** "Councillors Whitman, Bateman and E Collins were not present", "Councillor Hughes was absent" (not from part of it). */
    private static final Pattern WERE_ABSENT = Pattern.compile(
            "(?i)\\s(?:was|were)\\s+(?:also\\s+)?(?:not\\s+present|absent)\\b(?!\\s+(?:from|for|during|when|while|at the (?:start|time)))");
    private static final Pattern WHO_ATTENDED = Pattern.compile("(?i)\\bwho\\s+(?:was|were)\\s+(?:also\\s+)?(?:present|in attendance)\\b");
    private static final Pattern WELCOMED = Pattern.compile("(?i)\\bwelcomed(?: to the meeting)?\\s+");
    private static final Pattern ATTENDED_BY = Pattern.compile("(?i)\\b(?:attended by|(?:in attendance|present) (?:was|were)\\s*:?)\\s+");

    /** A sentence that leaves its subject to the heading above it: "Received from ...", "Were submitted by ...". */
    private static final Pattern RECEIVED_FROM = Pattern.compile(
            "(?i)^[\\s.:–-]*(?:(?:were|was|have been|had been|has been)\\s+)?(?:received|submitted|tendered|given|sent|noted|accepted)\\s+(?:from|on behalf of|by)\\s*:?\\s*");

    private final NameLists lists;

    private static boolean underApologiesHeading(DocumentAnalysis minutes, Span sentence) {
        return minutes.itemAt(sentence.start())
                .filter(item -> !item.heading().overlaps(sentence))
                .map(item -> Lexicon.key(item.title()).matches("(?:to (?:receive |note |accept |record )+(?:any )?)?apolog.*"))
                .orElse(false);
    }

    @Override
    public List<Fact> recognise(DocumentAnalysis minutes, Facts found) {
        List<Fact> out = new ArrayList<>();
        DocumentText text = minutes.text();
        for (Span sentence : minutes.sentences()) {
            String s = text.quote(sentence);
            apologies(minutes, sentence, s, out);
            substitutes(minutes, sentence, s, out);
            presence(minutes, sentence, s, out);
        }
        return out;
    }

    private void apologies(DocumentAnalysis minutes, Span sentence, String s, List<Fact> out) {
        DocumentText text = minutes.text();
        Matcher from = APOLOGIES_FROM.matcher(s);
        if (from.find() && !negated(s, from.start())) {
            // "Apologies for absence from the meeting were received on behalf of ...": the list
            // follows the last "from" or "of" that has names after it.
            Span listed = sentence;
            int listStart = skipAnnouncement(text, sentence.start() + from.end(), sentence.end());
            List<ListedPerson> people = lists.after(minutes, listStart, sentence.end());
            Matcher connector = CONNECTOR.matcher(s);
            connector.region(from.end(), s.length());
            while (people.isEmpty() && connector.find()) {
                listStart = skipAnnouncement(text, sentence.start() + connector.end(), sentence.end());
                people = lists.after(minutes, listStart, sentence.end());
            }
            // "... on behalf of Councillor", a blank line, then the names, and again after a comma:
            // pages flattened to text break sentences where their markup broke lines.
            if (people.isEmpty() && announced(text, sentence, listStart)) {
                // "... received from the following Members:" with the names on the lines after.
                Span next = minutes.sentenceAfter(listed);
                if (next != null) {
                    listed = listed.union(next);
                    people = lists.after(minutes, listStart, listed.end());
                }
            }
            for (int more = 0; more < 4 && continuesPastEnd(text, listStart, listed, people); more++) {
                Span next = minutes.sentenceAfter(listed);
                if (next == null) {
                    break;
                }
                listed = listed.union(next);
                people = lists.after(minutes, listStart, listed.end());
            }
            for (ListedPerson p : people) {
                add(out, p, AttendanceStatus.APOLOGIES, listed);
            }
        }
        Matcher received = RECEIVED_FROM.matcher(s);
        if (!from.find(0) && received.lookingAt() && underApologiesHeading(minutes, sentence)) {
            // "1. Apologies" over "Received from Cllr D Phillips (family) and ...": the heading says what was received.
            for (ListedPerson p : lists.after(minutes, sentence.start() + received.end(), sentence.end())) {
                add(out, p, AttendanceStatus.APOLOGIES, sentence);
            }
        }
        Matcher noted = APOLOGIES_NOTED.matcher(s);
        if (noted.find()) {
            for (ListedPerson p : lists.after(minutes, sentence.start() + noted.end(), sentence.end())) {
                add(out, p, AttendanceStatus.APOLOGIES, sentence);
            }
        }
        Matcher sent = SENT_APOLOGIES.matcher(s);
        if (sent.find()) {
            for (ListedPerson p : lists.before(minutes, sentence.start(), sentence.start() + sent.start())) {
                add(out, p, AttendanceStatus.APOLOGIES, sentence);
            }
        }
    }

    private void substitutes(DocumentAnalysis minutes, Span sentence, String s, List<Fact> out) {
        DocumentText text = minutes.text();
        Matcher m = SUBSTITUTE.matcher(s);
        while (m.find()) {
            List<ListedPerson> substitutes = lists.before(minutes, sentence.start(), sentence.start() + m.start());
            List<ListedPerson> members = lists.after(minutes, sentence.start() + m.end(), sentence.end());
            if (!substitutes.isEmpty() && !members.isEmpty()) {
                PersonName sub = substitutes.get(substitutes.size() - 1).name();
                out.add(new Attendance(sub, AttendanceStatus.SUBSTITUTE, null, false, members.get(0).name(), sentence));
            }
        }
        Matcher r = REPLACE.matcher(s);
        if (r.find()) {
            List<ListedPerson> substitutes = lists.after(minutes, sentence.start() + r.start(1), sentence.start() + r.end(1));
            if (substitutes.isEmpty()) {
                return;
            }
            List<ListedPerson> replaced = r.group(2).matches("(?i)them|him|her")
                    ? namedBefore(minutes, sentence.start(), sentence.start() + r.start())
                    : lists.after(minutes, sentence.start() + r.start(2), sentence.start() + r.end(2));
            PersonName sub = substitutes.get(0).name();
            replaced.stream().map(ListedPerson::name).filter(n -> !n.compatibleWith(sub)).findFirst()
                    .ifPresent(member -> out.add(new Attendance(sub, AttendanceStatus.SUBSTITUTE, null, false, member, sentence)));
        }
    }

    /**
     * Who "them" in "had appointed Councillor Savage to replace them" is: the people last named
     * before it in the sentence ("the temporary resignation of Councillor Professor Margetts").
     */
    private List<ListedPerson> namedBefore(DocumentAnalysis minutes, int from, int to) {
        List<ListedPerson> last = List.of();
        int skipTo = from;
        for (Word w : Words.of(minutes.text().quote(new Span(from, to)), from)) {
            if (w.start() < skipTo || !w.isCapitalised()) {
                continue;
            }
            List<ListedPerson> found = lists.after(minutes, w.start(), to);
            if (!found.isEmpty()) {
                last = found;
                skipTo = found.get(found.size() - 1).name().span().end();
            }
        }
        return last;
    }

    private void presence(DocumentAnalysis minutes, Span sentence, String s, List<Fact> out) {
        DocumentText text = minutes.text();
        Matcher who = WHO_ATTENDED.matcher(s);
        if (who.find()) {
            Matcher welcomed = WELCOMED.matcher(s);
            if (welcomed.find() && welcomed.end() < who.start()) {
                for (ListedPerson p : lists.after(minutes, sentence.start() + welcomed.end(), sentence.start() + who.start())) {
                    add(out, p, AttendanceStatus.IN_ATTENDANCE, sentence);
                }
            }
            return;
        }
        Matcher absent = WERE_ABSENT.matcher(s);
        if (absent.find()) {
            for (ListedPerson p : lists.before(minutes, sentence.start(), sentence.start() + absent.start())) {
                add(out, p, AttendanceStatus.ABSENT, sentence);
            }
        }
        Matcher were = WERE_PRESENT.matcher(s);
        int from = sentence.start();
        while (were.find()) {
            for (ListedPerson p : lists.before(minutes, from, sentence.start() + were.start())) {
                add(out, p, membership(p), sentence);
            }
            from = sentence.start() + were.end();
        }
        Matcher by = ATTENDED_BY.matcher(s);
        if (by.find()) {
            for (ListedPerson p : lists.after(minutes, sentence.start() + by.end(), sentence.end())) {
                add(out, p, membership(p), sentence);
            }
        }
    }

    private AttendanceStatus membership(ListedPerson p) {
        boolean attendee = p.visitor() || participation.isVisitorTitle(p.name()) || participation.isAttendeeRole(p.role());
        return attendee ? AttendanceStatus.IN_ATTENDANCE : AttendanceStatus.PRESENT;
    }

    /** The list is cut at the sentence's end: nothing but titles after its opening, or a trailing comma or "and". */
    /** Past "the following Members:" at {@code from}, or {@code from}. */
    private static int skipAnnouncement(DocumentText text, int from, int end) {
        Matcher m = ANNOUNCED.matcher(text.text()).region(from, end);
        return m.lookingAt() ? m.end() : from;
    }

    /** True when "the following Members:" stands just before {@code listStart}. */
    private static boolean announced(DocumentText text, Span sentence, int listStart) {
        return text.quote(new Span(sentence.start(), listStart)).strip().endsWith(":")
                && ANNOUNCED.matcher(text.quote(new Span(sentence.start(), listStart))).find();
    }

    private static boolean continuesPastEnd(DocumentText text, int listStart, Span listed, List<ListedPerson> people) {
        String rest = text.quote(new Span(listStart, listed.end())).strip();
        return people.isEmpty() ? Words.onlyTitles(rest) : rest.endsWith(",") || rest.endsWith(" and");
    }


    private static boolean negated(String s, int at) {
        String before = s.substring(0, at).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("no ") || before.endsWith("no further ");
    }

    private void add(List<Fact> out, ListedPerson p, AttendanceStatus status, Span sentence) {
        String role = p.role() == null && status == AttendanceStatus.IN_ATTENDANCE ? p.name().roleTitle() : p.role();
        out.add(new Attendance(p.name(), status, role, false, p.substituteFor(), sentence));
        if (p.substitutedBy() != null) {
            out.add(new Attendance(p.substitutedBy(), AttendanceStatus.SUBSTITUTE, null, false, p.name(), sentence));
        }
        if (p.role() != null) {
            out.add(new RoleHolding(p.name(), p.role(), p.organisation(), sentence));
        }
        String kind = participation.titleKind(p.name());
        if (kind != null && status != AttendanceStatus.PRESENT) {
            out.add(new RoleHolding(p.name(), p.name().roleTitle(), null, p.name().span()));
        }
    }
}
