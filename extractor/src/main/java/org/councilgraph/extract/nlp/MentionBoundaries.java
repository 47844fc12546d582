package org.councilgraph.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.councilgraph.extract.lexicon.Lexicons;

import opennlp.tools.util.Span;

/**
 * Puts the name finder's mentions on the boundaries the annotation guide ({@code ner/README.md})
 * sets, with councilgraph's lexicons: a person without titles, post-nominals or trailing
 * non-name words ("Taylor" of "Cllr Taylor Seconded"), initials joined to the family name the
 * tokenizer split off ("R.P . Thomas"); a role that has a post's head word, without a leading
 * determiner or a trailing title; an organisation without a leading determiner. A statistical
 * model trained on a few thousand sentences gets the middle of a mention right more often than
 * its edges, and the lexicons know the edges.
 */
final class MentionBoundaries {

    /** "R", "R.", "R.P", "M.H.": unlike {@code Words.isInitials}, not "COX", which may be a surname in capitals. */
    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})*\\.?");

    private MentionBoundaries() {
    }

    private static boolean isArticle(String word) {
        return Lexicons.standard().functionWords().contains(word, "article");
    }

    /** The mentions of {@code words} with their boundaries repaired; mentions left empty are dropped. */
    static List<Span> repair(String[] words, Span[] found) {
        List<Span> out = new ArrayList<>();
        for (Span s : joinSplitInitials(words, found)) {
            Span r = switch (EntityType.ofLabel(s.getType()).orElse(EntityType.ORGANISATION)) {
                case PERSON -> person(words, s);
                case ROLE -> role(words, s);
                case ORGANISATION -> organisation(words, s);
            };
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static Span person(String[] w, Span s) {
        int start = s.getStart();
        int end = s.getEnd();
        // Only "the" is a determiner here: "A" before a name is an initial.
        while (start < end && (isTitle(w[start]) || w[start].equals(".") || lower(w[start]).equals("the"))) {
            start++;
        }
        while (end > start && (Lexicons.standard().postNominals().contains(w[end - 1]) || Lexicons.standard().notNames().contains(w[end - 1])
                || isTitle(w[end - 1]) || isArticle(w[end - 1]) || !startsWithLetter(w[end - 1])
                || Character.isLowerCase(w[end - 1].codePointAt(0)))) {
            end--;
        }
        if (end <= start || isInitials(w[end - 1]) || !Character.isUpperCase(w[start].codePointAt(0))) {
            return null;
        }
        return new Span(start, end, s.getType(), s.getProb());
    }

    private static Span role(String[] w, Span s) {
        int start = s.getStart();
        int end = s.getEnd();
        for (int i = start; i < end; i++) {
            if (w[i].equals(":")) {
                end = i;
            }
        }
        while (start < end && isArticle(w[start])) {
            start++;
        }
        while (end > start && !startsWithLetterOrDigit(w[end - 1]) && !w[end - 1].equals(")")) {
            end--;
        }
        // "Cathaoirleach Councillor": a personal title after the post belongs to the name that follows.
        if (end - start > 1 && Lexicons.standard().honorifics().contains(w[end - 1]) && !isRoleWord(w[end - 1])
                && !Lexicons.standard().roleTitles().contains(String.join(" ", java.util.Arrays.copyOfRange(w, start, end)))
                && hasRoleWord(w, start, end - 1)) {
            end--;
        }
        if (hasRoleWord(w, start, end) || Lexicons.standard().roleTitles().contains(String.join(" ", java.util.Arrays.copyOfRange(w, start, end)))) {
            return new Span(start, end, s.getType(), s.getProb());
        }
        return null;
    }

    private static boolean hasRoleWord(String[] w, int start, int end) {
        for (int i = start; i < end; i++) {
            if (isRoleWord(w[i])) {
                return true;
            }
        }
        return false;
    }

    private static Span organisation(String[] w, Span s) {
        int start = s.getStart();
        while (start < s.getEnd() && isArticle(w[start])) {
            start++;
        }
        return start < s.getEnd() ? new Span(start, s.getEnd(), s.getType(), s.getProb()) : null;
    }

    /** "R.P" + "." + "Thomas", found as two people (or one cut short), becomes one. */
    private static List<Span> joinSplitInitials(String[] w, Span[] found) {
        List<Span> out = new ArrayList<>();
        for (Span s : found) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                boolean bothPeople = "person".equals(last.getType()) && "person".equals(s.getType());
                if (bothPeople && isInitials(w[last.getEnd() - 1]) && onlyFullStops(w, last.getEnd(), s.getStart())) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd(), s.getType(), Math.min(last.getProb(), s.getProb())));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean onlyFullStops(String[] w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!w[i].equals(".")) {
                return false;
            }
        }
        return true;
    }

    /** "R", "R.", "R.P", "M.H." */
    private static boolean isInitials(String word) {
        return DOTTED_INITIALS.matcher(word).matches();
    }

    private static boolean isTitle(String word) {
        return Lexicons.standard().honorifics().contains(word) || Lexicons.standard().roleTitles().contains(word);
    }

    private static boolean isRoleWord(String word) {
        String bare = word.replaceAll("['’]s?$", "");
        if (Lexicons.standard().roleHeads().contains(bare) || Lexicons.standard().roleTitles().contains(bare)) {
            return true;
        }
        for (String part : bare.split("[-/]")) {
            if (!part.isEmpty() && (Lexicons.standard().roleHeads().contains(part) || Lexicons.standard().roleTitles().contains(part))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithLetter(String word) {
        return Character.isLetter(word.codePointAt(0));
    }

    private static boolean startsWithLetterOrDigit(String word) {
        return Character.isLetterOrDigit(word.codePointAt(0));
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
