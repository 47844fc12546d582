package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Who presided, read from sentences when the attendance found so far marks no one: "An
 * Cathaoirleach Councillor Jimmy Cudden presided", "RESOLVED that Councillor W Payne would be
 * Chair for the purposes of the meeting", "Councillor Killian then took the chair". Stronger
 * statements win over weaker ones.
 */
final class ChairStatements implements Refiner {

    private final Lexicons lexicons;
    /** Statements of who presided, strongest first; group 1 marks where the verb starts. */
    private final List<Pattern> statements;
    private final NameLists lists;

    ChairStatements(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.lists = new NameLists(lexicons);
        String chair = "(?:" + Lexicon.alternation(lexicons.roleTitles().keysTagged("chair")) + ")";
        this.statements = List.of(
                Pattern.compile("(?i)\\s(presided|was presiding|in the chair|chaired (?:the|this|today'?’?s) meeting)\\b"),
                Pattern.compile("(?i)\\s((?:would|should|will|to) (?:be|act as) (?:the )?" + chair + "\\s+for the (?:purposes? of the |duration of the )?meeting)"),
                Pattern.compile("(?i)\\s((?:was|be|were) (?:duly |unanimously )?(?:elected|appointed) (?:as )?(?:the )?" + chair
                        + "\\s+for the (?:purposes? of the |duration of the )?meeting)"),
                // "He then suggested that Cllr Goodchild be elected to chair the evening’s meeting."
                Pattern.compile("(?i)\\s((?:was|be|were) (?:duly |unanimously )?(?:elected|appointed|asked) to chair the (?:\\S+ )?meeting)"),
                Pattern.compile("(?i)\\s((?:then )?took the chair)\\b"),
                // The weakest: a chair elected or confirmed at the meeting, who presides from then on
                // ("Kent County Councillor Andrew Bowles was confirmed as Chairman and ...").
                Pattern.compile("(?i)\\s((?:was|were|be) (?:duly |unanimously )?(?:re-?)?(?:elected|appointed|confirmed) (?:as )?(?:the )?" + chair + ")\\b"));
    }


    @Override
    public Facts refine(DocumentAnalysis analysis, Facts facts) {
        if (facts.attendance().stream().anyMatch(Attendance::presided)) {
            return facts;
        }
        return statement(analysis).map(chair -> FactMerger.merge(facts, List.of(chair))).orElse(facts);
    }

    /** The person the strongest statement of presiding names, as present and presiding. */
    Optional<Attendance> statement(DocumentAnalysis analysis) {
        DocumentText text = analysis.text();
        for (Pattern p : statements) {
            for (Span sentence : analysis.sentences()) {
                Matcher m = p.matcher(text.quote(sentence));
                if (m.find()) {
                    int verb = sentence.start() + m.start(1);
                    List<ListedPerson> people = lists.before(analysis, sentence.start(), verb);
                    if (!people.isEmpty()) {
                        ListedPerson chair = people.get(people.size() - 1);
                        return Optional.of(new Attendance(chair.name(), AttendanceStatus.PRESENT, null, true, null, sentence));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
