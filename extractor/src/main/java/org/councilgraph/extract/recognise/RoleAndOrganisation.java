package org.councilgraph.extract.recognise;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;

/**
 * A post and the organisation it belongs to, read from a phrase such as "a former Board Member
 * of the Leisure Trust", "the Council representative on the Merthyr Tydfil Leisure Trust" or
 * "Director of Learning Partnerships".
 */
record RoleAndOrganisation(String role, String organisation) {

    private static final Pattern SPLIT = Pattern.compile("\\s+(?:of|on|for|at|with|to)\\s+(?=(?:the\\s+|an?\\s+)?\\p{Lu})");
    private static final Pattern END = Pattern.compile(
            "\\s+(?:and|who|which|that|but|where|whose|had|has|was|were|is|are|although|though|whilst|while|because)\\s+|\\s*[,;:(]|\\s+–\\s+");
    /** "Police and Crime Commissioner": "and" inside a post whose words are all capitalised does not end it. */
    private static final Pattern CAPITALISED_AND = Pattern.compile("^(?:\\p{Lu}[\\p{L}'’-]*\\s+)+(?:and|&)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s*)+");
    /** A phrase that opens with one of these names people or things, not a post: "two members", "his role". */
    private static final java.util.Set<String> NOT_A_POST = java.util.Set.of("numeral", "determiner", "pronoun");
    private static final Pattern START = Pattern.compile("(?i)^(?:an?|the)\\s+");

    /** The role and organisation a phrase names, or null when it names no post. */
    static RoleAndOrganisation parse(String phrase, Lexicons lexicons) {
        String p = START.matcher(phrase.strip()).replaceFirst("");
        Matcher capitalised = CAPITALISED_AND.matcher(p);
        Matcher end = END.matcher(p);
        if (capitalised.lookingAt() && hasRoleHead(lastWord(capitalised.group()), lexicons)) {
            p = capitalised.group().strip();
        } else if (end.find()) {
            p = p.substring(0, end.start());
        }
        String[] words = p.split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || Character.isDigit(words[0].charAt(0))
                || lexicons.functionWords().containsAny(words[0], NOT_A_POST)) {
            return null;
        }
        Matcher split = SPLIT.matcher(p);
        String role = p;
        String org = null;
        if (split.find()) {
            role = p.substring(0, split.start());
            org = p.substring(split.end()).strip();
        }
        if (!hasRoleHead(role, lexicons) || role.split("\\s+").length > 8) {
            return null;
        }
        if (org != null) {
            org = org.replaceAll("[.,;:]+$", "").strip();
        }
        return new RoleAndOrganisation(role.strip(), org == null || org.isEmpty() ? null : org);
    }

    private static boolean hasRoleHead(String role, Lexicons lexicons) {
        for (String w : role.split("[\\s/]+")) {
            if (isRoleHead(w, lexicons) || w.length() > 3 && w.endsWith("s") && isRoleHead(w.substring(0, w.length() - 1), lexicons)) {
                // "as they are District Councillors": a plural post names the post of each.
                return true;
            }
        }
        return false;
    }

    private static boolean isRoleHead(String w, Lexicons lexicons) {
        return lexicons.roleHeads().contains(w) || lexicons.roleHeads().contains(w.toLowerCase(Locale.ROOT));
    }

    private static String lastWord(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        return w[w.length - 1];
    }

    /** True when {@code word} is a head noun of posts ("Governor", "Councillors"). */
    static boolean isPostHead(String word, Lexicons lexicons) {
        return hasRoleHead(word, lexicons);
    }
}
