package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.Line;

/**
 * Finds the attendance labels on a line: a label at the line's start ("Present:", "3. Apologies",
 * "Present Jane Gorman, ..."), a label with a colon in the middle of a line ("... IN ATTENDANCE:
 * Mr. P. Gallagher", "-----Present:"), and a label in capitals run into its list with no colon
 * ("... COUNCIL PRESENT Councillor Jones, ...", "ALSO PRESENTMr. T. Lucey").
 */
final class AttendanceLabels {

    /** A label on a line: the section it opens and where it stands, end just past its separator. */
    record Found(String section, int start, int end) {
    }

    private final Lexicons lexicons;
    private final PersonNameParser names = new PersonNameParser();
    /** A label at the start of a line, after an item number or a bullet. */
    private final Pattern lineLabel;
    /** A label with a colon in the middle of a line ("... IN ATTENDANCE: ..."). */
    private final Pattern inlineLabel;
    /** A label in capitals anywhere on a line, with or without a separator. */
    private final Pattern capitalsLabel;
    /** A label after a sentence's end with a bullet for its separator ("... Legal Services. In Attendance • John ..."). */
    private final Pattern bulletLabel;

    /**
     * A list announced by a sentence: "There were present:", "The following officers were in
     * attendance:", "The following were also present at the meeting:", "Present were:". Group 1 is
     * a qualifier, 2 the group, 3 a second qualifier and 4 the status, where given.
     */
    private static final Pattern WERE_PRESENT = Pattern.compile(
            "(?i)\\b(?:when\\s+)?there\\s+were\\s+(?:(also)\\s+)?(present|in\\s+attendance)\\s*:"
            + "|\\bthe\\s+following(?:\\s+(also|other|non[- ]?[a-z]+|visiting|ward))?"
            + "(?:\\s+(members?|councillors?|officers?|officials|staff|others|persons?|people))?"
            + "\\s+(?:were|was)\\s+(?:(also)\\s+)?(present|in\\s+attendance|attending)(?:\\s+at\\s+the\\s+meeting)?\\s*:"
            + "|\\bpresent\\s+were\\s*:");

    /**
     * A label composed the way minutes compose them, of a group of people, the body they belong
     * to and their status: "Members of the Cabinet present", "Other Members present", "Non-Cabinet
     * Members in attendance", "Officers attending", "Committee Members absent". The lexicon lists
     * fixed labels; this covers their many compounds.
     */
    private static final Pattern GROUP_LABEL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}'’])("
            + "(?:(also|other|non[- ]?[a-z]+|visiting|ward|cabinet|committee|sub-committee|panel|board|executive|council|voting|co-opted)[ \\t]+)?"
            + "(members?|councillors?|cllrs\\.?|officers?|officials|staff|others)"
            + "(?:[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:[\\p{L}&'’-]+[ \\t]+){0,5}?(?:cabinet|committee|sub-committee|council|board|panel|executive|authority|forum|group|commission))?"
            + "[ \\t]+(present|in[ \\t]+attendance|attending|absent|not[ \\t]+present))(?![\\p{L}])[ \\t]*(:-|:|–(?=\\s)|-(?=\\s))?");
    /** A line that is only two labels joined by a slash, the same label in two languages. */
    private static final Pattern BILINGUAL = Pattern.compile(
            "^[ \\t]*(\\p{L}[\\p{L}'’ ]{1,40}?)[ \\t]*/[ \\t]*(\\p{L}[\\p{L}'’ ]{1,40}?)[ \\t]*(?::-|:)?[ \\t]*$");
    private static final Pattern OTHERS_QUALIFIER = Pattern.compile("(?i)also|other|non.*|visiting|ward");

    AttendanceLabels(Lexicons lexicons) {
        this.lexicons = lexicons;
        List<String> labels = new ArrayList<>(lexicons.attendanceLabels().keys());
        labels.sort(Comparator.comparingInt(String::length).reversed());
        String alternatives = String.join("|", labels.stream().map(AttendanceLabels::labelRegex).toList());
        // An item number may stand before the label ("3.", "(b)", "SPCLL.20"), but a word may not:
        // in "Also present:" the label is the whole phrase, not "present" numbered "Also".
        this.lineLabel = Pattern.compile("(?i)^[ \\t]*(?:\\(?(?=[A-Za-z]{0,6}\\d|[A-Za-z]{1,4}[.)])[\\dA-Za-z]{1,6}(?:[./]\\d{1,4}){0,3}[.)]?[ \\t]+)?"
                + "(?:[-•·][ \\t]*)?\\(?(" + alternatives
                + ")\\)?[ \\t]*(:-|:|;|–(?=\\s)|-(?=\\s))?");
        // Not inside a word, but a rule of dashes or a bracket may run into it ("-----Present:").
        this.inlineLabel = Pattern.compile("(?<![\\p{L}\\p{N}'’])(" + String.join("|", labels.stream()
                .filter(l -> lexicons.attendanceLabels().contains(l, "inline") || lexicons.attendanceLabels().contains(l, "label-only"))
                .flatMap(AttendanceLabels::writtenForms).toList())
                + ")(:-|:)(?=\\s|\\p{Lu}|$)");
        this.capitalsLabel = Pattern.compile("(?<![\\p{L}\\p{N}'’])(" + String.join("|", labels.stream()
                .filter(this::mayRunIn).map(l -> labelRegex(l.toUpperCase(Locale.ROOT))).toList())
                + ")(?:(?![\\p{L}])|(?=\\p{Lu}\\p{Ll}))[ \\t]*(:-|:|–|-)?");
        this.bulletLabel = Pattern.compile("(?<=[.;:)][ \\t]{1,3})(" + String.join("|", labels.stream()
                .filter(this::mayHeadBullets).flatMap(AttendanceLabels::writtenForms).toList()) + ")[ \\t]*(?=[•·])");
    }

    /** Labels that name no person (not "Chair", "Councillors"): those that may stand in front of a bulleted list. */
    private boolean mayHeadBullets(String label) {
        return !lexicons.honorifics().contains(label) && !Lexicon.key(label).equals("members");
    }

    /** Labels that may stand in capitals before their list: those that name no post or group, and the chair's. */
    private boolean mayRunIn(String label) {
        return lexicons.attendanceLabels().contains(label, "label-only")
                || section(label).equals("chair") && !lexicons.honorifics().contains(label);
    }

    /** The labels on {@code line}, in no particular order; {@code givenNames} are this document's known given names. */
    List<Found> in(Line line, Set<String> givenNames) {
        List<Found> out = new ArrayList<>();
        String t = line.text();
        Matcher two = BILINGUAL.matcher(t);
        if (two.matches()) {
            // "SWYDDOGION / OFFICERS", "Present / Yn bresennol": one label in two languages.
            Optional<String> known = lexicons.attendanceSection(two.group(2)).or(() -> lexicons.attendanceSection(two.group(1)));
            if (known.isPresent()) {
                out.add(new Found(known.get(), line.start() + two.start(1), line.start() + two.end()));
                return out;
            }
        }
        Matcher m = lineLabel.matcher(t);
        if (m.lookingAt() && acceptLineLabel(m, t, givenNames)) {
            out.add(new Found(section(m.group(1)), line.start() + m.start(1), line.start() + m.end()));
        }
        Matcher inline = inlineLabel.matcher(t);
        while (inline.find()) {
            add(out, new Found(section(inline.group(1)), line.start() + inline.start(1), line.start() + inline.end()));
        }
        Matcher caps = capitalsLabel.matcher(t);
        while (caps.find()) {
            boolean separated = caps.group(2) != null && caps.group(2).startsWith(":");
            if (!separated && !glued(t, caps.end(1)) && !startsList(t.substring(caps.end()), givenNames)) {
                continue;
            }
            add(out, new Found(section(caps.group(1)), line.start() + caps.start(1), line.start() + caps.end()));
        }
        Matcher bullet = bulletLabel.matcher(t);
        while (bullet.find()) {
            add(out, new Found(section(bullet.group(1)), line.start() + bullet.start(1), line.start() + bullet.end()));
        }
        Matcher group = GROUP_LABEL.matcher(t);
        while (group.find()) {
            boolean separated = group.group(5) != null && group.group(5).startsWith(":");
            boolean atStart = t.substring(0, group.start()).matches("[ \\t]*(?:\\(?[\\dA-Za-z]{1,6}(?:[./]\\d{1,4}){0,3}[.)]?[ \\t]+)?(?:[-•·][ \\t]*)?");
            String rest = t.substring(group.end()).strip();
            if (separated || atStart && (rest.isEmpty() || group.group(5) != null || startsList(rest, givenNames))) {
                add(out, new Found(groupSection(group), line.start() + group.start(1), line.start() + group.end()));
            }
        }
        Matcher were = WERE_PRESENT.matcher(t);
        if (were.find()) {
            add(out, new Found(announcedSection(were), line.start() + were.start(), line.start() + were.end()));
        }
        return out;
    }

    /** Adds {@code label}; of two labels that overlap ("MEMBERS PRESENT:" and "PRESENT:") the longer stays. */
    private static void add(List<Found> out, Found label) {
        List<Found> overlapping = out.stream().filter(l -> l.start() < label.end() && label.start() < l.end()).toList();
        if (overlapping.stream().allMatch(l -> l.end() - l.start() < label.end() - label.start())) {
            out.removeAll(overlapping);
            out.add(label);
        }
    }

    private boolean acceptLineLabel(Matcher m, String line, Set<String> givenNames) {
        String label = m.group(1);
        boolean opened = m.start(1) > 0 && line.charAt(m.start(1) - 1) == '(';
        boolean closed = m.end(1) < line.length() && line.charAt(m.end(1)) == ')';
        if (opened != closed) {
            // "(Officials)Mr L Hannaway": a group in brackets heads its list; a bracket on one side only does not.
            return false;
        }
        String separator = m.group(2);
        String rest = line.substring(m.end()).strip();
        boolean honorificLike = lexicons.honorifics().contains(label) || Lexicon.key(label).equals("members");
        if (separator != null && !separator.equals("-") && !separator.equals("–")) {
            return true;
        }
        if (honorificLike) {
            return false;
        }
        if (rest.isEmpty() || rest.equals(".") || separator != null) {
            return true;
        }
        // "Present Jane Gorman, Thomas Barr, ...", "PRESENT Members": no colon, the list follows. Not
        // "In the Chair A.Vigrass, A.Stanley, ...": a chair's words open the list they stand in.
        return !section(label).equals("chair") && (startsList(rest, givenNames) || isPrefixOnly(rest) || glued(line, m.end(1)));
    }

    /**
     * True when a label in capitals is run into a capitalised word with no space, "PRESENTAn
     * tArd-Mhéara ...", "ALSO PRESENTMr. T. Lucey": a lost line break, not a longer word.
     */
    private static boolean glued(String line, int labelEnd) {
        return labelEnd + 1 < line.length() && Character.isUpperCase(line.charAt(labelEnd)) && Character.isLowerCase(line.charAt(labelEnd + 1))
                && labelEnd >= 2 && Character.isUpperCase(line.charAt(labelEnd - 1)) && Character.isUpperCase(line.charAt(labelEnd - 2));
    }

    /** True when {@code rest} is only a plural title or a group word: "PRESENT Members". */
    private boolean isPrefixOnly(String rest) {
        String bare = rest.replaceAll("[:;,.\\s-]+$", "");
        return lexicons.honorifics().contains(bare) || lexicons.attendanceLabels().contains(bare);
    }

    /**
     * True when a list of people starts at the beginning of {@code rest}: a title ("Councillor",
     * "Cllrs.", "Mr"), a post used as a title ("Provost"), or a name that reads as one by itself
     * (a known given name or initials, and a family name).
     */
    boolean startsList(String rest, Set<String> givenNames) {
        List<Word> words = Words.of(rest.length() > 120 ? rest.substring(0, 120) : rest);
        int from = 0;
        while (from < words.size() && words.get(from).text().matches("[-–—:•·]")) {
            from++;
        }
        if (from >= words.size()) {
            return false;
        }
        List<String> texts = words.stream().map(Word::text).toList();
        int title = Math.max(lexicons.honorifics().longestMatch(texts, from), lexicons.roleTitles().longestMatch(texts, from));
        if (title > 0 && from + title < words.size() && words.get(from + title).isCapitalised()) {
            return true;
        }
        return names.parse(words, from, words.size(), null, PersonNameParser.Context.PROSE, givenNames).isPresent();
    }

    /** The section a composed label opens: the absent, the others attending, or the members present. */
    private static String groupSection(Matcher label) {
        String status = label.group(4).toLowerCase(Locale.ROOT);
        if (status.equals("absent") || status.startsWith("not")) {
            return "absent";
        }
        String group = label.group(3).toLowerCase(Locale.ROOT);
        boolean members = group.startsWith("member") || group.startsWith("councillor") || group.startsWith("cllr");
        return members && (label.group(2) == null || !OTHERS_QUALIFIER.matcher(label.group(2)).matches()) ? "present" : "attendance";
    }

    /**
     * Members announced as present are present; officers, others and anyone announced as "also"
     * present or "in attendance" attend.
     */
    private static String announcedSection(Matcher were) {
        boolean also = were.group(1) != null || were.group(3) != null || were.group(5) != null;
        String group = were.group(4) == null ? "" : were.group(4).toLowerCase(Locale.ROOT);
        String status = were.group(2) != null ? were.group(2) : were.group(6);
        boolean members = group.startsWith("member") || group.startsWith("councillor");
        boolean others = !members && !group.isEmpty() && !group.startsWith("person") && !group.equals("people");
        boolean attending = status != null && !status.equalsIgnoreCase("present");
        return also || others || attending && !members ? "attendance" : "present";
    }

    private String section(String label) {
        return lexicons.attendanceSection(label).orElse("present");
    }

    /**
     * The ways a label that may stand mid-line is written: in capitals ("IN ATTENDANCE"), with a
     * capital first letter ("In attendance"), or a capital to each word ("In Attendance").
     */
    private static Stream<String> writtenForms(String key) {
        String first = Character.toUpperCase(key.charAt(0)) + key.substring(1);
        StringBuilder title = new StringBuilder();
        for (String w : key.split(" ")) {
            title.append(title.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        Stream<String> forms = Stream.of(first, title.toString());
        if (key.contains(" ") || !key.equals("also")) {
            forms = Stream.concat(Stream.of(key.toUpperCase(Locale.ROOT)), forms);
        }
        return forms.distinct().map(AttendanceLabels::labelRegex);
    }

    private static String labelRegex(String key) {
        StringBuilder b = new StringBuilder();
        for (String word : key.split(" ")) {
            if (!b.isEmpty()) {
                b.append("[ \\t]+");
            }
            b.append(Pattern.quote(word).replace("\\Q", "").replace("\\E", "").replace(".", "\\.?"));
        }
        return b.toString();
    }
}
