package org.councilgraph.extract.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonNameParser.Context;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Reads lists of people as minutes write them: "Cllrs C Barr, C Broad and A Walker",
 * "Councillor Silvester (in the Chair)", "Mr H. Kearns, County Manager", "Clerk to Council,
 * Mrs S Knowles", "E Seward – substitute for J A Wyatt", one name per line or in columns.
 * A plural prefix is shared by the names after it.
 */
public final class PersonListParser {

    /** What comes before a piece of a list. */
    enum Sep { START, COMMA, AND, NEWLINE, COLUMN, DASH, PERIOD, COLON, SLASH }

    private static final Pattern WARD = Pattern.compile("(?i).*\\bward$");
    private static final Pattern SUBSTITUTE_FOR = Pattern.compile("(?i)^(?:as\\s+)?(?:a\\s+)?(?:substitute|substituting|sub|deputising|deputy|in place)\\s+(?:member\\s+)?(?:for|of)\\s+");
    /** "who was substituted by ...", and after an absent member's name "(Substitute: Cllr Salter)", "(substituted by ...)". */
    private static final Pattern SUBSTITUTED_BY = Pattern.compile(
            "(?i)^(?:(?:who\\s+)?(?:was|were|had been)\\s+(?:substituted|replaced)\\s+by\\s+|substituted\\s+by\\s+|substitute\\s*:\\s*)");

    /**
     * A counted group of people who are not named attendees: "two members of the public", "3
     * residents", "1 member of the press". It stands in a list of names without ending it.
     */
    private static final Pattern UNNAMED_GROUP = Pattern.compile(
            "(?i)^(?:and\\s+)?(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a number of|some|many|a|no)"
            + "\\s+(?:other\\s+|local\\s+)?(?:members?\\s+of\\s+(?:the\\s+)?(?:public|press|the\\s+public)|residents?|parishioners?"
            + "|observers?|visitors?|electors?|people|persons|journalists?|reporters?)\\b[^,;]{0,60}$");

    private final PersonNameParser names = new PersonNameParser();

    /** True when {@code phrase} counts people who are not named ("and two members of the public"). */
    public static boolean isUnnamedGroup(String phrase) {
        return UNNAMED_GROUP.matcher(phrase.strip()).matches();
    }

    /** How the list is read. */
    public enum Mode {
        /** An attendance block: noise is skipped, a bare family name counts under a shared prefix. */
        BLOCK,
        /** A list inside a sentence: reading stops at the first piece that is not a name or role. */
        PROSE
    }

    /** The people read, and the offset where reading stopped. */
    public record Result(List<ListedPerson> people, int end) {
    }

    public Result parse(DocumentText text, Span span, String sharedPrefix, Mode mode) {
        return parse(text, span, sharedPrefix, mode, Set.of());
    }

    /** Reads the list in {@code span}, taking {@code givenNames} as known given names besides the lexicon's. */
    public Result parse(DocumentText text, Span span, String sharedPrefix, Mode mode, Set<String> givenNames) {
        List<Word> words = Words.of(text.quote(span), span.start());
        List<Piece> pieces = split(text, words);
        return new Reading(text, sharedPrefix, mode, span.end(), givenNames).read(pieces);
    }

    private record Piece(List<Word> words, Sep before, boolean paren) {
        Span span() {
            return new Span(words.get(0).start(), words.get(words.size() - 1).end());
        }

        String text(DocumentText t) {
            return t.flat(span());
        }
    }

    private static List<Piece> split(DocumentText text, List<Word> words) {
        List<Piece> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        Sep pending = Sep.START;
        boolean inParen = false;
        boolean dashNote = false;
        Word previous = null;
        for (int index = 0; index < words.size(); index++) {
            Word w = words.get(index);
            Sep gapSep = previous == null ? null : gap(text, previous.end(), w.start());
            String t = w.text();
            if (inParen) {
                if (t.equals(")")) {
                    flush(out, current, pending, true);
                    pending = Sep.COMMA;
                    inParen = false;
                } else {
                    current.add(w);
                }
                previous = w;
                continue;
            }
            if (gapSep != null && !current.isEmpty()) {
                flush(out, current, pending, false);
                pending = gapSep;
            } else if (gapSep == Sep.NEWLINE && pending != Sep.COMMA && pending != Sep.AND) {
                pending = gapSep;
            }
            Sep sep = separator(t, w, previous);
            if (sep == Sep.DASH && gapSep == Sep.NEWLINE) {
                sep = Sep.NEWLINE;
            }
            if (gapSep == Sep.NEWLINE) {
                dashNote = false;
            }
            if (dashNote && sep == null && !current.isEmpty() && Lexicons.standard().honorifics().contains(t)
                    && !Words.isInitials(t)) {
                // "Mr S Cooper, Team Manager – Communications Ms F Currie, ...": a title ends the note.
                while (!current.isEmpty() && separator(current.get(current.size() - 1).text(), null, null) != null) {
                    current.remove(current.size() - 1);
                }
                flush(out, current, pending, false);
                pending = Sep.COMMA;
                dashNote = false;
            }
            if (dashNote && sep == Sep.COMMA && namesNextDash(words, index + 1)) {
                // "Jane Doe – Head of Planning, John Roe – Democratic Services Officer": a name and a
                // dash after the comma start the next person of a list of name–post pairs.
                flush(out, current, pending, false);
                pending = Sep.COMMA;
                dashNote = false;
                previous = w;
                continue;
            }
            if (dashNote && (sep == Sep.COMMA || sep == Sep.AND)) {
                // "Mr P Godwin – Conservation, Design and Landscape Manager": the note after a dash is one piece.
                current.add(w);
                previous = w;
                continue;
            }
            if (sep == Sep.DASH && !out.isEmpty() || sep == Sep.DASH && !current.isEmpty()) {
                dashNote = true;
            }
            if (t.equals("(")) {
                flush(out, current, pending, false);
                pending = Sep.COMMA;
                inParen = true;
            } else if (sep != null) {
                boolean consecutive = current.isEmpty() && !out.isEmpty();
                flush(out, current, pending, false);
                pending = strongest(pending, sep, consecutive);
            } else {
                current.add(w);
            }
            previous = w;
        }
        flush(out, current, pending, inParen);
        return out;
    }

    /**
     * True when the words from {@code from} are a person's name, two or three capitalised words
     * starting with a known given name or initials, followed by a dash.
     */
    private static boolean namesNextDash(List<Word> words, int from) {
        int n = 0;
        while (from + n < words.size() && n <= 3) {
            Word w = words.get(from + n);
            String t = w.text();
            if (n >= 2 && (t.equals("–") || t.equals("—") || t.equals("-"))) {
                break;
            }
            if (!w.isCapitalised() && !Words.isInitials(t) || separator(t, w, w) != null && !t.equals(".")) {
                return false;
            }
            n++;
        }
        if (n < 2 || n > 3 || from + n >= words.size()) {
            return false;
        }
        String first = words.get(from).text();
        return Lexicons.standard().givenNames().contains(first) || Words.isInitials(first);
    }

    private static Sep strongest(Sep pending, Sep sep, boolean consecutive) {
        if (!consecutive || pending == Sep.START) {
            return sep;
        }
        // ", and" or ". " after a line break: keep the stronger boundary.
        return sep == Sep.PERIOD || sep == Sep.DASH || pending == Sep.COMMA && sep == Sep.AND ? sep : pending;
    }

    private static Sep separator(String t, Word w, Word previous) {
        switch (t) {
            case ",":
                return Sep.COMMA;
            case ";":
                return Sep.COMMA;
            case "&":
            case "and":
            case "AND":
                // "AND" only in a list written in capitals ("G. WALSH AND I. WINTERS").
                return Sep.AND;
            case "/":
                return Sep.SLASH;
            case ":":
                return Sep.COLON;
            case "•":
            case "·":
            case "*":
                return Sep.NEWLINE;
            case "–":
            case "—":
            case "-":
                return previous == null ? Sep.NEWLINE : Sep.DASH;
            case ".":
                return Sep.PERIOD;
            default:
                return null;
        }
    }

    /** A line break or a wide gap (a column) between two words, or null for a plain space. */
    private static Sep gap(DocumentText text, int from, int to) {
        if (to <= from) {
            return null;
        }
        String g = text.text().substring(from, to);
        if (g.indexOf('\n') >= 0) {
            return Sep.NEWLINE;
        }
        if (g.indexOf('\t') >= 0 || g.length() >= 3) {
            return Sep.COLUMN;
        }
        return null;
    }

    private static void flush(List<Piece> out, List<Word> current, Sep before, boolean paren) {
        if (!current.isEmpty()) {
            out.add(new Piece(List.copyOf(current), before, paren));
            current.clear();
        }
    }

    /** The state of reading one list. */
    private final class Reading {

        private final DocumentText text;
        private final Set<String> givenNames;
        private final Mode mode;
        private final List<Builder> people = new ArrayList<>();
        private String prefix;
        private String groupRole;
        private Span groupRoleSpan;
        private String pendingRole;
        /** The group's post came from a plural post before the names, not from a label. */
        private boolean groupFromPlural;
        private Span pendingRoleSpan;
        private boolean lastWasRoleOf;
        private boolean chairNext;
        /** The next piece is a post after a comma: "..., Chief Executive Joseph Gilhooly, Director of Services". */
        private boolean nextIsPost;
        /** The next piece is a name in brackets: "The Mayor (Councillor A Smith)" names the post's holder there. */
        private boolean nextIsParen;
        /** The next piece is a name alone after a comma: "The Clerk, Mrs J Smith, ...". */
        private boolean nextIsAppositive;
        private int end;

        Reading(DocumentText text, String sharedPrefix, Mode mode, int end, Set<String> givenNames) {
            this.givenNames = givenNames;
            this.text = text;
            this.prefix = sharedPrefix;
            this.mode = mode;
            this.end = end;
        }

        Result read(List<Piece> pieces) {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                if (p.before() == Sep.NEWLINE) {
                    groupRole = null;
                    pendingRole = null;
                }
                if (p.before() == Sep.PERIOD || groupFromPlural && p.before() != Sep.COMMA && p.before() != Sep.AND) {
                    // "Councillors McGrath, ..., Hurley. Chief Executive, ...": a post after a sentence's end starts afresh.
                    pendingRole = null;
                    if (groupFromPlural) {
                        groupRole = null;
                        groupFromPlural = false;
                    }
                    lastWasRoleOf = false;
                }
                boolean labelled = i + 1 < pieces.size() && pieces.get(i + 1).before() == Sep.COLON;
                nextIsParen = i + 1 < pieces.size() && pieces.get(i + 1).paren() && namesWholly(pieces.get(i + 1));
                nextIsAppositive = (people.isEmpty() || p.before() == Sep.AND) && i + 1 < pieces.size() && pieces.get(i + 1).before() == Sep.COMMA
                        && namesWholly(pieces.get(i + 1));
                nextIsPost = i + 1 < pieces.size() && pieces.get(i + 1).before() == Sep.COMMA
                        && RolePhrase.end(pieces.get(i + 1).words(), 0, pieces.get(i + 1).words().size(), givenNames) > 0;
                if (!readPiece(p, labelled)) {
                    end = p.span().start();
                    break;
                }
            }
            long wardNoted = people.stream().filter(b -> b.wardNoted).count();
            if (wardNoted >= 2 && wardNoted * 2 >= people.size()) {
                // "Councillor B Brown (Abbey Ward), Councillor C White (Castle Ward)": when most of
                // a list give their wards, a ward names the member's seat, not a visiting ward member.
                people.stream().filter(b -> b.wardNoted).forEach(b -> b.visitor = false);
            }
            return new Result(people.stream().map(Builder::build).toList(), end);
        }

        /** True when the piece is one person's name and nothing else: "(Councillor A Smith)". */
        private boolean afterSlash(Word w) {
            return w.start() > 0 && text.text().charAt(w.start() - 1) == '/';
        }

        private boolean namesWholly(Piece p) {
            var named = names.parse(p.words(), 0, p.words().size(), null, Context.PROSE, givenNames);
            return named.isPresent() && named.get().end() == p.words().size();
        }

        /** Reads one piece; false when the list has ended. */
        private boolean readPiece(Piece p, boolean labelled) {
            Builder last = people.isEmpty() ? null : people.get(people.size() - 1);
            String flat = p.text(text);
            if (!p.paren() && isUnnamedGroup(flat)) {
                return true;
            }
            if (last != null && (SUBSTITUTED_BY.matcher(flat).find() || SUBSTITUTE_FOR.matcher(flat).find())) {
                annotate(last, p, flat);
                return true;
            }
            if (p.paren() && pendingRole != null) {
                // "Head of Marketing and Communication (Miss A Goddard)": the name after its post.
                var named = names.parse(p.words(), 0, p.words().size(), null, Context.PROSE, givenNames);
                if (named.isPresent() && named.get().end() == p.words().size()) {
                    Builder b = new Builder(named.get().name(), false);
                    Span role = lastRole(pendingRoleSpan);
                    b.role(text.flat(role), role);
                    pendingRole = null;
                    people.add(b);
                    return true;
                }
                if (named.isEmpty() && !p.words().isEmpty() && p.words().get(0).isCapitalised()) {
                    // "The Lawyer (Planning and Highways), Neil Carter": the bracket qualifies the post.
                    int close = text.text().indexOf(')', p.span().end());
                    pendingRoleSpan = new Span(pendingRoleSpan.start(), close >= 0 && close - p.span().end() < 3 ? close + 1 : p.span().end());
                    pendingRole = text.flat(pendingRoleSpan);
                    return true;
                }
            }
            if (p.before() == Sep.DASH && last != null && lastWasRoleOf && last.roleSpan != null) {
                // "Head of Service – Customer Access providing ...": the post goes on after the dash.
                int k = 0;
                List<Word> ws = p.words();
                while (k < ws.size() && (ws.get(k).isCapitalised() || k > 0 && ws.get(k).text().matches("of|for|and|the|&|,")
                        && k + 1 < ws.size() && ws.get(k + 1).isCapitalised())) {
                    k++;
                }
                if (k > 0) {
                    Span s = last.roleSpan.union(new Span(ws.get(0).start(), ws.get(k - 1).end()));
                    last.role(text.flat(s), s);
                    return true;
                }
            }
            // After a post with no name yet ("Head of Legal – Mary Bell"), the piece after the dash is the name, not a note.
            if (p.paren() || p.before() == Sep.DASH && last != null && pendingRole == null || p.before() == Sep.COLUMN && last != null
                    && !startsName(p.words())) {
                if (last != null) {
                    annotate(last, p, flat);
                }
                return true;
            }
            List<Word> ws = p.words();
            int i = 0;
            if (mode == Mode.PROSE && p.before() == Sep.COLON) {
                end = p.span().start();
                return false;
            }
            if (startsWithWords(ws, 0, "in", "the", "chair")) {
                if (last != null && ws.size() == 3) {
                    last.presiding = true;
                    return true;
                }
                chairNext = true;
                i = 3;
            }
            int n = pluralPrefix(ws);
            if (n > 0) {
                prefix = singularOf(ws.subList(0, n));
                i = n;
                if (i == ws.size()) {
                    return true;
                }
            }
            if (labelled && mode == Mode.BLOCK && runInLabel(p, ws, i)) {
                return true;
            }
            if (labelled && mode == Mode.BLOCK
                    && names.parse(ws, i, ws.size(), null, Context.PROSE, givenNames).map(m -> m.end() < ws.size()).orElse(true)) {
                prefix = null;
                String label = PersonNameParserText.join(text, ws.subList(i, ws.size()));
                if (Lexicons.standard().attendanceSection(label).filter("chair"::equals).isPresent()) {
                    // "Present: Chairman: Fraser Coates. Cllrs: ...": a chair's label inside the list.
                    chairNext = true;
                    if (RolePhrase.isRole(label) && !Lexicon.key(label).startsWith("in the")) {
                        pendingRole = label;
                        pendingRoleSpan = new Span(ws.get(i).start(), ws.get(ws.size() - 1).end());
                    }
                } else if (RolePhrase.isRole(label) && !Lexicons.standard().attendanceLabels().contains(label)) {
                    groupRole = label;
                    groupRoleSpan = new Span(ws.get(i).start(), ws.get(ws.size() - 1).end());
                } else if (Lexicon.key(label).startsWith("officer") || Lexicon.key(label).startsWith("official")) {
                    prefix = null;
                }
                return true;
            }
            if (ws.size() == 1 && Lexicons.standard().postWords().contains(ws.get(0).text(), "group")) {
                prefix = null;
                return true;
            }
            if (mode == Mode.BLOCK && i == 0 && p.before() == Sep.PERIOD && startsHeading(ws) && !writtenTitle(ws, 0)
                    && !Words.isInitials(ws.get(0).text())) {
                // "... Alan Valentine and Annette Valentine. PROVOST'S REMARKS The Provost's ...": a heading ends the list.
                end = p.span().start();
                return false;
            }
            boolean anything = false;
            int firstName = i;
            while (i < ws.size()) {
                Context ctx = prefix != null || mode == Mode.BLOCK ? Context.LIST : Context.PROSE;
                var match = names.parse(ws, i, ws.size(), prefix, ctx, givenNames);
                if (afterSlash(ws.get(i))) {
                    // A word glued to a slash is the end of a reference or a pair ("15/00521/FULM"), not a name.
                    match = java.util.Optional.empty();
                }
                int roleFirst = RolePhrase.end(ws, i, ws.size(), givenNames);
                if (match.isPresent() && roleFirst > match.get().end() && !writtenTitle(ws, i)) {
                    // "PCC Link Officer": a post, not a person called "PCC Link".
                    match = java.util.Optional.empty();
                }
                if (match.isEmpty() && mode == Mode.BLOCK && last != null && i == 0 && last.role == null && pendingRole == null
                        && (p.before() == Sep.COMMA || p.before() == Sep.AND) && roleFirst == i) {
                    // "Martin Rogers, Larry Whelan, Michael Griffin": a name continuing a list of names.
                    match = names.parse(ws, i, ws.size(), prefix, Context.SEQUENCE, givenNames);
                }
                if (match.isPresent() && i == 0 && p.before() == Sep.COMMA && last != null && last.role == null
                        && chairTitleBeforeTitle(ws)) {
                    // "Councillor C. Murphy, Cathaoirleach Councillor A. Ahern, ...": the chair's title, then the next member.
                    int titleWords = chairTitleWords(ws);
                    last.role(PersonNameParserText.join(text, ws.subList(0, titleWords)), new Span(ws.get(0).start(), ws.get(titleWords - 1).end()));
                    last.presiding = true;
                    match = names.parse(ws, titleWords, ws.size(), prefix, ctx, givenNames);
                    i = titleWords;
                }
                if (match.isPresent() && i == 0 && p.before() == Sep.COMMA && last != null && last.role == null && nextIsPost
                        && last.name.roleTitle() == null
                        && match.get().name().roleTitle() != null && startsWithTitle(ws, match.get().name().roleTitle())) {
                    // "Lar Power, Chief Executive Joseph Gilhooly, Director of Services, ...": in a list of
                    // "Name, Post" pairs run together, the post before a name is the previous person's
                    // (not when the previous person carries a title of their own: "County Councillor
                    // P Hall, District Councillor R Lee, ..." is a list of titled names).
                    int titleWords = match.get().name().roleTitle().split("\\s+").length;
                    last.role(PersonNameParserText.join(text, ws.subList(0, titleWords)), new Span(ws.get(0).start(), ws.get(titleWords - 1).end()));
                    match = names.parse(ws, titleWords, ws.size(), prefix, ctx, givenNames);
                    i = titleWords;
                    if (match.isEmpty()) {
                        continue;
                    }
                }
                if (match.isPresent()) {
                    boolean breakBefore = i > firstName || p.before() == Sep.PERIOD || p.before() == Sep.COLUMN;
                    Builder b = new Builder(match.get().name(), breakBefore);
                    b.joined = i == firstName && (p.before() == Sep.COMMA || p.before() == Sep.AND);
                    if (groupRole != null) {
                        b.role(groupRole, groupRoleSpan);
                    } else if (pendingRole != null) {
                        b.role(pendingRole, pendingRoleSpan);
                        if (isPluralPost(pendingRole)) {
                            // "Student Advisors Eleanor Bowen, Katy Perriman and Ailsa Poulter": each holds the post.
                            groupRole = pendingRole;
                            groupRoleSpan = pendingRoleSpan;
                            groupFromPlural = true;
                        }
                    }
                    pendingRole = null;
                    if (chairNext) {
                        b.presiding = true;
                        chairNext = false;
                    }
                    people.add(b);
                    last = b;
                    lastWasRoleOf = false;
                    i = match.get().end();
                    anything = true;
                    continue;
                }
                if (anything && last != null && last.substituteFor == null && ws.get(i).text().equals("for") && writtenTitle(ws, i + 1)) {
                    // "Substitutes: Councillor Irving for Councillor Gibson": the member sat in for is named after "for".
                    var member = names.parse(ws, i + 1, ws.size(), null, Context.PROSE, givenNames);
                    if (member.isPresent()) {
                        last.substituteFor = member.get().name();
                        i = member.get().end();
                        continue;
                    }
                }
                if (startsWithWords(ws, i, "in", "the", "chair") && last != null) {
                    last.presiding = true;
                    i += 3;
                    continue;
                }
                if (last != null && Lexicons.standard().verbs().contains(ws.get(i).text(), "chair")) {
                    // "Councillor A. Coleman, County Mayor presided. Councillors ...": the list goes on.
                    last.presiding = true;
                    lastWasRoleOf = false;
                    i++;
                    continue;
                }
                boolean article = i == 0 && ws.size() > 1 && ws.get(0).text().equalsIgnoreCase("the")
                        && (p.before() == Sep.COMMA && last != null && last.role == null || nextIsParen || nextIsAppositive);
                int roleEnd = RolePhrase.end(ws, article ? i + 1 : i, ws.size(), givenNames);
                if (article && roleEnd > 1 && roleEnd == ws.size()) {
                    i = 1;
                } else if (article) {
                    roleEnd = i;
                }
                if (roleEnd > i) {
                    Span roleSpan = new Span(ws.get(i).start(), ws.get(roleEnd - 1).end());
                    String role = text.flat(roleSpan);
                    boolean continuesRole = last != null && lastWasRoleOf && i == 0
                            && (p.before() == Sep.AND || p.before() == Sep.COMMA || p.before() == Sep.SLASH);
                    boolean attachToLast = continuesRole || last != null && (i == 0 && p.before() != Sep.AND
                            && p.before() != Sep.NEWLINE && !(p.before() == Sep.PERIOD && nextIsPost) && last.role == null && pendingRole == null
                            || i > 0 && last.role == null);
                    if (attachToLast && !continuesRole && i == 0 && p.before() == Sep.COMMA && last.name.hasCouncillorTitle() && isOfficersPost(role)) {
                        // "Present: Cllrs Barker, Cole, Evans, Clerk.": a councillor does not hold an officer's post; the
                        // post after the comma is one more person, the clerk, named nowhere.
                        attachToLast = false;
                    }
                    if (article && (nextIsParen || nextIsAppositive)) {
                        // "The Mayor (Councillor A Smith)", "..., the Vice-Chairman (Councillor B Jones)":
                        // the post is the bracketed name's.
                        pendingRole = role;
                        pendingRoleSpan = roleSpan;
                    } else if (role.startsWith("The ") || role.startsWith("the ")) {
                        attachToLast = false;
                    } else if (attachToLast) {
                        if (lastWasRoleOf && last.roleSpan != null) {
                            last.role(text.flat(last.roleSpan.union(roleSpan)), last.roleSpan.union(roleSpan));
                        } else {
                            last.role(role, roleSpan);
                            if (i == 0 && p.before() == Sep.COMMA) {
                                shareWithGroup(last);
                            }
                        }
                        lastWasRoleOf = true;
                    } else {
                        pendingRole = role;
                        pendingRoleSpan = roleSpan;
                    }
                    i = roleEnd;
                    anything = true;
                    continue;
                }
                if (isStop(ws.get(i))) {
                    if (mode == Mode.PROSE || anything || i > 0) {
                        end = ws.get(i).start();
                        return false;
                    }
                    return mode == Mode.BLOCK ? skipSentence() : false;
                }
                if (i == 0 && last != null && lastWasRoleOf && last.roleSpan != null && (p.before() == Sep.COMMA || p.before() == Sep.AND)
                        && ws.get(0).isCapitalised() && !ws.get(0).isNumber()) {
                    // "Director of Services, Corporate & External Affairs": the post goes on, up to the
                    // next name when the list has lost its separators ("... Emergency Services Mary Quinn, ...").
                    int k = nextNameStart(ws, i + 1);
                    Span s = last.roleSpan.union(new Span(ws.get(i).start(), ws.get(k - 1).end()));
                    last.role(text.flat(s), s);
                    i = k;
                    continue;
                }
                if (mode == Mode.PROSE || i == 0 && p.before() == Sep.PERIOD && startsHeading(ws)) {
                    // In a block, a numbered or capitals heading after a sentence's end ends the list:
                    // "... and B Sweeny. C/67/20 APOLOGIES Apologies were received ...".
                    end = ws.get(i).start();
                    return false;
                }
                i++;
            }
            return true;
        }

        /**
         * "... Councillor M Lapsa Honorary Alderman: Mrs H Fitzpatrick Mr J Gazey ...": in a list that has
         * lost its line breaks, the label of the next group (a post, then a colon) runs on from the
         * last name of the group before. The name is read as a person and the post is the group's.
         */
        private boolean runInLabel(Piece p, List<Word> ws, int from) {
            Context ctx = prefix != null ? Context.LIST : Context.PROSE;
            int pos = from;
            while (pos < ws.size()) {
                var named = names.parse(ws, pos, ws.size(), prefix, ctx, givenNames);
                if (named.isEmpty() || named.get().end() < pos + 2) {
                    // A bare family name under a shared title ("Councillors ... Co-opted Member:") is not enough.
                    return false;
                }
                pos = named.get().end();
                if (pos < ws.size()) {
                    List<Word> rest = ws.subList(pos, ws.size());
                    String label = PersonNameParserText.join(text, rest);
                    boolean post = RolePhrase.isRole(label) || Lexicons.standard().roleTitles().contains(label);
                    if (post && !Lexicons.standard().attendanceLabels().contains(label)) {
                        readPiece(new Piece(ws.subList(from, pos), p.before(), false), false);
                        prefix = null;
                        groupRole = label;
                        groupRoleSpan = new Span(rest.get(0).start(), rest.get(rest.size() - 1).end());
                        pendingRole = null;
                        lastWasRoleOf = false;
                        return true;
                    }
                }
            }
            return false;
        }

        /**
         * "Messrs J Boland and P Minnock (Directors of Services)", "Mr. P. Clifford, Mr. A. King and
         * Ms. P. Monahan, Directors of Services": a plural post after names joined by commas and
         * "and" is held by each of them, back to the first of the group or one with a post of its own.
         */
        private void shareWithGroup(Builder holder) {
            if (!isPluralPost(holder.role)) {
                return;
            }
            int k = people.indexOf(holder);
            while (k > 0 && people.get(k).joined && people.get(k - 1).role == null) {
                people.get(k - 1).role(holder.role, holder.roleSpan);
                k--;
            }
        }

        /** True when the post's head word is plural: "Directors of Services", "Religious Representatives". */
        private boolean isPluralPost(String role) {
            if (role == null || role.isEmpty() || !Character.isUpperCase(role.charAt(0))) {
                // "..., District Cllr M. Seymour, 5 members of the public": not a post.
                return false;
            }
            for (Word w : Words.of(role)) {
                String t = w.text();
                String singular = t.endsWith("s") && !t.endsWith("ss") ? t.substring(0, t.length() - 1) : null;
                if (Lexicons.standard().roleHeads().contains(t) || singular != null && Lexicons.standard().roleHeads().contains(singular)) {
                    return singular != null && Lexicons.standard().roleHeads().contains(singular);
                }
            }
            return false;
        }

        /** The last post of a run of posts: "... Head of Central Support Services Head of Marketing and Communication". */
        private Span lastRole(Span run) {
            List<Word> ws = Words.of(text.quote(run), run.start());
            if (ws.size() <= 6) {
                return run;
            }
            for (int k = ws.size() - 2; k > 0; k--) {
                String next = ws.get(k + 1).text().toLowerCase(Locale.ROOT);
                if (Lexicons.standard().roleHeads().contains(ws.get(k).text()) && (next.equals("of") || next.equals("for"))) {
                    return new Span(ws.get(k).start(), run.end());
                }
            }
            return run;
        }

        /** A minute number ("C/67/20", "23") or two words in capitals ("CONFIRMATION OF MINUTES"). */
        private boolean startsHeading(List<Word> ws) {
            if (ws.get(0).isNumber() || ws.size() > 2 && ws.get(0).text().length() <= 4 && ws.get(1).text().equals("/")) {
                return true;
            }
            return ws.size() > 1 && HeadingCase.isAllCapsWord(ws.get(0).text()) && HeadingCase.isAllCapsWord(ws.get(1).text())
                    && ws.get(0).text().length() > 1 && ws.get(1).text().length() > 1;
        }

        /** "Cathaoirleach Councillor A. Ahern": a chair's title followed by another title. */
        private boolean chairTitleBeforeTitle(List<Word> ws) {
            int n = chairTitleWords(ws);
            return n > 0 && ws.size() > n + 1 && Lexicons.standard().honorifics().contains(ws.get(n).text()) && !Words.isInitials(ws.get(n).text());
        }

        /** The number of words of the chair's title ("Cathaoirleach", "An Cathaoirleach") the piece starts with, or 0. */
        private int chairTitleWords(List<Word> ws) {
            int n = Lexicons.standard().roleTitles().longestMatch(ws.stream().map(Word::text).toList(), 0);
            return n > 0 && Lexicons.standard().roleTitles().contains(PersonNameParserText.join(text, ws.subList(0, n)), "chair") ? n : 0;
        }

        /** True when the piece's words start with {@code title} as written ("Chief Executive"). */
        private boolean startsWithTitle(List<Word> ws, String title) {
            String[] parts = title.split("\\s+");
            return startsWithWords(ws, 0, parts);
        }

        /** The index of the first word from {@code from} where a titled or known name starts, or the piece's end. */
        private int nextNameStart(List<Word> ws, int from) {
            for (int k = from; k < ws.size(); k++) {
                if (writtenTitle(ws, k) && k + 1 < ws.size() && ws.get(k + 1).isCapitalised()
                        || names.parse(ws, k, ws.size(), null, Context.PROSE, givenNames).isPresent()) {
                    return k;
                }
            }
            return ws.size();
        }

        /** True when the words at {@code from} start with a title the text writes (not one shared from a prefix). */
        private boolean writtenTitle(List<Word> ws, int from) {
            List<String> texts = ws.stream().map(Word::text).toList();
            return Lexicons.standard().honorifics().longestMatch(texts, from) > 0
                    || Lexicons.standard().roleTitles().longestMatch(texts, from) > 0;
        }

        private boolean startsWithWords(List<Word> ws, int from, String... expected) {
            if (ws.size() - from < expected.length) {
                return false;
            }
            for (int k = 0; k < expected.length; k++) {
                if (!ws.get(from + k).text().equalsIgnoreCase(expected[k])) {
                    return false;
                }
            }
            return true;
        }

        private boolean skipSentence() {
            return false;
        }

        /** A verb a list of names ends at: "... Beth Rainey The Mayor announced the death of ...". */
        private boolean isStop(Word w) {
            return Lexicons.standard().verbs().contains(w.text(), "ends-list") || w.isLowerCase() && Lexicons.standard().isSentenceVerb(w.text());
        }

        private boolean startsName(List<Word> ws) {
            Context ctx = prefix != null ? Context.LIST : Context.PROSE;
            return names.parse(ws, 0, ws.size(), prefix, ctx, givenNames).isPresent();
        }

        private void annotate(Builder b, Piece p, String note) {
            List<Word> noteWords = p.words();
            if (b.substituteFor == null && noteWords.size() > 1 && noteWords.get(0).text().equals("for") && writtenTitle(noteWords, 1)) {
                // "Councillor Lamb (for Councillor Byford)": a substitute with the member sat in for.
                var member = names.parse(noteWords, 1, noteWords.size(), null, Context.PROSE, givenNames);
                if (member.isPresent()) {
                    b.substituteFor = member.get().name();
                    return;
                }
            }
            var sub = SUBSTITUTE_FOR.matcher(note);
            if (sub.find()) {
                List<Word> rest = after(p, sub.end());
                names.parse(rest, 0, rest.size(), prefix, Context.LIST, givenNames).ifPresent(m -> b.substituteFor = m.name());
                return;
            }
            var by = SUBSTITUTED_BY.matcher(note);
            if (by.find()) {
                List<Word> rest = after(p, by.end());
                names.parse(rest, 0, rest.size(), prefix, Context.LIST, givenNames).ifPresent(m -> b.substitutedBy = m.name());
                return;
            }
            if (Lexicons.standard().attendanceSection(note).filter("chair"::equals).isPresent()) {
                b.presiding = true;
                // "The Mayor (Councillor A Smith) (in the Chair)": presiding adds to the post, it does not replace it.
                boolean post = b.role != null && !Lexicons.standard().honorifics().contains(b.role) && RolePhrase.isRole(b.role);
                if (!note.equalsIgnoreCase("presiding") && !post) {
                    b.role(note.replaceFirst("(?i)^in the ", ""), p.span());
                }
                return;
            }
            if (WARD.matcher(note).matches() || note.equalsIgnoreCase("observer") || note.toLowerCase(Locale.ROOT).startsWith("observer")) {
                b.visitor = true;
                b.wardNoted = WARD.matcher(note).matches();
                if (!WARD.matcher(note).matches()) {
                    b.role(note, p.span());
                }
                return;
            }
            if (b.role == null && (RolePhrase.isRole(note) || RolePhrase.end(p.words(), 0, p.words().size()) > 0)) {
                String[] parts = note.split(",\\s+");
                if (parts.length > 1 && java.util.Arrays.stream(parts).allMatch(RolePhrase::isRole)) {
                    // "(Assistant Director Law and Governance, Monitoring Officer)": two posts.
                    b.role(parts[0], p.span());
                    b.otherRoles.addAll(java.util.Arrays.asList(parts).subList(1, parts.length));
                } else {
                    b.role(note, p.span());
                    shareWithGroup(b);
                }
                lastWasRoleOf = true;
                return;
            }
            if (endsWithOrganisationHead(note) && b.organisation == null) {
                b.organisation = note;
            }
        }

        /** "Leicestershire Police", "Age UK Trust": a note that ends with an organisation's head word. */
        private static boolean endsWithOrganisationHead(String note) {
            String[] words = note.strip().split("\\s+");
            return Lexicons.standard().organisationHeads().contains(words[words.length - 1]);
        }

        private List<Word> after(Piece p, int charsInFlat) {
            String flat = p.text(text);
            int k = 0;
            List<Word> ws = p.words();
            int consumed = 0;
            for (; k < ws.size(); k++) {
                int at = flat.indexOf(ws.get(k).text(), consumed);
                if (at >= charsInFlat) {
                    break;
                }
                consumed = at + ws.get(k).text().length();
            }
            return ws.subList(k, ws.size());
        }

        private int pluralPrefix(List<Word> ws) {
            List<String> texts = ws.stream().map(Word::text).toList();
            int n = Lexicons.standard().roleTitles().longestMatch(texts, 0);
            if (n > 0 && isPlural(join(ws, n))) {
                return n;
            }
            n = Lexicons.standard().honorifics().longestMatch(texts, 0);
            if (n > 0 && (isPlural(join(ws, n)) || hasSingular(join(ws, n)))) {
                return n;
            }
            return 0;
        }

        private String join(List<Word> ws, int n) {
            return PersonNameParserText.join(text, ws.subList(0, n));
        }

        /** True for a title the lexicon gives a singular for: "Comhairleoirí" (Irish, councillors) is "Comhairleoir". */
        private boolean hasSingular(String phrase) {
            return Lexicons.standard().honorifics().value(phrase).filter(v -> !Lexicon.key(v).equals(Lexicon.key(phrase))).isPresent();
        }

        private boolean isPlural(String phrase) {
            String lower = Lexicon.key(phrase);
            return lower.endsWith("s") && !lower.endsWith("ss") && !lower.equals("mrs") && !lower.equals("ms")
                    || lower.equals("aldermen") || lower.equals("mesdames");
        }

        private String singularOf(List<Word> ws) {
            String phrase = PersonNameParserText.join(text, ws);
            String fromLexicon = Lexicons.standard().honorifics().value(phrase).orElse(null);
            if (fromLexicon != null && !Lexicon.key(fromLexicon).equals(Lexicon.key(phrase))) {
                return fromLexicon;
            }
            String trimmed = phrase.replaceAll("\\.$", "");
            if (trimmed.endsWith("men")) {
                return trimmed.substring(0, trimmed.length() - 3) + "man";
            }
            return trimmed.endsWith("s") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        }
    }

    /** A paid officer's post, one a councillor does not hold: "Clerk", "Head of Planning". */
    private static boolean isOfficersPost(String role) {
        var tags = Lexicons.standard().postWords().tagsIn(role);
        return tags.contains("officer") && !tags.contains("member");
    }

    /** A person being read, before the list is finished. */
    private static final class Builder {
        private final PersonName name;
        private final boolean breakBefore;
        private String role;
        private Span roleSpan;
        private String organisation;
        private boolean presiding;
        private PersonName substituteFor;
        private PersonName substitutedBy;
        private boolean visitor;
        private boolean wardNoted;
        /** Joined to the person before by a comma or "and", as one group. */
        private boolean joined;
        private final List<String> otherRoles = new ArrayList<>();

        Builder(PersonName name, boolean breakBefore) {
            this.name = name;
            this.breakBefore = breakBefore;
        }

        void role(String r, Span s) {
            role = r;
            roleSpan = s;
        }

        ListedPerson build() {
            return new ListedPerson(name, role, roleSpan, organisation, presiding, substituteFor, substitutedBy,
                    visitor, breakBefore, otherRoles);
        }
    }
}
