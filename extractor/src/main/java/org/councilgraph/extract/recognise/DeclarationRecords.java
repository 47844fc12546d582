package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.segment.HeadingText;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Declarations written as records rather than sentences, inside a declarations context: rows of
 * a flattened table ("Councillor Lowry ⏎ Public Sector Landlord ⏎ Disclosable Pecuniary
 * Interest"), lettered entries with dash-separated fields ("(a) Councillors A and B -
 * 15/00858/BC4 - Non-pecuniary interest"), and bare lists under the heading ("Councillors J
 * Beynon, D Burrell (Town Team Representatives) Councillor T Wilcox (St Patricks Hall)"). A
 * record is one list of names and the cells that follow it up to the next list.
 */
final class DeclarationRecords {

    /** One record: who, and what the cells after the names say. */
    record Entry(List<PersonName> people, List<String> items, String kind, List<RoleAndOrganisation> roles,
            List<ListedPerson> listed, Span evidence) {
    }

    /** The words that may end a cell: a line break, a dash between spaces, a colon or semicolon, a bracket. */
    private static final Pattern CELL = Pattern.compile("\\s*(?:\\n|\\s[–—-]\\s|[:;]\\s|[()])\\s*");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("\\s[–—-]\\s*$|:\\s*$");
    private static final Pattern LEADING_REFERENCE = Pattern.compile("^[ \\t]*(\\d{1,4}(?:[./]\\d{1,4})*[a-z]?(?:\\s*\\([\\w &]{1,12}\\))?)(?=\\s)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00a0]*\\n");
    private static final Pattern LEAD = Pattern.compile("^[\\s,;:()–—-]+");
    private static final Pattern BULLET = Pattern.compile("[•●·▪*–—-]|\\(?[a-z]{1,4}[.)]|\\(?\\d{1,2}[.)]");
    /** A record's cell that names what the interest is in: "Cllr Dean re planning application 24/0456", "Cllr Cole on all planning matters". */
    private static final Pattern REFERENCE_WORD = Pattern.compile(
            "(?:re\\b\\.?|regarding|in respect of|in relation to|relating to|concerning|on (?:all |any |the )?(?:items?|planning|agenda|minute|matters?|applications?)|for (?:items?|agenda|minute)|items?\\b|agenda item|minute\\b)");
    /** How far the cells of one record may run: a table row holds a few short cells. */
    private static final int MAX_CELLS = 400;

    private final Lexicons lexicons;
    private final NameLists lists;
    private final InterestWords words;

    DeclarationRecords(Lexicons lexicons, InterestWords words) {
        this.lexicons = lexicons;
        this.lists = new NameLists(lexicons);
        this.words = words;
    }

    /**
     * The records in {@code region}. With {@code untilFirstMiss}, reading stops at the first
     * list of names that is not a record (a region cut out of running text has no sure end).
     */
    List<Entry> read(DocumentAnalysis minutes, Span region, boolean untilFirstMiss) {
        DocumentText text = minutes.text();
        List<Run> runs = runs(minutes, region);
        List<Entry> out = new ArrayList<>();
        int[] leads = new int[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            leads[i] = leadStart(text, runs.get(i), i == 0 ? region.start() : runs.get(i - 1).end());
        }
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            int cellsEnd = i + 1 < runs.size() ? Math.min(runs.get(i + 1).start(), leads[i + 1]) : region.end();
            cellsEnd = Math.max(run.end(), Math.min(cellsEnd, run.end() + MAX_CELLS));
            String cells = text.quote(new Span(run.end(), cellsEnd));
            String lead = leads[i] < run.start() ? text.quote(new Span(leads[i], run.start())) : "";
            Entry e = entry(text, run, lead, cells, cellsEnd);
            if (e == null) {
                if (untilFirstMiss) {
                    break;
                }
                continue;
            }
            out.add(e);
        }
        return out;
    }

    /**
     * Where the leading cell of a row starts when the row gives the item before the names
     * ("Agenda Item 6.6: Necarne Estate Update - Councillors Campbell, ...;"): at the line start,
     * the last semicolon or the previous names, whichever is last; the run's start when no dash
     * or colon stands right before the names.
     */
    private static int leadStart(DocumentText text, Run run, int floor) {
        String before = text.text().substring(floor, run.start());
        if (!LEADING_SEPARATOR.matcher(before).find()) {
            return run.start();
        }
        int cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(';'));
        int from = floor + cut + 1;
        String lead = text.text().substring(from, run.start());
        return lead.replaceAll("[\\s:–—-]", "").isEmpty() ? run.start() : from;
    }

    private Entry entry(DocumentText text, Run run, String lead, String cells, int cellsEnd) {
        // A row that gives the item first ends with its names: what follows belongs to the next row.
        cells = lead.isEmpty() ? untilProse(cells) : "";
        String trimmed = LEAD.matcher(cells).replaceFirst("");
        // "Councillor Maguire entered the meeting ...", "Councillor X declared ...", "David Finch, the Leader ...
        // had given notice": a sentence, not a record; "... Councillor Jones and B Davies." ends one.
        if (!trimmed.isEmpty() && Character.isLowerCase(trimmed.codePointAt(0)) && !(run.people().size() == 1 && REFERENCE_WORD.matcher(trimmed).lookingAt())
                || cells.stripLeading().startsWith(".")) {
            return null;
        }
        String kind = kindCell(cells);
        List<String> items = new ArrayList<>(words.items(lead));
        String leadCell = LEADING_SEPARATOR.matcher(lead).replaceFirst("").strip();
        if (items.isEmpty() && !leadCell.isEmpty() && leadCell.split("\\s+").length <= 8) {
            items.add(leadCell);
        }
        if (items.isEmpty()) {
            items.addAll(words.items(cells));
        }
        Matcher leading = LEADING_REFERENCE.matcher(cells);
        if (items.isEmpty() && leading.find()) {
            // "Cllr P. M. Jones 16/142 Personal ...": the row's item column right after the name.
            items.add(leading.group(1));
        }
        List<RoleAndOrganisation> roles = new ArrayList<>();
        boolean anyCell = false;
        for (String cell : CELL.split(cells)) {
            String c = cell.strip();
            if (c.isEmpty() || c.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            anyCell = true;
            String ref = InterestWords.referenceCell(c);
            if (ref != null && items.isEmpty()) {
                items.add(ref);
                continue;
            }
            RoleAndOrganisation post = words.post(c);
            if (post != null) {
                roles.add(post);
            }
        }
        if (roles.isEmpty()) {
            roles.addAll(words.reasons(cells));
        }
        boolean bracketRoles = run.people().stream().anyMatch(p -> p.roleSpan() != null && p.roleSpan().start() > 0
                && text.text().charAt(p.roleSpan().start() - 1) == '(');
        if (kind == null && items.isEmpty() && roles.isEmpty() && !bracketRoles && !anyCell) {
            return null;
        }
        List<PersonName> people = run.people().stream().map(ListedPerson::name).toList();
        int from = lead.isEmpty() ? run.start() : run.start() - lead.length();
        return new Entry(people, items, kind, roles, run.people(), new Span(from, Math.max(run.end(), cellsEnd)));
    }

    /** The kind of interest, preferring a cell that is nothing else ("Disclosable Pecuniary Interest"). */
    private String kindCell(String cells) {
        for (String cell : CELL.split(cells)) {
            String c = cell.strip();
            String k = words.kind(c, 1);
            if (k != null && c.replaceAll("(?i)\\s*interests?\\.?$", "").equalsIgnoreCase(k)) {
                return k;
            }
        }
        return words.kind(cells, cells.length());
    }

    /**
     * The cells end where prose begins: a line that reports events is the minutes going on, not a
     * cell; the first line after the names may be a long cell when it names an item or a kind.
     */
    private String untilProse(String cells) {
        int nl = cells.indexOf('\n');
        if (nl < 0) {
            return cells;
        }
        boolean first = cells.substring(0, nl).isBlank();
        int at = nl;
        while (at < cells.length()) {
            int next = cells.indexOf('\n', at + 1);
            int end = next < 0 ? cells.length() : next;
            String line = cells.substring(at, end).strip();
            if (line.isEmpty()) {
                at = end;
                continue;
            }
            boolean cell = first && (!words.items(line).isEmpty() || words.kind(line, line.length()) != null);
            if (!cell && (HeadingText.isSentence(line) || line.split("\\s+").length > 12)) {
                return cells.substring(0, at);
            }
            first = false;
            at = end;
        }
        return cells;
    }

    /** A list of names found in a region: where it starts and ends. */
    private record Run(int start, int end, List<ListedPerson> people) {
    }

    /** The lists of names that start records: after a line break, a bullet or a label, or a word that cannot lead into a name. */
    private List<Run> runs(DocumentAnalysis minutes, Span region) {
        DocumentText text = minutes.text();
        List<Word> ws = Words.of(text.quote(region), region.start());
        List<Run> out = new ArrayList<>();
        int until = region.start();
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            if (w.start() < until || !w.isCapitalised() || !startsRecord(text, ws, i, region)) {
                continue;
            }
            // A list of names does not run on past a blank line: "... and Thornton; and ⏎⏎ Councillor Maguire entered ...".
            Matcher blank = BLANK_LINE.matcher(text.text()).region(w.start(), region.end());
            List<ListedPerson> found = lists.after(minutes, w.start(), blank.find() ? blank.start() : region.end());
            // "Cllrs B Rees, J Hutchings": a shared title is not part of the first name's span.
            int firstAt = lexicons.honorifics().contains(w.text()) && i + 1 < ws.size() ? ws.get(i + 1).start() : w.start();
            if (found.isEmpty() || found.get(0).name().span().start() > firstAt) {
                continue;
            }
            if (!titled(found.get(0).name()) && !aloneOnLine(text, found.get(0).name().span())) {
                continue;
            }
            int end = w.start();
            for (ListedPerson p : found) {
                end = Math.max(end, p.name().span().end());
                if (p.roleSpan() != null) {
                    end = Math.max(end, closingBracket(text, p.roleSpan().end(), region.end()));
                }
            }
            out.add(new Run(w.start(), end, found));
            until = end;
        }
        return out;
    }

    /** A name with a title ("Councillor Lay", "Cllr B Rees"), or with a title given to the whole list. */
    private static boolean titled(PersonName name) {
        return !name.honorifics().isEmpty() || name.roleTitle() != null;
    }

    /** An untitled name counts only as a table cell of its own: "Dan Oliver" on its line. */
    private static boolean aloneOnLine(DocumentText text, Span name) {
        var line = text.lineAt(name.start());
        return line.trimmedSpan().equals(text.trim(name)) || line.trimmed().equals(text.quote(name).strip());
    }

    private static int closingBracket(DocumentText text, int from, int limit) {
        String rest = text.text().substring(from, Math.min(limit, from + 2));
        return rest.startsWith(")") ? from + 1 : from;
    }

    private boolean startsRecord(DocumentText text, List<Word> ws, int i, Span region) {
        if (i == 0) {
            return true;
        }
        Word prev = ws.get(i - 1);
        String gap = text.text().substring(prev.end(), ws.get(i).start());
        if (gap.contains("\n")) {
            return true;
        }
        String p = prev.text();
        if (prev.isPunctuation() || BULLET.matcher(p).matches()) {
            return !p.equals("&") && !p.equals("/");
        }
        // "... Friends Association Cllr B Rees": a personal title right after a cell, not within a title ("Lord Mayor").
        String w = ws.get(i).text();
        return lexicons.honorifics().contains(w) && !lexicons.honorifics().contains(p) && !lexicons.functionWords().contains(p)
                || prev.isNumber();
    }
}
