package org.councilgraph.extract.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Declaration;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.SentenceSplitter;
import org.councilgraph.extract.nlp.TokenizedSentence;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

import opennlp.tools.namefind.NameSample;

/**
 * Drafts name-finder annotations (person, role, organisation) for one document, as a starting
 * point for an annotator: the names the rule extractor and the gold answers know are marked
 * wherever the text writes them, and posts and organisations are marked by their head words.
 * A draft is never training data until a person has corrected it against the annotation guide
 * ({@code ner/README.md}).
 */
public final class AnnotationDrafter {

    private static final String CAP = "[A-Z](?:\\.|[\\p{L}'’-]*)";
    private static final String JOIN = "(?:[ \\t]+(?:of|for|and|&|the|to|in|on)[ \\t]+|[ \\t]+|[ \\t]*[-–][ \\t]*)";
    private static final Pattern CAPITALISED_PHRASE = Pattern.compile("\\b" + CAP + "(?:" + JOIN + CAP + ")*");
    private static final Set<String> HEADS_THAT_ARE_ALSO_ROLES = Set.of("Executive", "Office", "Service", "Services");

    private final MinutesExtractor extractor = new MinutesExtractor();
    private final SentenceSplitter sentences = new SentenceSplitter();

    /**
     * The draft, one tokenized sentence per element, for {@code document}; {@code goldJson}
     * (answers format, may be null) adds the names, posts and bodies its gold answers give.
     */
    public List<NameSample> draft(SourceDocument document, String goldJson) {
        DocumentText text = document.text();
        List<Mention> candidates = new ArrayList<>();
        Set<String> personCores = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        extractor.tryExtract(document).ifPresent(m -> known(m, personCores, roles, organisations));
        if (goldJson != null) {
            gold(goldJson, personCores, roles, organisations);
        }
        String t = text.text();
        occurrences(t, personCores, EntityType.PERSON, candidates);
        occurrences(t, roles, EntityType.ROLE, candidates);
        occurrences(t, organisations, EntityType.ORGANISATION, candidates);
        phrases(t, candidates);
        titledNames(t, candidates);
        List<Mention> chosen = choose(candidates);
        List<NameSample> out = new ArrayList<>();
        boolean first = true;
        for (Span sentence : sentences.split(text, new Span(0, text.length()))) {
            TokenizedSentence tokens = TokenizedSentence.of(text, sentence);
            List<opennlp.tools.util.Span> names = new ArrayList<>();
            for (Mention m : chosen) {
                if (sentence.contains(m.span())) {
                    tokens.tokenRange(m.span()).ifPresent(r ->
                            names.add(new opennlp.tools.util.Span(r.getStart(), r.getEnd(), m.type().label())));
                }
            }
            names.sort(Comparator.comparingInt(opennlp.tools.util.Span::getStart));
            out.add(new NameSample(tokens.words(), names.toArray(new opennlp.tools.util.Span[0]), first));
            first = false;
        }
        return out;
    }

    private record Mention(Span span, EntityType type) {
    }

    private static void known(ExtractedMinutes m, Set<String> people, Set<String> roles, Set<String> organisations) {
        String t = m.document().text().text();
        for (Attendance a : m.attendance()) {
            core(t, a.person(), people);
            if (a.substituteFor() != null) {
                core(t, a.substituteFor(), people);
            }
            if (a.role() != null) {
                roles.add(a.role());
            }
        }
        for (Declaration d : m.declarations()) {
            core(t, d.person(), people);
        }
        for (RoleHolding r : m.roles()) {
            core(t, r.person(), people);
            roles.add(r.role());
            if (r.organisation() != null) {
                organisations.add(r.organisation());
            }
        }
        for (Report r : m.reports()) {
            if (r.presenter() != null) {
                core(t, r.presenter(), people);
            }
            if (r.authorRole() != null) {
                roles.add(r.authorRole());
            }
        }
    }

    /** The name the rules read, without its titles and post-nominals. */
    private static void core(String text, PersonName name, Set<String> out) {
        if (name.span() != null && name.span().end() <= text.length()) {
            nameCore(text.substring(name.span().start(), name.span().end()), out);
        }
    }

    /** The name without titles and post-nominals: "D Snartt" of "Mr D Snartt CC". */
    private static void nameCore(String written, Set<String> out) {
        String[] words = written.strip().split("\\s+");
        int from = 0;
        while (from < words.length - 1 && isTitle(words[from])) {
            from++;
        }
        int to = words.length;
        while (to > from + 1 && (Lexicons.standard().postNominals().contains(words[to - 1].replaceAll("[,.;:]+$", ""))
                || words[to - 1].matches("[,.;:()]+"))) {
            to--;
        }
        String core = String.join(" ", List.of(words).subList(from, to)).replaceAll("[,;:(]+$", "").strip();
        if (core.length() > 1 && !core.equals(core.toLowerCase(Locale.ROOT)) && !isTitle(core)) {
            out.add(core);
        }
    }

    private static boolean isTitle(String word) {
        String w = word.replaceAll("[.,]+$", "");
        return Lexicons.standard().honorifics().contains(w) || Lexicons.standard().roleTitles().contains(w) || Lexicons.standard().roleHeads().contains(w);
    }

    private static void gold(String json, Set<String> people, Set<String> roles, Set<String> organisations) {
        JsonObject doc = JSON.parse(json);
        JsonValue g = doc.get("gold") != null ? doc.get("gold") : doc.get("answers");
        if (doc.get("council") != null && doc.get("council").isString()) {
            organisations.add(doc.get("council").getAsString().value());
        }
        if (g == null || !g.isObject()) {
            return;
        }
        JsonObject gold = g.getAsObject();
        if (gold.get("committee") != null && gold.get("committee").isString()) {
            organisations.add(gold.get("committee").getAsString().value());
        }
        for (String field : List.of("present", "apologies", "in_attendance", "substitutes", "declarations", "person_roles", "chair")) {
            JsonValue v = gold.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            List<JsonValue> values = v.isArray() ? new ArrayList<>(v.getAsArray()) : List.of(v);
            for (JsonValue e : values) {
                if (e.isString()) {
                    nameCore(e.getAsString().value(), people);
                } else if (e.isObject()) {
                    JsonObject o = e.getAsObject();
                    for (String key : List.of("person", "for")) {
                        if (o.get(key) != null && o.get(key).isString()) {
                            nameCore(o.get(key).getAsString().value(), people);
                        }
                    }
                    if (o.get("role") != null && o.get("role").isString()) {
                        roles.add(o.get("role").getAsString().value());
                    }
                    if (o.get("organisation") != null && o.get("organisation").isString()) {
                        organisations.add(o.get("organisation").getAsString().value());
                    }
                }
            }
        }
    }

    private static void occurrences(String text, Set<String> phrases, EntityType type, List<Mention> out) {
        for (String phrase : phrases) {
            if (phrase.isBlank()) {
                continue;
            }
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                out.add(new Mention(new Span(m.start(), m.end()), type));
            }
        }
    }

    /** Capitalised phrases headed by a post ("Head of Planning") or a body ("Planning Committee"). */
    private static void phrases(String text, List<Mention> out) {
        Matcher m = CAPITALISED_PHRASE.matcher(text);
        while (m.find()) {
            List<int[]> words = new ArrayList<>();
            Matcher w = Pattern.compile("[^\\s]+").matcher(m.group());
            while (w.find()) {
                words.add(new int[] {m.start() + w.start(), m.start() + w.end()});
            }
            int first = 0;
            while (first < words.size() && isCapitalisedDeterminer(word(text, words.get(first)))) {
                first++;
            }
            if (first >= words.size() || Lexicons.standard().honorifics().contains(bare(word(text, words.get(first))))) {
                continue; // "Councillor Siddall", "Mr Vincent": see titledNames
            }
            int titleEnd = roleTitlePrefix(text, words, first);
            if (titleEnd > first && titleEnd < words.size() && !hasRoleHead(text.substring(words.get(titleEnd)[0], words.get(words.size() - 1)[1]))) {
                // "Chairman Siddall": the post, then the name
                out.add(new Mention(new Span(words.get(first)[0], words.get(titleEnd - 1)[1]), EntityType.ROLE));
                out.add(new Mention(new Span(words.get(titleEnd)[0], trimEnd(text, words.get(words.size() - 1))), EntityType.PERSON));
                continue;
            }
            int lastHead = -1;
            for (int i = first; i < words.size(); i++) {
                if (Lexicons.standard().organisationHeads().contains(bare(word(text, words.get(i))))) {
                    lastHead = i;
                }
            }
            int last = words.size() - 1;
            String lastWord = bare(word(text, words.get(last)));
            if (lastHead > first && !HEADS_THAT_ARE_ALSO_ROLES.contains(bare(word(text, words.get(lastHead))))) {
                String phrase = text.substring(words.get(first)[0], words.get(lastHead)[1]);
                int start = words.get(first)[0];
                int of = phrase.lastIndexOf(" of ");
                if (of > 0 && hasRoleHead(phrase.substring(0, of))) {
                    // "Chief Executive of Fenland District Council": the post before "of", the body after.
                    out.add(new Mention(new Span(start, start + of), EntityType.ROLE));
                    String body = phrase.substring(of + 4).replaceFirst("^the ", "");
                    int bodyStart = start + phrase.indexOf(body, of);
                    if (body.split("\\s+").length >= 2) {
                        out.add(new Mention(new Span(bodyStart, bodyStart + body.length()), EntityType.ORGANISATION));
                    }
                } else {
                    int end = trimEnd(text, words.get(lastHead));
                    out.add(new Mention(new Span(start, end), EntityType.ORGANISATION));
                }
            } else {
                String phrase = text.substring(words.get(first)[0], trimEnd(text, words.get(last)));
                if (hasRoleHead(phrase) && !GENERIC.contains(phrase) && !lastWord.isEmpty()) {
                    out.add(new Mention(new Span(words.get(first)[0], words.get(first)[0] + phrase.length()), EntityType.ROLE));
                }
            }
        }
    }

    private static final Set<String> GENERIC = Set.of("Member", "Members", "Officer", "Officers", "Councillors", "Director",
            "Directors", "Manager", "Managers", "Executive");

    /** "The", "This", "Each": an article or determiner opening a capitalised phrase. */
    private static boolean isCapitalisedDeterminer(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && Lexicons.standard().functionWords().containsAny(word, Set.of("article", "determiner"));
    }

    private static String word(String text, int[] w) {
        return text.substring(w[0], w[1]);
    }

    /** A word without a possessive or trailing full stop: "Council’s" gives "Council". */
    private static String bare(String word) {
        return word.replaceAll("(?:['’]s|[.,;:’']+)$", "");
    }

    private static int trimEnd(String text, int[] w) {
        String bare = bare(word(text, w));
        return w[0] + bare.length();
    }

    /** The end (exclusive word index) of the longest post-as-title at {@code first}, or {@code first}. */
    private static int roleTitlePrefix(String text, List<int[]> words, int first) {
        int best = first;
        for (int end = first + 1; end <= Math.min(words.size(), first + 4); end++) {
            String phrase = text.substring(words.get(first)[0], words.get(end - 1)[1]);
            if (Lexicons.standard().roleTitles().contains(phrase)) {
                best = end;
            }
        }
        return best;
    }

    private static boolean hasRoleHead(String phrase) {
        for (String w : phrase.split("[\\s-]+")) {
            if (Lexicons.standard().roleHeads().contains(w) && !w.equals("Members")) {
                return true;
            }
        }
        return Lexicons.standard().roleTitles().contains(phrase);
    }

    private static final Pattern TITLE_WORD = Pattern.compile("\\b\\p{Lu}\\p{L}*\\b");
    private static final Pattern TITLED_NAMES = Pattern.compile("\\.?\\s+((?:[A-Z][\\p{L}'’-]*\\.?\\s+){0,3}[A-Z][\\p{L}'’-]+)"
            + "((?:\\s*,\\s*|\\s+and\\s+)(?:[A-Z][\\p{L}'’-]*\\.?\\s+){0,3}[A-Z][\\p{L}'’-]+)*");

    /** Names after a personal title of the honorifics lexicon: "Mr Vincent", "Councillors Croft and Goodwin". */
    private static void titledNames(String text, List<Mention> out) {
        Matcher title = TITLE_WORD.matcher(text);
        Matcher m = TITLED_NAMES.matcher(text);
        while (title.find()) {
            if (!Lexicons.standard().honorifics().contains(title.group()) || !m.region(title.end(), text.length()).lookingAt()) {
                continue;
            }
            int at = m.start(1);
            String rest = text.substring(at, m.end());
            Matcher part = Pattern.compile("(?:[A-Z][\\p{L}'’-]*\\.?\\s+){0,3}[A-Z][\\p{L}'’-]+").matcher(rest);
            while (part.find()) {
                String[] words = part.group().split("\\s+");
                int n = words.length;
                while (n > 1 && Lexicons.standard().postNominals().contains(words[n - 1])) {
                    n--;
                }
                if (Lexicons.standard().notNames().contains(words[0]) || n == 0) {
                    continue;
                }
                int end = at + part.start() + String.join(" ", List.of(words).subList(0, n)).length();
                out.add(new Mention(new Span(at + part.start(), end), EntityType.PERSON));
            }
        }
    }

    /** The longest candidates win; people before posts before bodies when equally long. */
    private static List<Mention> choose(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt((Mention m) -> -m.span().length()).thenComparing(m -> m.type().ordinal())
                .thenComparing(Mention::span));
        List<Mention> chosen = new ArrayList<>();
        for (Mention m : sorted) {
            if (chosen.stream().noneMatch(c -> c.span().overlaps(m.span()))) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparing(Mention::span));
        return chosen;
    }
}
