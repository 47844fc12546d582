package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;

/**
 * What a declaration of interest says besides who declared: the kind of interest ("a personal
 * interest", "Disclosable Pecuniary Interest"), the items it concerns ("agenda items 10 and 11",
 * "Item 22a", "15/00858/BC4") and the posts given as its reason ("as a member of the Leicestershire
 * County Council and as Chair of the Pension Committee", "by virtue of her position as Police and Crime Commissioner").
 */
final class InterestWords {

    private static final Pattern ITEM = Pattern.compile(
            "(?i)\\b(?:agenda\\s+)?items?\\s+(?:number\\s+|no\\.?\\s*)?((?:[A-Z]{0,5}[./]?\\d+[\\w./]*(?:\\s*\\([\\w ]+\\))?)(?:\\s*(?:,|and|&)\\s*[A-Z]{0,5}[./]?\\d+[\\w./]*)*)");
    private static final Pattern ITEM_ON = Pattern.compile("(?i)\\bin (?:the )?item (?:on|regarding|relating to|concerning)\\s+(.+?)(?=\\s+as\\b|\\s+because\\b|\\s+due to\\b|[.;]|$)");
    /** A cell that is only a reference: a minute number ("184", "178 (b)") or an application number ("15/00858/BC4"). */
    private static final Pattern REFERENCE_CELL = Pattern.compile(
            "^(\\d{1,4}(?:\\.\\d{1,3})?[a-z]?(?:\\s*\\([a-z0-9]{1,3}\\))?|\\d{2}/\\d{3,6}/[A-Z0-9]{2,8})\\.?$");
    private static final Pattern REASON = Pattern.compile(
            "(?i)\\b(?:(?:declared\\s+)?(?:that\\s+)?(?:he|she|they)\\s+(?:was|is|were|are)(?:\\s+(?:also|both|all))?"
                    + "|as (?:he|she|they|both|each)(?: (?:was|is|were|are|had been|has been))?(?: (?:both|all))?"
                    + "|(?:his|her|their) (?:position|role|roles|positions) as|as|being"
                    + "|by virtue of (?:his|her|their) (?:position|role|positions|roles|membership|memberships) (?:as|of|on)"
                    + "|due to (?:being|his|her|their)(?: (?:membership|memberships|position|role|roles) (?:as|of|on))?)"
                    + "\\s+(?:an?\\s+|the\\s+)?(.+?)(?=[.;(]|$)");
    private static final Pattern AND_CAPITALISED = Pattern.compile("\\s+and\\s+(?=\\p{Lu})");
    private static final Pattern LOWER_TAIL = Pattern.compile("\\s+(?:at|in|for|on|with|to|from)\\s+\\p{Ll}");

    private final Lexicons lexicons;
    /** A kind of interest of the interest-kinds lexicon, with its qualifier and "interest" when written. */
    private final Pattern kind;

    InterestWords(Lexicons lexicons) {
        this.lexicons = lexicons;
        Lexicon kinds = lexicons.interestKinds();
        this.kind = Pattern.compile("(?i)\\b((?:(?:" + Lexicon.alternation(kinds.keysTagged("qualifier")) + ")\\s+)?(?:"
                + Lexicon.alternation(kinds.keys().stream().filter(k -> !kinds.contains(k, "qualifier") && !kinds.contains(k, "column")).toList())
                + ")(?:\\s+interests?)?)");
    }

    /** The kind of interest named within the first words of {@code text}, or null. */
    String kind(String text) {
        return kind(text, 60);
    }

    /** The kind of interest named within {@code within} characters of the start of {@code text}, or null. */
    String kind(String text, int within) {
        Matcher k = kind.matcher(text);
        return k.find() && k.start() < within ? k.group(1).replaceAll("(?i)\\s+interests?$", "") : null;
    }

    /**
     * The items "item 6", "agenda items 10 and 11" or "the item on ..." name; every item named
     * ("a pecuniary interest in relation to item 8 and a personal interest in relation to item 15").
     */
    List<String> items(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                if (!part.isBlank() && !out.contains(part.strip().replaceAll("[.]$", ""))) {
                    out.add(part.strip().replaceAll("[.]$", ""));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher on = ITEM_ON.matcher(text);
        if (on.find()) {
            out.add(on.group(1).strip());
        }
        return out;
    }

    /** True when {@code text} is nothing but a declarations table's column labels ("Councillor Interest"). */
    boolean isColumnLabels(String text) {
        String rest = " " + Lexicon.key(text).replaceAll("[^\\p{L}]+", " ") + " ";
        List<String> labels = new ArrayList<>(lexicons.interestKinds().keysTagged("column"));
        labels.sort(java.util.Comparator.comparingInt(String::length).reversed());
        for (String label : labels) {
            rest = rest.replace(" " + label + " ", " ");
        }
        return rest.isBlank();
    }

    /** The reference a table cell holds on its own ("184", "178 (b)", "15/00858/BC4"), or null. */
    static String referenceCell(String cell) {
        Matcher m = REFERENCE_CELL.matcher(cell.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The posts {@code text} gives as reasons: "as a member of X and as Vice-Chair of Y". */
    List<RoleAndOrganisation> reasons(String text) {
        List<RoleAndOrganisation> out = new ArrayList<>();
        Matcher r = REASON.matcher(text);
        while (r.find()) {
            for (String part : parts(r.group(1))) {
                RoleAndOrganisation ro = parseTrimmed(part);
                // "as a member whose address had been removed": a bare "member" names no post of its own.
                boolean bare = ro != null && ro.organisation() == null && !ro.role().contains(" ") && isColumnLabels(ro.role());
                if (ro != null && !bare) {
                    out.add(ro);
                }
            }
        }
        return out;
    }

    /**
     * The posts of a reason clause: "a member of X and as Vice-Chair of Y", "a ward member of
     * Pill and LEA Governor for Pill Mill" (split at "and" when both sides name a post).
     */
    private List<String> parts(String clause) {
        List<String> out = new ArrayList<>();
        for (String part : clause.split(",\\s*(?:an?\\s+|the\\s+)|\\s+and\\s+(?:as\\s+)?(?:an?|the)\\s+|\\s+and\\s+as\\s+")) {
            Matcher and = AND_CAPITALISED.matcher(part);
            int from = 0;
            while (and.find()) {
                String left = part.substring(from, and.start());
                if (lexicons.honorifics().contains(part.substring(and.end()).split("\\s+")[0])) {
                    // "... Council and Councillors S.Boulton and P.Zukowskyj also declared": the next declaration, not a post.
                    part = part.substring(0, and.start());
                    break;
                }
                if (parseTrimmed(left) != null && parseTrimmed(part.substring(and.end())) != null) {
                    out.add(left);
                    from = and.end();
                }
            }
            out.add(part.substring(from));
        }
        return out;
    }

    /** A post, trying again without a trailing lower-case phrase ("governors at schools affected by the proposals"). */
    private RoleAndOrganisation parseTrimmed(String part) {
        RoleAndOrganisation ro = RoleAndOrganisation.parse(part, lexicons);
        Matcher tail = LOWER_TAIL.matcher(part);
        if (ro == null && tail.find() && tail.start() > 0) {
            ro = RoleAndOrganisation.parse(part.substring(0, tail.start()), lexicons);
        }
        return ro;
    }

    /** The post a whole table cell names ("Member of Standards Advisory Group"), or null. */
    RoleAndOrganisation post(String cell) {
        String c = cell.strip();
        if (c.isEmpty() || kind(c, c.length()) != null || c.endsWith(".")) {
            return null;
        }
        // A long cell names a post only when it opens with one: "Member of the Licensing Sub Committee appointed to ...".
        if (c.split("\\s+").length > 8 && !RoleAndOrganisation.isPostHead(c.split("\\s+")[0], lexicons)) {
            return null;
        }
        return RoleAndOrganisation.parse(c, lexicons);
    }
}
