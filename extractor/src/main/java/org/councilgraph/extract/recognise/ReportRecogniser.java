package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.RolePhrase;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Reads the reports an item considered and who wrote or presented them: "The Commission
 * considered a report of the Director of Corporate Resources", "A report was presented by Sarah
 * Jenkins, Head of Service – Customer Access". A presenter was at the meeting.
 */
final class ReportRecogniser implements Recogniser {

    private final Lexicons lexicons;


    ReportRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.lists = new NameLists(lexicons);
    }

    private static final Pattern REPORT_OF = Pattern.compile("(?i)\\b(?:considered|received|noted|discussed)\\s+(?:a|the)\\s+(?:joint\\s+)?report\\s+(?:of|from|by)\\s+(?:the\\s+)?");
    private static final Pattern PRESENTED_BY = Pattern.compile("(?i)\\breport\\s+(?:was|were)\\s+(?:presented|introduced|submitted)\\s+by\\s+");

    private final NameLists lists;

    @Override
    public List<Fact> recognise(DocumentAnalysis minutes, Facts found) {
        List<Fact> out = new ArrayList<>();
        DocumentText text = minutes.text();
        for (Span sentence : minutes.sentences()) {
            int item = minutes.itemPositionAt(sentence.start());
            if (item == 0) {
                continue;
            }
            String s = text.quote(sentence);
            Matcher of = REPORT_OF.matcher(s);
            if (of.find()) {
                List<Word> words = Words.of(s.substring(of.end()), sentence.start() + of.end());
                int end = RolePhrase.end(words, 0, words.size());
                if (end > 0) {
                    String role = text.flat(new Span(words.get(0).start(), words.get(end - 1).end()));
                    out.add(new Report(item, role, null, sentence));
                }
            }
            Matcher by = PRESENTED_BY.matcher(s);
            if (by.find()) {
                List<ListedPerson> presenters = lists.after(minutes, sentence.start() + by.end(), sentence.end());
                if (!presenters.isEmpty()) {
                    ListedPerson p = presenters.get(0);
                    out.add(new Report(item, null, p.name(), sentence));
                    out.add(new Attendance(p.name(), AttendanceStatus.IN_ATTENDANCE, p.role(), false, null, sentence));
                    if (p.role() != null) {
                        out.add(new RoleHolding(p.name(), p.role(), p.organisation(), sentence));
                    }
                }
            }
        }
        return out;
    }
}
