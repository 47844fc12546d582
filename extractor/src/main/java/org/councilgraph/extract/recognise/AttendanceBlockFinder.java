package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonListParser;
import org.councilgraph.extract.name.RolePhrase;
import org.councilgraph.extract.segment.HeadingText;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds the attendance lists of a document: labelled lists in the header or under an item
 * headed like a label ("Apologies", "Present"), labels run together on one line
 * ("PRESENT: ... APOLOGIES: ..."), and a list of names at the head of the minutes with no label.
 */
final class AttendanceBlockFinder {

    private final Lexicons lexicons;


    AttendanceBlockFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.labels = new AttendanceLabels(lexicons);
        this.people = new PersonListParser();
    }

    private final AttendanceLabels labels;
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^\\s*\\.?\\s*(?:(?:were|was|have been|had been)\\s+)?(?:received|submitted|given|tendered|noted)?\\s*(?:from|by|on behalf of)?\\s*:?\\s*");
    /** A group in brackets just after a label: "In attendance: (Councillors)". */
    private static final Pattern SUB_LABEL = Pattern.compile("[ \\t]*\\(\\s*(\\p{L}[\\p{L} ]{2,40}?)\\s*\\)[ \\t]*:?");
    /** The verb an agenda puts before a label: "To receive apologies", "To note and accept apologies". */
    private static final Pattern AGENDA_VERB = Pattern.compile(
            "(?i)^(?:to\\s+)?(?:receive|note|accept|record|consider|approve)(?:\\s*(?:,|and|&)\\s*(?:receive|accept|approve|note|consider|record))*\\s+(?:any\\s+)?");
    private static final Pattern OTHER_LABEL = Pattern.compile("(?i)^\\s*(?:contact|venue|tel|email|link|webcast|media|date|time|place)\\s*:");

    private final PersonListParser people;

    List<AttendanceBlock> find(DocumentAnalysis minutes) {
        DocumentText text = minutes.text();
        List<Span> regions = new ArrayList<>();
        List<AttendanceLabels.Found> headings = new ArrayList<>();
        regions.add(minutes.header());
        for (ItemSegment item : minutes.items()) {
            if (isAttendanceHeading(item.title()) || headedBySplitLabel(text, item, minutes)) {
                regions.add(item.whole());
            } else {
                agendaHeadingSection(item.title()).ifPresent(section -> {
                    regions.add(item.whole());
                    headings.add(new AttendanceLabels.Found(section, item.heading().start(), text.lineAt(item.heading().end() - 1).end()));
                });
            }
        }
        List<AttendanceBlock> blocks = new ArrayList<>();
        for (Span region : regions) {
            blocks.addAll(labelled(text, region, minutes, headings));
        }
        List<AttendanceBlock> cells = cellRows(text);
        if (!cells.isEmpty()) {
            // The grid's status cells read as labels too ("Present" after a name): the grid says whose they are.
            blocks.removeIf(b -> cells.stream().anyMatch(c -> c.label().overlaps(b.label() == null ? b.content() : b.label())
                    || c.content().overlaps(b.content())));
            blocks.addAll(cells);
        }
        blocks.addAll(statusRows(text, blocks));
        unlabelled(text, minutes.header(), blocks).ifPresent(blocks::add);
        blocks.sort(Comparator.comparing(AttendanceBlock::content));
        return membersInAttendance(text, blocks);
    }

    /**
     * With no list of those present, an "In attendance:" list followed by an "Also in attendance:"
     * (or "Also present:") list is the members' list: "also" says the second list is of others
     * ("In the Chair: ... In Attendance: Councillor C Burns ... Also in Attendance: Mr T McCall, Clerk").
     */
    private static List<AttendanceBlock> membersInAttendance(DocumentText text, List<AttendanceBlock> blocks) {
        if (blocks.stream().anyMatch(b -> b.section().contains("present"))) {
            return blocks;
        }
        List<AttendanceBlock> out = new ArrayList<>(blocks);
        for (int i = 0; i < out.size(); i++) {
            AttendanceBlock b = out.get(i);
            if (!b.section().equals("attendance") || b.label() == null || labelKey(text, b).startsWith("also")) {
                continue;
            }
            boolean alsoAfter = out.subList(i + 1, out.size()).stream()
                    .anyMatch(o -> o.section().equals("attendance") && o.label() != null && labelKey(text, o).startsWith("also"));
            if (alsoAfter) {
                out.set(i, new AttendanceBlock("present", b.label(), b.content()));
            }
            break;
        }
        return out;
    }

    private static String labelKey(DocumentText text, AttendanceBlock b) {
        return Lexicon.key(text.flat(b.label())).replaceAll("[^a-z ]", " ").strip();
    }

    /** "Also in" read as a heading over "Attendance:": a label broken over two lines heads the item. */
    private boolean headedBySplitLabel(DocumentText text, ItemSegment item, DocumentAnalysis minutes) {
        Line heading = text.lineAt(item.heading().start());
        if (item.number() != null || heading.index() + 1 >= text.lines().size()) {
            return false;
        }
        Line next = text.lines().get(heading.index() + 1);
        return labels.in(next, minutes.givenNames()).stream()
                .anyMatch(found -> joinedWithLineBefore(text, next, found).start() == heading.trimmedSpan().start());
    }

    /** True for item headings that are attendance labels: "Apologies for Absence", "Present". */
    boolean isAttendanceHeading(String title) {
        String t = HeadingText.clean(title);
        return lexicons.attendanceLabels().contains(t) && !Lexicon.key(t).equals("attendance")
                || Lexicon.key(t).startsWith("apologies");
    }

    /**
     * The section an agenda's wording of a label heads, "To receive apologies for absence", "To
     * note apologies": the heading is the label of the list in the item's body.
     */
    java.util.Optional<String> agendaHeadingSection(String title) {
        Matcher verb = AGENDA_VERB.matcher(HeadingText.clean(title));
        if (!verb.lookingAt()) {
            return java.util.Optional.empty();
        }
        String rest = HeadingText.clean(title).substring(verb.end()).replaceAll("[.:;\\s]+$", "");
        if (Lexicon.key(rest).startsWith("apologies")) {
            return java.util.Optional.of("apologies");
        }
        return lexicons.attendanceSection(rest).filter(section -> !section.equals("chair") && lexicons.attendanceLabels().contains(rest, "label-only"));
    }

    private List<AttendanceBlock> labelled(DocumentText text, Span region, DocumentAnalysis minutes, List<AttendanceLabels.Found> headings) {
        List<int[]> labels = new ArrayList<>();
        List<String> sections = new ArrayList<>();
        for (AttendanceLabels.Found heading : headings) {
            if (region.contains(heading.start())) {
                labels.add(new int[] {heading.start(), heading.end()});
                sections.add(heading.section());
            }
        }
        for (Line line : text.lines()) {
            if (line.end() <= region.start() || line.start() >= region.end() || line.isBlank()) {
                continue;
            }
            for (AttendanceLabels.Found found : this.labels.in(line, minutes.givenNames())) {
                if (region.contains(found.start())) {
                    found = joinedWithLineBefore(text, line, found);
                    Matcher sub = SUB_LABEL.matcher(text.text()).region(found.end(), Math.min(line.end(), found.end() + 60));
                    String subSection = sub.lookingAt() ? lexicons.attendanceSection(sub.group(1)).orElse(null) : null;
                    if (subSection != null && (subSection.equals("present") || subSection.equals("attendance"))
                            && (found.section().equals("present") || found.section().equals("attendance"))) {
                        // "In attendance: (Councillors)": the bracketed group says whose list this is.
                        labels.add(new int[] {found.start(), sub.end()});
                        sections.add(subSection);
                    } else {
                        labels.add(new int[] {found.start(), found.end()});
                        sections.add(found.section());
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> labels.get(i)[0]));
        List<AttendanceBlock> out = new ArrayList<>();
        List<String> detached = new ArrayList<>();
        String previousSection = null;
        for (int k = 0; k < order.size(); k++) {
            int[] label = labels.get(order.get(k));
            String section = sections.get(order.get(k));
            if (previousSection != null && Lexicon.key(text.quote(new Span(label[0], label[1]))).replaceAll("[^a-z ]", "").strip().equals("also")) {
                // "Also:" continues the list it stands in: non-members under Present attend, under Apologies they sent apologies.
                section = previousSection.equals("present") ? "attendance" : previousSection;
            }
            previousSection = section;
            int limit = k + 1 < order.size() ? labels.get(order.get(k + 1))[0] : region.end();
            Span content = listExtent(text, label[1], limit, region.end());
            if (text.quote(content).isBlank()) {
                if (!text.quote(new Span(label[1], Math.max(label[1], Math.min(limit, text.lineAt(label[1]).end() + 200)))).strip()
                        .matches("(?s)(?:[\\s•·-]*)") && !detachedLabelsFollow(text, label[1], limit)) {
                    // "Absent: There were no absences": an empty list, not a label printed apart from its list.
                    continue;
                }
                detached.add(section);
                continue;
            }
            if (!detached.isEmpty()) {
                // "PRESENT: APOLOGIES: names ... names": labels printed apart from their lists.
                detached.add(section);
                out.add(new AttendanceBlock(String.join("+", detached), new Span(label[0], label[1]), content));
                detached.clear();
                continue;
            }
            out.add(new AttendanceBlock(section, new Span(label[0], label[1]), content));
        }
        return out;
    }

    /**
     * A label broken over two lines by a PDF's line break, "Also in" above "Attendance:": when the
     * line before holds only the words that make this label a longer one, the label starts there.
     */
    private AttendanceLabels.Found joinedWithLineBefore(DocumentText text, Line line, AttendanceLabels.Found found) {
        if (line.index() == 0 || found.start() != line.trimmedSpan().start()) {
            return found;
        }
        Line before = text.lines().get(line.index() - 1);
        String words = before.trimmed();
        if (words.isEmpty() || words.length() > 30 || words.endsWith(":")) {
            return found;
        }
        String label = text.quote(new Span(found.start(), found.end())).replaceAll("[:;–\\s-]+$", "");
        String joined = words + " " + label;
        return lexicons.attendanceSection(joined).filter(section -> lexicons.attendanceLabels().contains(joined))
                .map(section -> new AttendanceLabels.Found(section, before.trimmedSpan().start(), found.end())).orElse(found);
    }

    /** True when only white space lies between this label and the next: "PRESENT: APOLOGIES: ...". */
    private static boolean detachedLabelsFollow(DocumentText text, int from, int limit) {
        return text.quote(new Span(from, Math.max(from, limit))).isBlank();
    }

    /**
     * Where a list starting at {@code from} ends: at the next label, or at the first line that is
     * not part of a list (a sentence, a heading), skipping blank lines between list lines.
     */
    private Span listExtent(DocumentText text, int from, int limit, int regionEnd) {
        Line first = text.lineAt(from);
        int end = Math.min(first.end(), limit);
        int start = from;
        Matcher lead = LEAD_IN.matcher(text.text()).region(from, end);
        if (lead.lookingAt()) {
            start = lead.end();
        }
        if (end >= limit) {
            return text.trim(new Span(start, Math.max(start, limit)));
        }
        boolean newParagraph = false;
        for (int i = first.index() + 1; i < text.lines().size(); i++) {
            Line line = text.lines().get(i);
            if (line.start() >= limit || line.start() >= regionEnd) {
                break;
            }
            if (line.isBlank()) {
                newParagraph = true;
                continue;
            }
            if (newParagraph && isSentence(text, line)) {
                Matcher continued = LEAD_IN.matcher(text.text()).region(line.trimmedSpan().start(), line.end());
                boolean leadIn = continued.lookingAt() && text.quote(new Span(continued.start(), continued.end())).chars().anyMatch(Character::isLetter);
                if (!leadIn || !text.quote(new Span(start, Math.max(start, end))).isBlank()) {
                    // A paragraph that reads as a sentence of its own ("The Head of Planning (Jane Doe)
                    // attended.") is not a list line: the sentence recognisers read its people. Only a
                    // sentence that finishes the label ("Apologies" then "were received from: ...") is its list.
                    break;
                }
            }
            newParagraph = false;
            if (!isListLine(text, line)) {
                if (isNoise(line) && nextIsList(text, i, limit)) {
                    continue;
                }
                break;
            }
            end = Math.min(line.end(), limit);
        }
        return text.trim(new Span(start, Math.max(start, end)));
    }

    /** A short line with no names and no verb inside a list ("One member of the public"). */
    private static boolean isNoise(Line line) {
        String t = line.trimmed();
        return t.split("\\s+").length <= 6 && !HeadingText.isSentence(t) && !t.endsWith(":");
    }

    private boolean nextIsList(DocumentText text, int index, int limit) {
        for (int k = index + 1; k < text.lines().size() && text.lines().get(k).start() < limit; k++) {
            Line next = text.lines().get(k);
            if (!next.isBlank()) {
                return isListLine(text, next);
            }
        }
        return false;
    }

    /** True for a line of names, a prefix line ("County Councillors"), or a role label line ("Directors: ..."). */
    boolean isListLine(DocumentText text, Line line) {
        String t = line.trimmed();
        if (OTHER_LABEL.matcher(t).find() || lexicons.boilerplate().contains(t)) {
            return false;
        }
        String bare = t.replaceAll("[:;,.\\s]+$", "");
        if (lexicons.honorifics().contains(bare) || lexicons.roleTitles().contains(bare)
                || lexicons.postWords().contains(bare, "group")) {
            return true;
        }
        var result = people.parse(text, line.trimmedSpan(), null, PersonListParser.Mode.BLOCK);
        if (result.people().isEmpty()) {
            return false;
        }
        int covered = 0;
        for (var p : result.people()) {
            covered += p.name().span().length() + (p.roleSpan() == null ? 0 : p.roleSpan().length());
        }
        long letters = t.chars().filter(Character::isLetter).count();
        boolean leadsWithName = result.people().get(0).name().span().start() <= line.trimmedSpan().start() + 2;
        return covered * 2 >= letters || result.people().size() >= 3 || leadsWithName && !isSentence(text, line);
    }

    /** A run of name lines at the head of the minutes, before the first item, with no label. */
    private java.util.Optional<AttendanceBlock> unlabelled(DocumentText text, Span header, List<AttendanceBlock> labelled) {
        var present = labelled.stream().filter(b -> b.section().equals("present") || b.section().equals("chair"))
                .map(b -> b.label() == null ? b.content().start() : b.label().start()).min(Integer::compare);
        int start = -1;
        int end = -1;
        for (Line line : text.lines()) {
            if (line.end() > header.end()) {
                break;
            }
            if (line.isBlank() || inside(labelled, line.span())) {
                if (inside(labelled, line.span()) && start >= 0) {
                    break;
                }
                continue;
            }
            boolean list = isListLine(text, line) && !isSentence(text, line);
            if (list) {
                if (start < 0) {
                    start = line.trimmedSpan().start();
                }
                end = line.trimmedSpan().end();
            } else if (start >= 0) {
                break;
            }
        }
        if (start < 0 || isOneUntitledName(text, new Span(start, end))) {
            return java.util.Optional.empty();
        }
        if (present.isPresent()) {
            // Names standing just before a labelled list ("Chairman Siddall" above "Councillors: ...") belong to it.
            int presentLine = text.lineAt(present.get()).start();
            String between = text.text().substring(Math.min(end, presentLine), presentLine);
            if (present.get() < start || end > presentLine || !between.isBlank()) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new AttendanceBlock("present", null, new Span(start, end)));
    }

    /**
     * One name with no title at the head of a page ("Classic Victoria Sponge") is a title line as
     * often as a list; an unlabelled list names several people, or gives them titles.
     */
    private boolean isOneUntitledName(DocumentText text, Span block) {
        var found = people.parse(text, block, null, PersonListParser.Mode.BLOCK).people();
        return found.size() < 2 && found.stream().allMatch(p -> p.name().honorifics().isEmpty() && p.name().roleTitle() == null);
    }

    private boolean isSentence(DocumentText text, Line line) {
        var result = people.parse(text, line.trimmedSpan(), null, PersonListParser.Mode.PROSE);
        return result.end() < line.trimmedSpan().end() && HeadingText.isSentence(text.quote(new Span(result.end(), line.trimmedSpan().end())));
    }

    /** The cells of a table row: split at a pipe, a tab or a run of three or more spaces. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\|\\s*|\\t+\\s*| {3,}");

    /**
     * A member grid: table rows that give a name and, in the last cell, its attendance status
     * ("| Councillor C White | Apologies |", "Cllr D Black	Absent"). Each row is a block of
     * its own, labelled by its status cell. Two such rows at least, so that one line ending in
     * a status word is not taken for a table.
     */
    private List<AttendanceBlock> statusRows(DocumentText text, List<AttendanceBlock> found) {
        List<AttendanceBlock> rows = new ArrayList<>();
        for (Line line : text.lines()) {
            if (line.isBlank() || inside(found, line.span())) {
                continue;
            }
            List<Span> cells = new ArrayList<>();
            Matcher m = CELL_BREAK.matcher(line.text());
            int from = 0;
            while (m.find()) {
                addCell(text, line, from, m.start(), cells);
                from = m.end();
            }
            addCell(text, line, from, line.text().length(), cells);
            if (cells.size() < 2) {
                continue;
            }
            Span status = cells.get(cells.size() - 1);
            var section = statusSection(text.quote(status));
            Span name = cells.get(0);
            if (section.isPresent() && lexicons.attendanceSection(text.quote(name).strip()).isEmpty()
                    && text.quote(name).chars().filter(Character::isLetter).count() >= 3) {
                List<Span> between = cells.subList(1, cells.size() - 1);
                boolean roles = !between.isEmpty() && between.stream().allMatch(c -> RolePhrase.isRole(text.quote(c).strip()));
                rows.add(new AttendanceBlock(section.get(), status, name,
                        roles ? new Span(between.get(0).start(), between.get(between.size() - 1).end()) : null));
            }
        }
        return rows.size() >= 2 ? rows : List.of();
    }

    /**
     * A member grid flattened one cell to a line, as a web page's attendance table becomes when
     * copied as text: a name, perhaps its role, then its status ("Councillor R Amos ⏎ Chair ⏎
     * Present ⏎ Councillor S Bird ⏎ Committee Member ⏎ Apologies"). Each row is a block labelled by
     * its status line. Two rows at least, each with exactly one name before its status.
     */
    private List<AttendanceBlock> cellRows(DocumentText text) {
        List<Line> lines = text.lines().stream().filter(l -> !l.isBlank()).toList();
        List<AttendanceBlock> best = List.of();
        List<AttendanceBlock> run = new ArrayList<>();
        int after = 0;
        for (int i = 0; i < lines.size(); i++) {
            var status = gridStatus(lines.get(i));
            if (status.isEmpty()) {
                continue;
            }
            // A row is its name and role cells, nothing more; only the first row may follow the table's head cells.
            int name = -1;
            for (int k = i - 1; k >= after; k--) {
                if (isNameCell(text, lines.get(k))) {
                    name = k;
                    break;
                }
            }
            boolean row = name >= 0 && (run.isEmpty() || name == after) && i - name <= 3
                    && lines.subList(name + 1, i).stream().allMatch(l -> RolePhrase.isRole(l.trimmed()) && !isNameCell(text, l));
            if (row) {
                Span role = name + 1 < i ? new Span(lines.get(name + 1).trimmedSpan().start(), lines.get(i - 1).trimmedSpan().end()) : null;
                run.add(new AttendanceBlock(status.get(), lines.get(i).trimmedSpan(), lines.get(name).trimmedSpan(), role));
            } else {
                run = new ArrayList<>();
            }
            if (run.size() > best.size()) {
                best = run;
            }
            after = i + 1;
        }
        return best.size() >= 2 ? List.copyOf(best) : List.of();
    }

    /** The status a whole line states, as a grid's status cell: "Present", "Apologies", "Absent", "In attendance". */
    private java.util.Optional<String> gridStatus(Line line) {
        if (line.trimmed().endsWith(":")) {
            // "Apologies:" heads a list; a status cell has no colon.
            return java.util.Optional.empty();
        }
        return statusSection(line.trimmed()).filter(v -> lexicons.attendanceLabels().contains(withoutSubstitution(line.trimmed()), "label-only"));
    }

    /** The attendance a status cell states (present, apologies, absent, attendance), substitution aside. */
    private java.util.Optional<String> statusSection(String cell) {
        return lexicons.attendanceSection(withoutSubstitution(cell))
                .filter(v -> v.equals("present") || v.equals("apologies") || v.equals("absent") || v.equals("attendance"));
    }

    /** A status cell without what it says of substitution: "Present, as substitute", "Apologies, sent substitute". */
    private static String withoutSubstitution(String status) {
        return status.strip().replaceAll("[.:]$", "").replaceAll("(?i),?\\s+(?:as|sent)\\s+(?:a\\s+)?substitute$", "");
    }

    /** A line that is one person's name and nothing else: a grid's name cell. */
    private boolean isNameCell(DocumentText text, Line line) {
        var found = people.parse(text, line.trimmedSpan(), null, PersonListParser.Mode.BLOCK).people();
        return found.size() == 1 && found.get(0).role() == null
                && found.get(0).name().span().length() * 10 >= line.trimmed().length() * 8;
    }

    private static void addCell(DocumentText text, Line line, int from, int to, List<Span> cells) {
        if (to > from && !line.text().substring(from, to).isBlank()) {
            cells.add(text.trim(new Span(line.start() + from, line.start() + to)));
        }
    }

    private static boolean inside(List<AttendanceBlock> blocks, Span span) {
        return blocks.stream().anyMatch(b -> b.content().overlaps(span) || b.label() != null && b.label().overlaps(span));
    }
}
