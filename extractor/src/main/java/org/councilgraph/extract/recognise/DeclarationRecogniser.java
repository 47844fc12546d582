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
 * tables of declarations under a declarations heading. Reasons given for an interest ("as he
 * was a former Board Member of the Leisure Trust") are read as posts held.
 */
final class DeclarationRecogniser implements Recogniser {

    private final Lexicons lexicons;


    DeclarationRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.lists = new NameLists(lexicons);
        this.people = new FoundPeople(lexicons);
        Lexicon kinds = lexicons.interestKinds();
        this.kind = Pattern.compile("(?i)\\b((?:(?:" + Lexicon.alternation(kinds.keysTagged("qualifier")) + ")\\s+)?(?:"
                + Lexicon.alternation(kinds.keys().stream().filter(k -> !kinds.contains(k, "qualifier")).toList())
                + ")(?:\\s+interests?)?)");
    }

    /** A kind of interest of the interest-kinds lexicon, with its qualifier and "interest" when written. */
    private final Pattern kind;

    private static final Pattern DECLARED = Pattern.compile("(?i)\\b(?:declared|disclosed|declares|declare[ds]? an interest)\\b");
    private static final Pattern NOT_A_DECLARATION = Pattern.compile(
            "(?i)\\b(?:no (?:declarations?|interests?)|none were|failing to|failed to|were reminded|invited|to declare|should declare|"
                    + "must declare|may declare|would declare|advised to declare|declared the meeting|"
                    + "declared closed|declared open|not (?:been )?declared)\\b|\\bdeclared\\s+(?:\\S+\\s+){0,4}elected\\b");
    private static final Pattern ALL_ITEMS = Pattern.compile("(?i)\\b(?:in|on|for)\\s+all\\s+(?:agenda\\s+)?items\\b");
    private static final Pattern ITEM = Pattern.compile(
            "(?i)\\b(?:agenda\\s+)?items?\\s+(?:number\\s+|no\\.?\\s*)?((?:[A-Z]{0,5}[./]?\\d+[\\w./]*(?:\\s*\\([\\w ]+\\))?)(?:\\s*(?:,|and|&)\\s*[A-Z]{0,5}[./]?\\d+[\\w./]*)*)");
    private static final Pattern ITEM_ON = Pattern.compile("(?i)\\bin (?:the )?item (?:on|regarding|relating to|concerning)\\s+(.+?)(?=\\s+as\\b|\\s+because\\b|\\s+due to\\b|[.;]|$)");
    private static final Pattern FOLLOWING = Pattern.compile("(?i)\\bthe following (?:members|councillors)\\b");
    private static final Pattern REASON = Pattern.compile(
            "(?i)\\b(?:(?:declared\\s+)?(?:that\\s+)?(?:he|she|they)\\s+(?:was|is|were|are)(?:\\s+also)?|as (?:he|she|they|both|each)(?: (?:was|is|were|are|had been|has been))?(?: both)?|as|being|by virtue of (?:his|her|their) (?:position|role) as|due to (?:being|his|her))\\s+(?:an?\\s+|the\\s+)?(.+?)(?=[.;(]|$)");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w/])\\d{1,4}(?:[./]\\d{1,4})*");
    private static final Pattern ITEM_NUMBER = Pattern.compile(
            "(?<![\\w/])(\\d{1,4}(?:[./]\\d{1,4})*(?:\\s*\\([\\w &]+\\))?(?:\\s*&\\s*\\d{1,4})?)");
    private static final Pattern DECLARATION_HEADING = Pattern.compile("(?i)declaration|interest");

    private final NameLists lists;
    private final FoundPeople people;

    /** Declarations, and roles read from their reasons; the attendance found so far gives the initials used as names. */
    @Override
    public List<Fact> recognise(DocumentAnalysis minutes, Facts found) {
        List<Attendance> attendance = found.attendance();
        DocumentText text = minutes.text();
        List<Declaration> out = new ArrayList<>();
        List<RoleHolding> roles = new ArrayList<>();
        Map<String, PersonName> aliases = Aliases.from(attendance);
        for (Span sentence : minutes.sentences()) {
            String s = text.quote(sentence);
            Matcher d = DECLARED.matcher(s);
            if (!d.find() || NOT_A_DECLARATION.matcher(s).find()) {
                continue;
            }
            int verb = sentence.start() + d.start();
            List<PersonName> people = new ArrayList<>();
            lists.before(minutes, sentence.start(), verb).forEach(p -> people.add(p.name()));
            if (people.isEmpty()) {
                Aliases.lookup(aliases, s.substring(0, d.start())).ifPresent(people::add);
            }
            String after = s.substring(d.end());
            if (people.isEmpty() && FOLLOWING.matcher(s).find()) {
                following(minutes, sentence).forEach(p -> people.add(p.name()));
            }
            if (people.isEmpty()) {
                continue;
            }
            String kind = kind(after);
            boolean all = ALL_ITEMS.matcher(after).find();
            List<String> items = all ? List.of("all") : items(after);
            for (PersonName person : people) {
                for (String item : items.isEmpty() ? java.util.Collections.<String>singletonList(null) : items) {
                    out.add(new Declaration(person, item, all, kind, InterestKind.parse(kind), sentence));
                }
            }
            reasons(text, sentence, s.substring(d.start()), d.start(), people, roles);
        }
        for (ItemSegment item : minutes.items()) {
            if (DECLARATION_HEADING.matcher(item.title()).find()) {
                table(minutes, item, out);
            }
        }
        List<Fact> facts = new ArrayList<>(out);
        facts.addAll(roles);
        return facts;
    }

    /** "The following Members declared ...:-" then the list of names. */
    private List<ListedPerson> following(DocumentAnalysis minutes, Span sentence) {
        Span next = minutes.sentenceAfter(sentence);
        return next == null ? List.of() : lists.block(minutes, next);
    }

    private String kind(String after) {
        Matcher k = kind.matcher(after);
        return k.find() && k.start() < 60 ? k.group(1).replaceAll("(?i)\\s+interests?$", "") : null;
    }

    private static List<String> items(String after) {
        List<String> out = new ArrayList<>();
        Matcher m = ITEM.matcher(after);
        if (m.find()) {
            for (String part : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                if (!part.isBlank()) {
                    out.add(part.strip().replaceAll("[.]$", ""));
                }
            }
            return out;
        }
        Matcher on = ITEM_ON.matcher(after);
        if (on.find()) {
            out.add(on.group(1).strip());
        }
        return out;
    }

    private void reasons(DocumentText text, Span sentence, String after, int afterStart, List<PersonName> people,
            List<RoleHolding> roles) {
        Matcher r = REASON.matcher(after);
        while (r.find()) {
            String clause = r.group(1);
            for (String part : clause.split(",\\s*(?:an?\\s+|the\\s+)|\\s+and\\s+(?:an?|the)\\s+")) {
                RoleAndOrganisation ro = RoleAndOrganisation.parse(part, lexicons);
                if (ro != null && people.size() <= 3) {
                    for (PersonName p : people) {
                        roles.add(new RoleHolding(p, ro.role(), ro.organisation(), sentence));
                    }
                }
            }
        }
    }

    /** Rows of a declarations table: a person, an item reference and the kind, in columns. */
    private void table(DocumentAnalysis minutes, ItemSegment item, List<Declaration> out) {
        DocumentText text = minutes.text();
        for (Line line : text.lines()) {
            if (!item.body().contains(line.span()) || line.isBlank()) {
                continue;
            }
            String t = line.trimmed();
            if (DECLARED.matcher(t).find() || t.toLowerCase(Locale.ROOT).startsWith("no ")) {
                continue;
            }
            List<ListedPerson> people = firstNameIn(minutes, line);
            String kind = kind(t);
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
            if (!titlesOnly || kind(after) == null) {
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
