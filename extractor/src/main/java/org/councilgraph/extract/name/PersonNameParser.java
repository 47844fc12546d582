package org.councilgraph.extract.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.Span;

/**
 * Reads one person's name from a run of {@link Word}s: an optional post used as a title,
 * honorifics, given names and initials, particles, the family name, post-nominals and a trailing
 * initials alias.
 */
public final class PersonNameParser {

    /** Lower-case words that belong inside a family name ("de Winton", "O Brien", "Nic Cormic"). */
    private static final Set<String> PARTICLES = Set.of("de", "da", "di", "du", "del", "della", "van", "von",
            "der", "den", "le", "la", "mac", "mc", "nic", "ní", "ni", "o", "o'", "o’", "ó", "ap", "ab", "st", "st.");
    private static final int MAX_CORE = 5;

    /** A name found at a position, and the index just past its last word. */
    public record Match(PersonName name, int end) {
    }

    /** How strict to be about a name with no title in front of it. */
    public enum Context {
        /** Running text: a bare name needs a known given name or initials and a family name. */
        PROSE,
        /** A list under a shared prefix ("Councillors A, B and C"): a bare family name is a name. */
        LIST,
        /** The next name in a list of names: a given name and family name need not be known words. */
        SEQUENCE
    }

    /**
     * Reads a name starting at {@code from} in {@code words}, not going past {@code to}.
     *
     * @param sharedPrefix the singular prefix distributed from a list ("Councillor"), or null
     */
    public Optional<Match> parse(List<Word> words, int from, int to, String sharedPrefix, Context context) {
        return parse(words, from, to, sharedPrefix, context, Set.of());
    }

    /**
     * As {@link #parse(List, int, int, String, Context)}, also taking {@code givenNames} (found in
     * this document by the trained name finder) as known given names.
     */
    public Optional<Match> parse(List<Word> words, int from, int to, String sharedPrefix, Context context,
            Set<String> givenNames) {
        // A view, not a copy: the words can be a whole long line, read once for each name on it.
        List<String> texts = new java.util.AbstractList<>() {
            @Override
            public String get(int index) {
                return words.get(index).text();
            }

            @Override
            public int size() {
                return words.size();
            }
        };
        int j = from;
        String roleTitle = null;
        List<String> honorifics = new ArrayList<>();
        int titleStart = -1;
        while (j < to) {
            int n = Lexicons.standard().roleTitles().longestMatch(texts.subList(0, to), j);
            if (n > 0 && roleTitle == null && startsName(words, j + n, to)) {
                roleTitle = join(words, j, j + n);
                titleStart = titleStart < 0 ? j : titleStart;
                j += n;
                continue;
            }
            n = Lexicons.standard().honorifics().longestMatch(texts.subList(0, to), j);
            if (n > 0 && startsName(words, j + n, to)) {
                honorifics.add(singular(Lexicons.standard().honorifics(), join(words, j, j + n)));
                titleStart = titleStart < 0 ? j : titleStart;
                j += n;
                continue;
            }
            if (words.get(j).text().equalsIgnoreCase("the") && titleStart >= 0) {
                j++;
                continue;
            }
            break;
        }
        int coreStart = j;
        List<Word> core = new ArrayList<>();
        while (j < to && core.size() < MAX_CORE + 1) {
            Word w = words.get(j);
            if (w.isPunctuation() || w.isNumber()) {
                break;
            }
            String t = w.text();
            boolean nextCapital = j + 1 < to && words.get(j + 1).isCapitalised();
            if (!core.isEmpty() && Lexicons.standard().postNominals().contains(t) && t.equals(t.toUpperCase(Locale.ROOT))
                    && !isAlias(t, core)) {
                break;
            }
            if (!core.isEmpty() && Lexicons.standard().honorifics().contains(t) && !Words.isInitials(t)) {
                break;
            }
            boolean given = Lexicons.standard().givenNames().contains(t) || givenNames.contains(t);
            if (core.size() >= 2 && given && nextCapital
                    && !Lexicons.standard().givenNames().contains(core.get(core.size() - 1).text())
                    && !Words.isInitials(core.get(core.size() - 1).text())) {
                // "Mrs Pat Jones John Hedley Jones": a comma is missing between two people.
                break;
            }
            if (core.size() == 2 && given && nextCapital && isKnownGiven(core.get(0).text(), givenNames)
                    && !Words.isInitials(core.get(1).text()) && !isKnownGiven(words.get(j + 1).text(), givenNames)) {
                // "Lynne Allen Tony Eginton": a given name and a family name (itself a given name too)
                // are a whole name when another given name and a family name follow.
                break;
            }
            if (w.isLowerCase()) {
                boolean particlesThenCapital = nextCapital || j + 2 < to && isParticle(words.get(j + 1).text()) && words.get(j + 2).isCapitalised();
                if (PARTICLES.contains(t.toLowerCase(Locale.ROOT)) && particlesThenCapital) {
                    // "van der Berg": particles run together before the family name.
                    core.add(w);
                    j++;
                    continue;
                }
                break;
            }
            if (!core.isEmpty() && hasSurname(core) && (isRoleStart(t) || RolePhrase.end(words, j, to) > j + 1)) {
                break;
            }
            if (Lexicons.standard().notNames().contains(t) && !Words.isInitials(t)
                    && !(core.isEmpty() && Lexicons.standard().givenNames().contains(t) && nextCapital && !Lexicons.standard().notNames().contains(words.get(j + 1).text()))
                    && !monthAsFamilyName(words, j, to, core, titleStart >= 0)) {
                // "June Roberts" is a name although June is a month.
                break;
            }
            if ((t.endsWith("’s") || t.endsWith("'s")) && t.length() > 3) {
                // "Stuart Easingwood’s last day": the possessive is not part of the name.
                core.add(new Word(t.substring(0, t.length() - 2), w.start(), w.end() - 2));
                j++;
                break;
            }
            core.add(w);
            j++;
        }
        String alias = null;
        if (core.size() >= 2 && isAlias(core.get(core.size() - 1).text(), core.subList(0, core.size() - 1))) {
            alias = core.remove(core.size() - 1).text();
            j--;
        }
        while (core.size() > 1 && isParticle(core.get(core.size() - 1).text())) {
            core.remove(core.size() - 1);
            j--;
        }
        int end = j;
        List<String> post = new ArrayList<>();
        while (alias == null && end < to && Lexicons.standard().postNominals().contains(words.get(end).text())
                && words.get(end).text().equals(words.get(end).text().toUpperCase(Locale.ROOT))) {
            post.add(words.get(end).text());
            end++;
        }
        if (alias != null) {
            end = Math.max(end, j + 1);
        }
        return build(words, from, coreStart, core, end, roleTitle, honorifics, post, alias, sharedPrefix, context, givenNames);
    }

    private Optional<Match> build(List<Word> words, int from, int coreStart, List<Word> core, int end,
            String roleTitle, List<String> honorifics, List<String> post, String alias, String sharedPrefix,
            Context context, Set<String> givenNames) {
        if (core.isEmpty() || core.size() > MAX_CORE) {
            return Optional.empty();
        }
        Word last = core.get(core.size() - 1);
        if (!isSurname(last.text()) || core.size() == 1 && Lexicons.standard().roleHeads().contains(last.text())) {
            return Optional.empty();
        }
        int familyStart = core.size() - 1;
        while (familyStart > 0 && isParticle(core.get(familyStart - 1).text())
                && !(familyStart - 1 == 0)) {
            familyStart--;
        }
        List<String> given = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (Word w : core.subList(0, familyStart)) {
            if (Words.isInitials(w.text())) {
                for (char c : w.bare().toCharArray()) {
                    initials.add(String.valueOf(c));
                }
            } else if (w.isCapitalised()) {
                given.add(w.text());
            }
        }
        boolean titled = roleTitle != null || !honorifics.isEmpty();
        if (!titled && sharedPrefix == null) {
            if (core.size() < 2 || context == Context.LIST && core.size() > 4) {
                return Optional.empty();
            }
            String first = core.get(0).text();
            boolean knownStart = Words.isInitials(first) && core.size() > 1 || Lexicons.standard().givenNames().contains(first)
                    || givenNames.contains(first);
            if (!knownStart && context != Context.SEQUENCE
                    || core.stream().allMatch(w -> HeadingCase.isAllCapsWord(w.text()) && w.text().length() > 2)) {
                return Optional.empty();
            }
        }
        if (!titled && sharedPrefix == null && core.size() == 1) {
            return Optional.empty();
        }
        String family = joinWords(core.subList(familyStart, core.size()));
        int nameStart = words.get(from).start();
        int nameEnd = words.get(end - 1).end();
        if (alias != null && words.get(end - 1).text().equals(alias) || post.isEmpty() && end == coreStart + core.size()) {
            nameEnd = core.get(core.size() - 1).end();
        }
        List<Word> written = new ArrayList<>(words.subList(roleTitleEnd(words, from, coreStart, roleTitle), coreStart));
        written.addAll(core);
        written.addAll(words.subList(coreStart + core.size(), end).stream().filter(w -> !w.text().equals(alias)).toList());
        String asWritten = joinWords(written);
        if (sharedPrefix != null && roleTitle == null && Lexicons.standard().roleTitles().contains(sharedPrefix)) {
            // "County Councillors A, B and C": the shared title is a post for each of them.
            roleTitle = sharedPrefix;
            asWritten = sharedPrefix + " " + asWritten;
        } else if (sharedPrefix != null && honorifics.isEmpty() && roleTitle == null) {
            asWritten = sharedPrefix + " " + asWritten;
            List<String> withPrefix = new ArrayList<>();
            withPrefix.add(sharedPrefix);
            withPrefix.addAll(honorifics);
            honorifics = withPrefix;
        }
        PersonName name = new PersonName(asWritten, new Span(nameStart, nameEnd), roleTitle, honorifics, given,
                String.join(" ", initials), family, post, alias);
        return Optional.of(new Match(name, end));
    }

    /**
     * Where the words after a post used as a title begin: "Chairman Siddall" is written "Siddall".
     * Titles that are also forms of address ("County Councillor", "PCSO") stay in the name.
     */
    private static int roleTitleEnd(List<Word> words, int from, int coreStart, String roleTitle) {
        if (roleTitle == null || "visitor".equals(Lexicons.standard().roleTitles().value(roleTitle).orElse(""))) {
            return from;
        }
        int n = roleTitle.split("\\s+").length;
        for (int k = from; k + n <= coreStart; k++) {
            if (Lexicon.key(joinWords(words.subList(k, k + n))).equals(Lexicon.key(roleTitle))) {
                int after = k + n;
                while (after < coreStart && words.get(after).text().equalsIgnoreCase("the")) {
                    after++;
                }
                return after;
            }
        }
        return from;
    }

    private static boolean isKnownGiven(String word, Set<String> givenNames) {
        return Lexicons.standard().givenNames().contains(word) || givenNames.contains(word);
    }

    /** True when a role phrase starts with this word, so a name before it ends here. */
    static boolean isRoleStart(String word) {
        return Lexicons.standard().roleHeads().contains(word) && !Lexicons.standard().givenNames().contains(word);
    }

    /** True for a councillor's title: Councillor, Cllr, Councilor, Alderman. */
    static boolean isCouncillorTitle(String honorific) {
        String k = Lexicon.key(honorific);
        return k.startsWith("cllr") || k.startsWith("councill") || k.startsWith("councilor") || k.startsWith("alderm");
    }

    private static final java.util.Set<String> FAMILY_NAME_TOO = java.util.Set.of("month", "family name");

    private static boolean startsName(List<Word> words, int j, int to) {
        if (j >= to) {
            return false;
        }
        Word w = words.get(j);
        return w.isCapitalised() || w.text().equalsIgnoreCase("the")
                || Lexicons.standard().honorifics().contains(w.text());
    }

    /**
     * "Councillor Paul May declared", "Councillor MAY, Convener", "Councillor F Ward (Chairman)":
     * a month, or a word that is also a common family name, after a given name, initials or a
     * title, with no day or year after it and ending the name, is a family name.
     */
    private static boolean monthAsFamilyName(List<Word> words, int j, int to, List<Word> core, boolean titled) {
        if (!Lexicons.standard().notNames().containsAny(words.get(j).text(), FAMILY_NAME_TOO)) {
            return false;
        }
        boolean named = core.isEmpty() ? titled
                : core.size() == 1 && (Lexicons.standard().givenNames().contains(core.get(0).text()) || Words.isInitials(core.get(0).text()));
        boolean ends = j + 1 >= to || !words.get(j + 1).isNumber() && !words.get(j + 1).isCapitalised();
        return named && ends;
    }

    /** True when the core already ends in a word that can only be a family name. */
    private static boolean hasSurname(List<Word> core) {
        Word last = core.get(core.size() - 1);
        return isSurname(last.text()) && (core.size() > 1 || !Lexicons.standard().givenNames().contains(last.text()));
    }


    private static boolean isSurname(String t) {
        if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        if (t.endsWith(".") || Words.isInitials(t) && !isShortCapitalsFamilyName(t)) {
            return false;
        }
        return t.chars().anyMatch(Character::isLowerCase) || t.length() > 3;
    }

    /**
     * "MR. J. LANE", "T. COLE": in minutes written in capitals a short family name has the shape of
     * undotted initials. Four letters with a vowel are read as a name where a family name is due;
     * initials of two or three letters ("JP", "AEJ") stay initials.
     */
    private static boolean isShortCapitalsFamilyName(String t) {
        return t.length() == 4 && t.chars().allMatch(Character::isUpperCase)
                && t.toLowerCase(Locale.ROOT).chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static boolean isParticle(String t) {
        return PARTICLES.contains(t.toLowerCase(Locale.ROOT));
    }

    /** "CdeW" after Charles de Winton, "JP" after Jason Palmer: initials used as a short name. */
    static boolean isAlias(String token, List<Word> before) {
        if (token.length() < 2 || token.length() > 5 || before.isEmpty() || !Character.isUpperCase(token.charAt(0))
                || token.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (Word w : before) {
            String t = w.bare();
            if (t.isEmpty()) {
                continue;
            }
            initials.append(Character.isLowerCase(t.charAt(0)) ? t : t.substring(0, 1));
        }
        return initials.toString().equalsIgnoreCase(token.replace(".", ""));
    }

    private static String singular(Lexicon lexicon, String phrase) {
        return lexicon.value(phrase).filter(v -> !Lexicon.key(v).equals(Lexicon.key(phrase))).orElse(phrase);
    }

    private static String join(List<Word> words, int from, int to) {
        return joinWords(words.subList(from, to));
    }

    private static String joinWords(List<Word> ws) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ws.size(); i++) {
            if (i > 0 && ws.get(i).start() > ws.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(ws.get(i).text());
        }
        return b.toString();
    }

    private static String flatten(List<Word> words, int from, int end, String alias) {
        int stop = end;
        if (alias != null && words.get(end - 1).text().equals(alias)) {
            stop = end - 1;
        }
        return joinWords(words.subList(from, stop));
    }
}
