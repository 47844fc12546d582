package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.PersonListParser;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.RolePhrase;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Turns attendance lists into attendance and role facts: who was present (members), who
 * attended (officers, visiting councillors, guests, with their posts), who sent apologies, who
 * substituted for whom, and who presided.
 */
final class AttendanceListRecogniser implements Recogniser {

    private final Lexicons lexicons;
    private final Participation participation;


    AttendanceListRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.participation = new Participation(lexicons);
        this.blocks = new AttendanceBlockFinder(lexicons);
    }

    private final AttendanceBlockFinder blocks;
    private final PersonListParser parser = new PersonListParser();

    @Override
    public List<Fact> recognise(DocumentAnalysis minutes, Facts found) {
        List<Fact> out = new ArrayList<>();
        DocumentText text = minutes.text();
        boolean executive = EXECUTIVE.matcher(text.quote(minutes.header())).find();
        Legend legend = Legend.in(text.quote(minutes.header()));
        for (AttendanceBlock block : blocks.find(minutes)) {
            String prefix = block.label() == null ? null
                    : lexicons.honorifics().value(text.flat(block.label()).replaceAll("[:;\\s-]+$", "")).orElse(null);
            List<ListedPerson> listed = parser.parse(text, block.content(), prefix, PersonListParser.Mode.BLOCK, minutes.givenNames()).people();
            if (legend != null && block.section().equals("present")) {
                List<ListedPerson> marked = listed.stream().filter(p -> legend.marks(text, p)).toList();
                for (ListedPerson p : marked) {
                    out.add(new Attendance(p.name(), legend.status(), null, false, null, p.name().span()));
                }
                listed = listed.stream().filter(p -> !marked.contains(p)).toList();
            }
            if (block.section().contains("+")) {
                detached(block, listed, out, text, executive);
            } else {
                for (ListedPerson p : listed) {
                    facts(p, block.section(), listed, out, block, text, executive);
                }
            }
        }
        return out;
    }

    /** Labels printed apart from their lists: the names are split into groups, one per label, in order. */
    private void detached(AttendanceBlock block, List<ListedPerson> listed, List<Fact> out, DocumentText text, boolean executive) {
        String[] sections = block.section().split("\\+");
        List<List<ListedPerson>> groups = new ArrayList<>();
        for (ListedPerson p : listed) {
            boolean newGroup = groups.isEmpty() || p.afterSentenceBreak() && groups.size() < sections.length;
            if (newGroup) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(p);
        }
        for (int g = 0; g < groups.size(); g++) {
            String section = sections[Math.min(g, sections.length - 1)];
            for (ListedPerson p : groups.get(g)) {
                facts(p, section, groups.get(g), out, block, text, executive);
            }
        }
    }

    /**
     * {@code executive}: the minutes are of a cabinet or an executive, whose members hold
     * portfolios; elsewhere a portfolio holder listed among those present attends as a guest.
     */
    private void facts(ListedPerson p, String section, List<ListedPerson> list, List<Fact> out, AttendanceBlock block,
            DocumentText text, boolean executive) {
        PersonName name = p.name();
        Span evidence = p.roleSpan() == null ? name.span() : name.span().union(p.roleSpan());
        if (block.label() != null && block.label().start() >= block.content().end()) {
            // A member grid's row: its status cell, after the name, is part of what says it.
            evidence = evidence.union(block.label());
        }
        String cellRole = p.role() == null && block.roleCell() != null ? text.flat(block.roleCell()).strip() : null;
        if (cellRole != null) {
            evidence = evidence.union(block.roleCell());
        }
        boolean visitorTitle = participation.isVisitorTitle(name) && !mostlyVisitors(list);
        AttendanceStatus status = switch (section) {
            case "apologies" -> AttendanceStatus.APOLOGIES;
            case "absent" -> AttendanceStatus.ABSENT;
            case "attendance" -> AttendanceStatus.IN_ATTENDANCE;
            case "substitutes" -> AttendanceStatus.SUBSTITUTE;
            default -> p.visitor() || visitorTitle
                    || participation.isAttendeeRole(p.role()) && !(executive && participation.isCouncillorInMembersPost(name, p.role()))
                    ? AttendanceStatus.IN_ATTENDANCE : AttendanceStatus.PRESENT;
        };
        if (p.substituteFor() != null && status == AttendanceStatus.PRESENT) {
            status = AttendanceStatus.SUBSTITUTE;
        }
        boolean chairTitle = "chair".equals(participation.titleKind(name))
                || cellRole != null && lexicons.attendanceSection(cellRole).filter("chair"::equals).isPresent();
        String role = cellRole != null ? cellRole : p.role();
        if (role == null && block.label() != null && list.size() == 1) {
            // "Chairman: Councillor J. Shipton" and "Clerk: Mrs P Lane" pair a post with its holder;
            // "In the Chair:", a group ("Officers:") and a label run into its sentence ("CHAIR
            // Councillor Jones (Provost) presided.") do not.
            String label = text.flat(block.label()).strip();
            String post = label.replaceAll("[:;\\s–-]+$", "");
            boolean singularPost = section.equals("attendance") && RolePhrase.isRole(post) && !post.endsWith("s");
            if ((section.equals("chair") || singularPost) && label.matches("(?s).*[:;–-]$") && !Lexicon.key(label).startsWith("in the")) {
                role = post;
            }
        }
        if (role == null && status == AttendanceStatus.IN_ATTENDANCE && name.roleTitle() != null) {
            role = name.roleTitle();
        }
        boolean presides = (p.presiding() || section.equals("chair") || chairTitle) && status != AttendanceStatus.IN_ATTENDANCE
                && status != AttendanceStatus.APOLOGIES;
        out.add(new Attendance(name, status, role, presides, p.substituteFor(), evidence));
        if (p.substitutedBy() != null) {
            out.add(new Attendance(p.substitutedBy(), AttendanceStatus.SUBSTITUTE, null, false, name,
                    evidence.union(p.substitutedBy().span())));
        }
        if (p.substituteFor() != null) {
            out.add(new Attendance(p.substituteFor(), AttendanceStatus.APOLOGIES, null, false, null,
                    p.substituteFor().span()));
        }
        if (role != null) {
            out.add(new RoleHolding(name, role, p.organisation(), evidence));
        }
        for (String other : p.otherRoles()) {
            out.add(new RoleHolding(name, other, p.organisation(), evidence));
        }
        String titleKind = participation.titleKind(name);
        if (titleKind != null && (!"visitor".equals(titleKind) || status != AttendanceStatus.PRESENT)
                && !name.roleTitle().equalsIgnoreCase(role == null ? "" : role)) {
            out.add(new RoleHolding(name, name.roleTitle(), null, name.span()));
        }
    }

    /**
     * A key to marks in a list of members: "(A) denotes apologies", "* denotes absent", "A =
     * Apologies". A member so marked in the list of those present sent apologies or was absent.
     */
    private record Legend(String mark, AttendanceStatus status) {

        private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
                "(?im)^[ \\t]*(?:key[ \\t]*:[ \\t]*)?(\\([ \\t]*[A-Za-z]{1,3}[ \\t]*\\)|\\*{1,2}|†|#|[A-Z]{1,2}(?=[ \\t]*=))[ \\t]*"
                        + "(?:denotes|indicates|means|=|[–-])[ \\t]*(?:an?[ \\t]+)?(apolog(?:ies|y)(?:[ \\t]+(?:received|given|for absence))?|absent|absence|not[ \\t]+present)\\b");

        static Legend in(String header) {
            java.util.regex.Matcher m = KEY.matcher(header);
            if (!m.find()) {
                return null;
            }
            String mark = m.group(1).replaceAll("\\s", "");
            return new Legend(mark, m.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("apolog")
                    ? AttendanceStatus.APOLOGIES : AttendanceStatus.ABSENT);
        }

        /** True when the mark stands right after the person's name or its bracket, or right before the name. */
        boolean marks(DocumentText text, ListedPerson p) {
            int end = p.roleSpan() != null && p.roleSpan().start() > p.name().span().end() ? p.roleSpan().end() : p.name().span().end();
            String after = text.text().substring(p.name().span().end(), Math.min(text.text().length(), end + 8)).split("\n", 2)[0].replaceAll("\\s", "");
            String before = text.text().substring(Math.max(0, p.name().span().start() - 3), p.name().span().start()).replaceAll("\\s", "");
            return after.startsWith(mark) || after.contains(")" + mark) || !mark.startsWith("(") && before.endsWith(mark)
                    || mark.matches("[A-Z]{1,2}") && after.startsWith("(" + mark + ")");
        }
    }

    private static final java.util.regex.Pattern EXECUTIVE = java.util.regex.Pattern.compile(
            "(?i)\\bcabinet\\b(?!\\s+(?:members?|portfolio|lead|member's))|\\bexecutive\\s+(?:board|committee|meeting)\\b|\\b(?:of|the)\\s+executive\\b(?!\\s+(?:director|officer|head|manager))");

    /** True when most of a list carries a visiting-councillor title: then it is the members' own title. */
    private boolean mostlyVisitors(List<ListedPerson> list) {
        long visitors = list.stream().filter(p -> "visitor".equals(participation.titleKind(p.name()))).count();
        return list.size() >= 3 && visitors * 2 > list.size();
    }
}
