package org.councilgraph.extract.participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * The places a document names people: every person in the rules' facts, and every person
 * mention of the name finder read as a name with the titles written before it ("Councillor" in
 * "Councillor Croft"), which the model leaves out. Where both name a person at one place, the
 * rules' reading is kept.
 */
public final class PersonMentions {

    private static final int MAX_TITLE_WORDS = 3;

    private final Lexicons lexicons;
    private final PersonNameParser parser = new PersonNameParser();

    public PersonMentions(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** The people {@code analysis} names, in text order, with what the rules' {@code facts} say of them. */
    public List<PersonMention> of(DocumentAnalysis analysis, Facts facts) {
        // The same name needs the same family name: each mention looks among those attendances only.
        java.util.Map<String, List<Attendance>> attendance = facts.attendance().stream()
                .collect(java.util.stream.Collectors.groupingBy(a -> a.person().familyKey()));
        List<PersonMention> out = new ArrayList<>();
        Taken taken = new Taken(analysis.text().length());
        for (Fact f : facts.all()) {
            for (PersonName p : f.people()) {
                if (p.span() != null && !taken.overlaps(p.span())) {
                    out.add(withRules(p, attendance, true));
                    taken.add(out.get(out.size() - 1).span());
                }
            }
        }
        // The words of a line, read once for all its mentions: a list of a thousand names on one
        // line would otherwise be read a thousand times.
        java.util.Map<Span, List<Word>> wordsOfWindows = new java.util.HashMap<>();
        for (ModelMention m : analysis.mentions()) {
            if (m.type() != EntityType.PERSON || taken.overlaps(m.span())) {
                continue;
            }
            read(analysis, m, wordsOfWindows).ifPresent(name -> {
                out.add(withRules(name, attendance, false));
                taken.add(out.get(out.size() - 1).span());
            });
        }
        out.sort(Comparator.comparing(PersonMention::span));
        return out;
    }

    private static PersonMention withRules(PersonName name, java.util.Map<String, List<Attendance>> attendance, boolean byRules) {
        for (Attendance a : attendance.getOrDefault(name.familyKey(), List.of())) {
            if (a.person().sameNameAs(name)) {
                return new PersonMention(name, byRules, a.status(), a.presided());
            }
        }
        return new PersonMention(name, byRules, null, false);
    }

    /** The name finder's mention read as a name, with the titles right before it. */
    private Optional<PersonName> read(DocumentAnalysis analysis, ModelMention mention, java.util.Map<Span, List<Word>> wordsOfWindows) {
        Line line = analysis.text().lineAt(mention.span().start());
        Span window = new Span(line.start(), Math.max(mention.span().end(), line.end()));
        List<Word> words = wordsOfWindows.computeIfAbsent(window, w -> Words.of(analysis.text().quote(w), w.start()));
        // Words stand in order, their starts and ends rising: find the mention's first and last by binary search.
        int first = firstAtOrAfter(words, mention.span().start(), true);
        int last = firstAtOrAfter(words, mention.span().end() + 1, false) - 1;
        first = first == words.size() ? -1 : first;
        if (first < 0 || last < first) {
            return Optional.empty();
        }
        int from = first;
        while (from > 0 && first - from < MAX_TITLE_WORDS && isTitle(words.get(from - 1))) {
            from--;
        }
        int to = last + 1;
        while (to < words.size() && lexicons.postNominals().contains(words.get(to).text())) {
            to++;
        }
        return parser.parse(words, from, to, null, PersonNameParser.Context.SEQUENCE, analysis.givenNames())
                .filter(m -> m.name().span() != null && m.name().span().end() >= mention.span().end() - 1)
                .map(PersonNameParser.Match::name);
    }

    /** The index of the first word whose start (or end) is at least {@code offset}, or the number of words. */
    private static int firstAtOrAfter(List<Word> words, int offset, boolean byStart) {
        int low = 0;
        int high = words.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if ((byStart ? words.get(mid).start() : words.get(mid).end()) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The spans of the mentions taken so far, to tell whether one overlaps a span without checking
     * each (a list of thousands of names): a Fenwick tree over span starts of the furthest end
     * among the spans starting there or before. A span overlaps one taken exactly when a taken span
     * starting before its end ends after its start.
     */
    private static final class Taken {
        private final int[] furthestEnd;

        Taken(int textLength) {
            furthestEnd = new int[textLength + 2];
            java.util.Arrays.fill(furthestEnd, -1);
        }

        void add(Span span) {
            for (int i = span.start() + 1; i < furthestEnd.length; i += i & -i) {
                furthestEnd[i] = Math.max(furthestEnd[i], span.end());
            }
        }

        boolean overlaps(Span span) {
            int furthest = -1;
            for (int i = Math.min(span.end(), furthestEnd.length - 1); i > 0; i -= i & -i) {
                furthest = Math.max(furthest, furthestEnd[i]);
            }
            return furthest > span.start();
        }
    }

    private boolean isTitle(Word w) {
        String t = w.text();
        return lexicons.honorifics().contains(t) || lexicons.roleTitles().contains(t) || t.equals(".");
    }
}
