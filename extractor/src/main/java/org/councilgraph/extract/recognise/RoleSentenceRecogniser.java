package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.ListedPerson;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.RolePhrase;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Reads posts paired with names in running text: "Sarah Jenkins, Head of Service – Customer
 * Access", "The Lead Member for Resources, Mr L. Breckon CC", "Councillor Cracknell (Portfolio
 * Holder for Children and Education)", "Councillor Emma Marshall was an executive Member of
 * Redditch Borough Council", "Andy Vigrass was unanimously elected as Chairman", "Honorary
 * Alderman Jean Goad".
 */
final class RoleSentenceRecogniser implements Recogniser {

    private final Lexicons lexicons;
    private final Participation participation;


    RoleSentenceRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.participation = new Participation(lexicons);
        this.lists = new NameLists(lexicons);
    }

    private static final Pattern COPULA = Pattern.compile("(?i)^\\s*(?:was|is|had been|has been|remains|became)\\s+(?:also\\s+)?(?:an?|the)\\s+");
    private static final Pattern ELECTED = Pattern.compile("(?i)^\\s*(?:was|were|be|is)\\s+(?:duly\\s+|unanimously\\s+|re-?)*(?:elected|appointed)\\s+(?:as\\s+)?(?:the\\s+)?");
    private static final Pattern DECLARED_ELECTED = Pattern.compile("(?i)\\bdeclared\\s+(.{3,60}?)\\s+(?:duly\\s+)?elected\\s+(?:as\\s+)?(?:the\\s+)?");

    private final NameLists lists;

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return participation.withoutMembersOwnTitles(posts(analysis), found.attendance());
    }

    /** The posts paired with names in the sentences of {@code minutes}. */
    List<RoleHolding> posts(DocumentAnalysis minutes) {
        List<RoleHolding> out = new java.util.ArrayList<>();
        DocumentText text = minutes.text();
        for (Span sentence : minutes.sentences()) {
            nameFirst(minutes, sentence, out);
            roleFirst(minutes, sentence, out);
            declaredElected(minutes, sentence, out);
        }
        return out;
    }

    private void nameFirst(DocumentAnalysis minutes, Span sentence, List<RoleHolding> out) {
        DocumentText text = minutes.text();
        List<Word> words = Words.of(text.quote(sentence), sentence.start());
        int k = 0;
        while (k < words.size()) {
            Word w = words.get(k);
            if (!w.isCapitalised()) {
                k++;
                continue;
            }
            List<ListedPerson> found = lists.after(minutes, w.start(), sentence.end());
            if (found.isEmpty()) {
                k++;
                continue;
            }
            for (ListedPerson p : found) {
                if (p.role() != null) {
                    out.add(new RoleHolding(p.name(), p.role(), p.organisation(), sentence));
                }
                titleAsRole(p.name(), out);
            }
            ListedPerson last = found.get(found.size() - 1);
            int after = Math.max(last.name().span().end(), last.roleSpan() == null ? 0 : last.roleSpan().end());
            copula(text, sentence, last.name(), after, out);
            while (k < words.size() && words.get(k).start() < after) {
                k++;
            }
        }
    }

    private void titleAsRole(PersonName name, List<RoleHolding> out) {
        String kind = participation.titleKind(name);
        if (kind != null) {
            out.add(new RoleHolding(name, name.roleTitle(), null, name.span()));
        }
    }

    /** "... was an executive Member of Redditch Borough Council", "... was unanimously elected as Chairman". */
    private void copula(DocumentText text, Span sentence, PersonName name, int after, List<RoleHolding> out) {
        String rest = text.text().substring(after, sentence.end());
        for (Pattern p : List.of(COPULA, ELECTED)) {
            Matcher m = p.matcher(rest);
            if (m.find()) {
                RoleAndOrganisation ro = RoleAndOrganisation.parse(rest.substring(m.end()), lexicons);
                if (ro != null) {
                    out.add(new RoleHolding(name, ro.role(), ro.organisation(), sentence));
                }
            }
        }
    }

    /** "The Lead Member for Resources, Mr L. Breckon CC, ..." and "the Director of ..., Stuart Easingwood’s". */
    private void roleFirst(DocumentAnalysis minutes, Span sentence, List<RoleHolding> out) {
        DocumentText text = minutes.text();
        List<Word> words = Words.of(text.quote(sentence), sentence.start());
        for (int k = 0; k < words.size(); k++) {
            // A post that opens a sentence or follows "the"; after a comma it is more likely a list of names and posts.
            boolean opens = k == 0 || words.get(k - 1).text().equalsIgnoreCase("the");
            if (!opens || !words.get(k).isCapitalised()) {
                continue;
            }
            int end = RolePhrase.end(words, k, words.size());
            if (end <= k || end >= words.size() - 1 || !words.get(end).text().equals(",")) {
                continue;
            }
            List<ListedPerson> found = lists.after(minutes, words.get(end + 1).start(), sentence.end());
            if (!found.isEmpty()) {
                Span role = new Span(words.get(k).start(), words.get(end - 1).end());
                out.add(new RoleHolding(found.get(0).name(), text.flat(role), null, sentence));
                k = end;
            }
        }
    }

    private void declaredElected(DocumentAnalysis minutes, Span sentence, List<RoleHolding> out) {
        DocumentText text = minutes.text();
        Matcher m = DECLARED_ELECTED.matcher(text.quote(sentence));
        if (m.find()) {
            List<ListedPerson> who = lists.after(minutes, sentence.start() + m.start(1), sentence.start() + m.end(1));
            RoleAndOrganisation ro = RoleAndOrganisation.parse(text.quote(sentence).substring(m.end()), lexicons);
            if (!who.isEmpty() && ro != null) {
                out.add(new RoleHolding(who.get(0).name(), ro.role(), ro.organisation(), sentence));
            }
        }
    }
}
