package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.InterestKind;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.segment.ItemSegment;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Reads declarations of interest: "Mr D Snartt CC declared a personal interest in all items",
 * "In respect of Item 7 Councillors Smith, Bush and Rigby declared ...", "The following Members
 * declared a personal interest for Agenda item number 11 – ...:- Councillors: V. Gay, ...", and
 * tables of declarations under a declarations heading, and records without a declaring verb
 * inside a declarations context ({@link DeclarationRecords}). Reasons given for an interest ("as he
 * was a former Board Member of the Leisure Trust") are read as posts held, by every declarer of a
 * group ("Councillors A, B and C ... as members appointed by Council to various voluntary groups").
 * Interests stated with other verbs count too: "advised that he had a personal interest",
 * "noted she was a member of the City of Durham Trust ... had not been party to their submissions".
 */
final class DeclarationRecogniser implements Recogniser {

    private final Lexicons lexicons;
    private final InterestWords words;
    private final DeclarationRecords records;
    private final NameLists lists;
    private final FoundPeople people;

    DeclarationRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.lists = new NameLists(lexicons);
        this.people = new FoundPeople(lexicons);
        this.words = new InterestWords(lexicons);
        this.records = new DeclarationRecords(lexicons, words);
    }

    private static final Pattern DECLARED = Pattern.compile("(?i)\\b(?:declared|disclosed|declares|declare[ds]? an interest)\\b");
    /** Another reporting verb with an interest after it: "advised that he had a personal interest in item 5". */
    private static final Pattern STATED_INTEREST = Pattern.compile(
            "(?i)\\b(?:noted|advised|indicated|stated|reported|informed (?:the )?(?:meeting|committee|members))\\b"
                    + "(?=[^.]{0,80}\\binterests?\\s+(?:in|as|on|regarding|with regard|relating|concerning|because)\\b)");
    /** A membership stated with a reporting verb: "noted she was a member of the City of Durham Trust". */
    private static final Pattern STATED_MEMBERSHIP = Pattern.compile(
            "(?i)\\b(?:noted|advised|indicated|stated|informed (?:the )?(?:meeting|committee|members))\\s+(?:that\\s+)?(?:he|she|they)\\s+(?:was|were|is|are|had been)\\s+(?:also\\s+)?(?:an?|the)\\s+\\w");
    /** What makes a stated membership a declaration: the member stays out of the item. */
    private static final Pattern STANDS_ASIDE = Pattern.compile(
            "(?i)\\b(?:(?:not|no) (?:take|taking|took) (?:any )?part|take no part|took no part|not been party to|not (?:vote|participate)|"
                    + "retire from the|withdr[ae]w|leav(?:e|ing) the (?:chamber|room|meeting))\\b");
    private static final Pattern PRONOUN_START = Pattern.compile("^(?:He|She|They)\\s+(?:also\\s+)?(?:noted|advised|declared|indicated|stated)\\b");
    private static final Pattern NOT_A_DECLARATION = Pattern.compile(
            "(?i)\\b(?:no (?:declarations?|interests?)|none were|failing to|failed to|were reminded|invited|to declare|should declare|"
                    + "must declare|may declare|would declare|advised to declare|declared the meeting|"
                    + "declared closed|declared open|not (?:been )?declared)\\b|\\bdeclared\\s+(?:\\S+\\s+){0,4}elected\\b");
    private static final Pattern ALL_ITEMS = Pattern.compile("(?i)\\b(?:in|on|for)\\s+all\\s+(?:agenda\\s+)?items\\b");
    private static final Pattern SAME_INTEREST = Pattern.compile("(?i)^\\s*(?:the\\s+)?same\\s+interests?\\b");
    /** Words between a list of names and its verb: "Councillor R Flatley also declared", "..., as members of the Board, all declared". */
    private static final Pattern BEFORE_VERB = Pattern.compile("(?i)(?:,\\s*as\\s+[^,]{3,80},)?\\s*(?:(?:also|both|all|each|then|further|similarly|likewise)\\s+)*$");
    private static final Pattern FOLLOWING = Pattern.compile("(?i)\\bthe following (?:members|councillors)\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w/])\\d{1,4}(?:[./]\\d{1,4})*");
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "(?<![\\w/])(\\d{1,4}(?:[./]\\d{1,4})*(?:\\s*\\([\\w &]+\\))?(?:\\s*&\\s*\\d{1,4})?)");
    private static final Pattern DECLARATION_HEADING = Pattern.compile("(?i)declaration|interest");

    /** Declarations, and roles read from their reasons; the attendance found so far gives the initials used as names. */
    @Override
    public List<Fact> recognise(DocumentAnalysis minutes, Facts found) {
        List<Attendance> attendance = found.attendance();
        DocumentText text = minutes.text();
        List<Declaration> out = new ArrayList<>();
        List<RoleHolding> roles = new ArrayList<>();
        Map<String, PersonName> aliases = Aliases.from(attendance);
        List<DeclarationRegions.Region> regions = new DeclarationRegions(lexicons, lists, words).find(minutes);
        List<Span> used = new ArrayList<>();
        Declaration previous = null;
        for (Span sentence : minutes.sentences()) {
            String s = text.quote(sentence);
            if (NOT_A_DECLARATION.matcher(s).find()) {
                continue;
            }
            List<int[]> verbs = verbs(minutes, sentence, s, regions, previous != null);
            for (int v = 0; v < verbs.size(); v++) {
                int[] verb = verbs.get(v);
                int clauseStart = v == 0 ? 0 : verbs.get(v - 1)[1];
                int clauseEnd = v + 1 < verbs.size() ? verbs.get(v + 1)[0] : s.length();
                Declaration last = clause(minutes, sentence, s, clauseStart, verb, clauseEnd, aliases, previous, out, roles, used);
                if (last != null) {
                    previous = last;
                }
            }
        }
        List<DeclarationRecords.Entry> entries = new ArrayList<>();
        for (DeclarationRegions.Region region : regions) {
            for (DeclarationRecords.Entry e : records.read(minutes, region.span(), region.open())) {
                if (used.stream().noneMatch(u -> u.contains(e.evidence().start()))) {
                    entries.add(e);
                    emit(e, out, roles);
                }
            }
        }
        for (ItemSegment item : minutes.items()) {
            if (DECLARATION_HEADING.matcher(item.title()).find()) {
                table(minutes, item, out, entries);
            }
        }
        List<Fact> facts = new ArrayList<>(out);
        facts.addAll(roles);
        return facts;
    }

    /**
     * Where the declaring verbs of a sentence stand, as [start, end] offsets in it: each
     * "declared" ("Councillors A and B declared ... and Councillors C and D also declared ..."),
     * else another reporting verb with an interest or a stated membership after it, else the
     * verb of a sentence that goes on about the last declarer ("She noted in respect of Item 5c
     * ... would not take part").
     */
    private List<int[]> verbs(DocumentAnalysis minutes, Span sentence, String s, List<DeclarationRegions.Region> regions,
            boolean afterDeclaration) {
        List<int[]> out = new ArrayList<>();
        Matcher d = DECLARED.matcher(s);
        while (d.find()) {
            out.add(new int[] {d.start(), d.end()});
        }
        if (out.isEmpty()) {
            Matcher stated = STATED_INTEREST.matcher(s);
            Matcher member = STATED_MEMBERSHIP.matcher(s);
            Matcher pronoun = PRONOUN_START.matcher(s);
            if (stated.find()) {
                out.add(new int[] {stated.start(), stated.end()});
            } else if (member.find() && standsAside(minutes, sentence, regions)) {
                out.add(new int[] {member.start(), member.start() + member.group().indexOf(' ')});
            } else if (afterDeclaration && pronoun.find() && STANDS_ASIDE.matcher(s).find()) {
                out.add(new int[] {pronoun.end(), pronoun.end()});
            }
        }
        return out;
    }

    /**
     * Reads the declaration of one clause, {@code s[from, to)} with its verb at {@code verb};
     * returns the last declaration made, or null.
     */
    private Declaration clause(DocumentAnalysis minutes, Span sentence, String s, int from, int[] verb, int to,
            Map<String, PersonName> aliases, Declaration previous, List<Declaration> out, List<RoleHolding> roles, List<Span> used) {
        List<PersonName> people = new ArrayList<>();
        String beforeVerb = s.substring(from, verb[0]);
        Matcher gap = BEFORE_VERB.matcher(beforeVerb);
        int listEnd = sentence.start() + from + (gap.find() ? gap.start() : beforeVerb.length());
        lists.before(minutes, sentence.start() + from, listEnd).forEach(p -> people.add(p.name()));
        String appositive = gap.find(0) && gap.group().contains(",") ? gap.group() : "";
        if (people.isEmpty()) {
            Aliases.lookup(aliases, beforeVerb).ifPresent(people::add);
        }
        String after = s.substring(verb[1], Math.max(verb[1], to));
        if (people.isEmpty() && FOLLOWING.matcher(s).find()) {
            following(minutes, sentence).forEach(p -> people.add(p.name()));
            if (!people.isEmpty()) {
                used.add(minutes.sentenceAfter(sentence));
            }
        }
        boolean pronoun = people.isEmpty() && previous != null && PRONOUN_START.matcher(s.strip()).find()
                && minutes.itemPositionAt(previous.evidence().start()) == minutes.itemPositionAt(sentence.start());
        if (pronoun) {
            // "She noted in respect of Item 5c, she had been party to the objections ...": the last declarer again.
            people.add(previous.person());
        }
        if (people.isEmpty()) {
            return null;
        }
        used.add(sentence);
        String kind = words.kind(after);
        boolean all = ALL_ITEMS.matcher(after).find();
        List<String> items = all ? List.of("all") : words.items(after);
        if (items.isEmpty() && !all) {
            // "In respect of Item 7 Councillors Smith, Bush and Rigby declared ...": the item before the names.
            items = words.items(beforeVerb);
        }
        if (SAME_INTEREST.matcher(after).find() && previous != null) {
            // "Councillor R Flatley also declared the same interest": the item and kind of the declaration before.
            kind = previous.kindText();
            items = previous.itemReference() == null ? List.of() : List.of(previous.itemReference());
            all = previous.allItems();
        }
        boolean emits = !pronoun || !items.isEmpty();
        Declaration last = null;
        for (PersonName person : people) {
            for (String item : items.isEmpty() ? java.util.Collections.<String>singletonList(null) : items) {
                last = new Declaration(person, item, all, kind, InterestKind.parse(kind), sentence);
                if (emits) {
                    out.add(last);
                }
            }
        }
        // "Councillors Morrison, Coull and Eagle, as members of the Board, all declared ...": the reason before the verb.
        reasons(sentence, appositive + " " + s.substring(verb[0], Math.max(verb[0], to)), people, roles);
        return last;
    }

    /** A membership statement is a declaration inside a declarations context, or where its item records someone standing aside. */
    private static boolean standsAside(DocumentAnalysis minutes, Span sentence, List<DeclarationRegions.Region> regions) {
        if (regions.stream().anyMatch(r -> r.span().contains(sentence.start()))) {
            return true;
        }
        Span scope = minutes.itemAt(sentence.start()).map(ItemSegment::whole).orElse(minutes.header());
        return STANDS_ASIDE.matcher(minutes.text().quote(scope)).find();
    }

    private void emit(DeclarationRecords.Entry e, List<Declaration> out, List<RoleHolding> roles) {
        List<String> items = e.items().isEmpty() ? java.util.Collections.singletonList(null) : e.items();
        for (PersonName person : e.people()) {
            for (String item : items) {
                out.add(new Declaration(person, item, false, e.kind(), InterestKind.parse(e.kind()), e.evidence()));
            }
            for (RoleAndOrganisation ro : e.roles()) {
                roles.add(new RoleHolding(person, ro.role(), ro.organisation(), e.evidence()));
            }
        }
        // "Councillors J Beynon, D Burrell (Town Team Representatives)": a bracketed role belongs to the names before it.
        List<PersonName> group = new ArrayList<>();
        for (ListedPerson p : e.listed()) {
            group.add(p.name());
            if (p.role() != null) {
                RoleAndOrganisation ro = RoleAndOrganisation.parse(p.role(), lexicons);
                if (ro != null) {
                    for (PersonName member : group) {
                        roles.add(new RoleHolding(member, ro.role(), ro.organisation(), e.evidence()));
                    }
                }
                group.clear();
            }
        }
    }

    /** "The following Members declared ...:-" then the list of names. */
    private List<ListedPerson> following(DocumentAnalysis minutes, Span sentence) {
        Span next = minutes.sentenceAfter(sentence);
        return next == null ? List.of() : lists.block(minutes, next);
    }

    private void reasons(Span sentence, String after, List<PersonName> people, List<RoleHolding> roles) {
        for (RoleAndOrganisation ro : words.reasons(after)) {
            for (PersonName p : people) {
                roles.add(new RoleHolding(p, ro.role(), ro.organisation(), sentence));
            }
        }
    }

    /** Rows of a declarations table: a person, an item reference and the kind, in columns. */
    private void table(DocumentAnalysis minutes, ItemSegment item, List<Declaration> out, List<DeclarationRecords.Entry> entries) {
        DocumentText text = minutes.text();
        for (Line line : text.lines()) {
            if (!item.body().contains(line.span()) || line.isBlank()
                    || entries.stream().anyMatch(e -> e.evidence().overlaps(line.span()))) {
                continue;
            }
            String t = line.trimmed();
            if (DECLARED.matcher(t).find() || t.toLowerCase(Locale.ROOT).startsWith("no ")) {
                continue;
            }
            List<ListedPerson> people = firstNameIn(minutes, line);
            String kind = words.kind(t);
            if (people.size() != 1 || people.get(0).name().honorifics().isEmpty() && people.get(0).name().roleTitle() == null) {
                foundByModel(minutes, line, kind).ifPresent(out::add);
                continue;
            }
            boolean hasNumber = NUMBER.matcher(t).find();
            boolean prose = org.councilgraph.extract.segment.HeadingText.isSentence(t) || t.endsWith(".") && kind == null;
            if (prose || kind == null && !hasNumber && !t.contains(" – ") && !t.contains(" - ")) {
                foundByModel(minutes, line, kind).ifPresent(out::add);
                continue;
            }
            out.add(new Declaration(people.get(0).name(), itemNumber(t), false, kind, InterestKind.parse(kind), line.trimmedSpan()));
        }
    }

    private static String itemNumber(String row) {
        Matcher number = ITEM_NUMBER.matcher(row);
        return number.find() ? number.group(1) : null;
    }

    /**
     * A row the rules could not read as a declaration ("Cllr P. M. Jones 16/142 Personal Member
     * has professional connections ..." reads like prose): a person the name finder found at the
     * row's start, after titles only, and the kind of interest within the next few words.
     */
    private Optional<Declaration> foundByModel(DocumentAnalysis minutes, Line line, String kind) {
        if (kind == null) {
            return Optional.empty();
        }
        DocumentText text = minutes.text();
        for (ModelMention m : minutes.mentionsIn(line.span())) {
            if (m.type() != EntityType.PERSON) {
                continue;
            }
            String before = text.quote(new Span(line.start(), m.span().start()));
            boolean titlesOnly = org.councilgraph.extract.name.Words.onlyTitles(before);
            String after = text.quote(new Span(m.span().end(), line.end()));
            if (!titlesOnly || words.kind(after) == null) {
                return Optional.empty();
            }
            return people.name(minutes, line.span(), m).map(name -> new Declaration(name, itemNumber(after), false, kind,
                    InterestKind.parse(kind), line.trimmedSpan(), Detection.model(m.probability())));
        }
        return Optional.empty();
    }

    private List<ListedPerson> firstNameIn(DocumentAnalysis minutes, Line line) {
        DocumentText text = minutes.text();
        for (var w : org.councilgraph.extract.name.Words.of(line.text(), line.start())) {
            if (w.isCapitalised()) {
                List<ListedPerson> found = lists.after(minutes, w.start(), line.end());
                if (!found.isEmpty()) {
                    return found.subList(0, 1);
                }
            }
        }
        return List.of();
    }
}
