package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Decisions worded plainly, one sentence at a time: "It was agreed that ...", "The minutes
 * ... were approved as a correct record", "Members also agreed that ...", "Andy Vigrass was
 * unanimously elected as Chairman", "A vote of sympathy was passed", "the Council approved the
 * draft Strategy", "The minutes ... were signed as a true record", proposals agreed in the same
 * sentence ("proposed by X, seconded by Y and unanimously agreed to ...") or the next ("All
 * agreed."), and unmarked parts "1. That ...". Proposals alone ("It was further proposed that
 * ...") are not decisions.
 */
final class PlainDecisions {

    private final Lexicons lexicons;


    PlainDecisions(Lexicons lexicons) {
        this.lexicons = lexicons;
        String reporting = Lexicon.alternation(lexicons.verbs().keysTagged("reporting"));
        this.passive = Pattern.compile("(?i)\\b(?:was|were|be)\\b(?:(?!\\bnot\\b)[\\w\\s,’']){0,30}?\\b("
                + Lexicon.alternation(lexicons.verbs().keysTagged("decision")) + ")\\b");
        this.reported = Pattern.compile("(?i)^(?:it was |members were |the \\w+ was |the \\w+ were )?(?:" + reporting
                + ")\\s+that\\b|^it was (?:" + reporting + ")\\b");
    }

    /** "The recommendations were approved": a passive decision verb of the verbs lexicon. */
    private final Pattern passive;
    /** "It was noted that ...": a report of what someone said, not a decision. */
    private final Pattern reported;

    /** A plainly worded decision and its part label, if any. */
    record Decision(Span span, String label) {
    }

    /** How a decision was taken, between its subject and its verb: "also", "further", "unanimously", "then". */
    private static final String MANNER = "(?:also |further |unanimously |then )*";
    /** The body that decides, as minutes name it ("the Committee", "Members", "all Councillors"), with its manner. */
    private static final String DECIDING_BODY = "(?:all |the )?(?:members|councillors|cllrs|committee|panel|council|commission|board|cabinet|meeting)\\s+" + MANNER;
    private static final Pattern IT_WAS_AGREED = Pattern.compile("(?i)\\bit was " + MANNER + "(?:agreed|resolved|decided)\\s+(that|to)\\b");
    private static final Pattern BODY_AGREED = Pattern.compile(
            "(?i)^" + DECIDING_BODY + "(?:agreed|resolved|decided)\\s+(that|to)\\b");
    private static final Pattern AGREED_START = Pattern.compile(
            "^(?:Agreed|AGREED|Approved|APPROVED)\\b\\s*(?:[–—:-]|that\\b|to\\b|as (?:a |the )?(?:correct|true|accurate) records?\\b|the minutes\\b)");
    /** "the Council approved the draft Strategy", "The Members extended a vote of sympathy", "Councillors determined that". */
    private static final Pattern BODY_ACTED = Pattern.compile(
            "(?i)(?:^|[,)]\\s*)" + DECIDING_BODY + "(?:noted [^.]{3,60}? and )?"
                    + "(?:approved|adopted|endorsed|ratified|confirmed (?:the )?minutes|agreed (?:that|to)|resolved (?:that|to)|determined that|extended (?:a |their )?votes? of)\\b");
    /** Minutes approved by signing: "were signed as a true record", "The Chairman signed the minutes", "was authorised to sign the minutes". */
    private static final Pattern MINUTES_SIGNED = Pattern.compile(
            "(?i)\\bminutes\\b[^.]{0,200}?\\b(?:was|were)\\s+(?:[\\w ,]{0,40}?\\band\\s+)?(?:duly\\s+)?signed\\b|\\bsigned\\s+the\\s+minutes\\b|\\bauthori[sz]ed\\s+to\\s+sign\\s+the\\s+minutes\\b");
    /** A line about minutes closed by its verdict: "Minutes of the meeting held on 13 May – Approved.", "...: Agreed." */
    private static final Pattern MINUTES_THEN_VERDICT = Pattern.compile(
            "(?i)\\bminutes\\b[^.]{0,200}?(?:\\s[–—-]+|:-?)\\s*(?:approved|agreed|confirmed|accepted|adopted)(?:\\s+as\\s+(?:a\\s+)?(?:correct|true|accurate)\\s+record)?\\.?\\s*$");
    /** "It was agreed that the minutes of the above meeting were correct": a decision about minutes needs no modal. */
    private static final Pattern THAT_THE_MINUTES = Pattern.compile("(?i)^\\s*the\\s+minutes\\b");
    /** A proposal, not yet a decision: "It was further proposed that ...", "He then suggested that ...". */
    private static final Pattern PROPOSAL = Pattern.compile("(?i)\\b(?:proposed|suggested|moved|nominated)\\b(?:\\s+by\\b[^.]{0,80}?)?[,]?\\s+that\\b|^it was (?:further |also )?proposed\\b");
    /** A proposal the meeting agreed: "proposed by X, seconded by Y and unanimously agreed to ...", "PROPOSED ..., SECONDED ..., AGREED". */
    private static final Pattern PROPOSED_AND_AGREED = Pattern.compile(
            "(?i)\\b(?:proposed|moved)\\b.*?\\bseconded\\b.*?(?:\\band\\b|,)\\s+(?:was\\s+|were\\s+)?(?:then\\s+)?(?:unanimously\\s+|duly\\s+)?"
                    + "(?:agreed|carried|approved|resolved|adopted|all in favour)\\b|\\bproposed\\b.*?(?:\\band\\b|,)\\s+(?:was\\s+|were\\s+)?(?:then\\s+)?"
                    + "(?:unanimously\\s+|duly\\s+)?(?:agreed|carried|approved|resolved|adopted)\\b");
    /** A short sentence that records the vote on the proposal before it: "All agreed.", "All in favour.", "Carried." */
    private static final Pattern AGREEMENT = Pattern.compile(
            "(?i)^\\s*(?:all (?:members )?(?:agreed|in favour)|agreed(?: unanimously)?|unanimously (?:agreed|carried)|carried(?: unanimously)?|motion carried)\\b[^.]{0,25}\\.?\\s*$");
    private static final Pattern DECLARED_ELECTED = Pattern.compile("(?is)\\bdeclared\\b.{3,80}?\\belected\\b");
    private static final Pattern UNANIMOUS_DECISION = Pattern.compile("(?i)\\b(?:it was )?the (?:unanimous )?decision (?:of [^.]{3,40} )?to\\b");
    private static final Pattern WHICH_APPROVED = Pattern.compile("(?i)\\bwhich the (?:council|committee|panel|meeting|members) (?:approved|agreed)\\b");
    /** "1. That ...", also after a field label of a decision record: "Content: a) That a revised officer delegation ...". */
    private static final Pattern PART_THAT = Pattern.compile("^\\s*(?:\\p{Lu}\\p{Ll}+(?: \\p{Ll}+)?:\\s*)?(\\d{1,2}[.)]|[A-H][.)]|\\(?[a-h]\\))\\s+That\\b");
    private static final Pattern EARLIER = Pattern.compile("(?i)\\b(?:had|has|have)\\s+(?:\\w+\\s+)?been\\b|\\bby (?:the )?(?:cabinet|council|committee|government|board|minister)\\b");
    private static final Pattern LEADING_REFERENCE = Pattern.compile("^[\\s\\d/.():;,-]*(?:(?:however|also|further|furthermore|in addition|in response),?\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORMAL_SUBJECT = Pattern.compile("(?i)\\b(?:vote|votes|motion|resolution|proposal|amendment|recommendation)s?\\b");
    private static final Pattern LABEL_BEFORE = Pattern.compile("^\\s*(\\d{1,2}[.)]|[A-H][.)]|\\(?[a-h]\\))\\s*$");
    private static final Set<String> MODALS = Set.of("should", "would", "will", "shall", "can", "could", "may", "must",
            "be", "needs", "need", "to", "continue", "write", "ask", "remain");

    List<Decision> find(DocumentText text, Span sentence) {
        String s = text.quote(sentence).strip();
        List<Decision> out = new ArrayList<>();
        // A sentence with no full stop before it may start lines above its part label: the label starts its last line.
        int lastLine = text.text().lastIndexOf('\n', sentence.end() - 1) + 1;
        Matcher part = PART_THAT.matcher(text.text()).region(sentence.start(), sentence.end());
        if (part.lookingAt() || lastLine > sentence.start() && part.region(lastLine, sentence.end()).lookingAt()) {
            out.add(new Decision(toLineEnd(text, new Span(part.end(1), sentence.end())), part.group(1)));
            return out;
        }
        String lineBefore = text.text().substring(text.lineAt(sentence.start()).start(), sentence.start());
        Matcher label = LABEL_BEFORE.matcher(lineBefore);
        if (s.startsWith("That ") && label.find()) {
            // "1. That the recommendations ... are approved.": the part label was split off as a list marker.
            out.add(new Decision(toLineEnd(text, sentence), label.group(1)));
            return out;
        }
        if (isDecision(s)) {
            out.add(new Decision(sentence, null));
            return out;
        }
        if (s.toLowerCase(Locale.ROOT).contains("proposed") && !reported.matcher(s).find()) {
            Span next = nextSentence(text, sentence);
            if (next != null && AGREEMENT.matcher(text.quote(next)).matches()) {
                // "Chris Hatch was proposed by Cllr Hunns and seconded by Cllr Savage. All agreed.": the proposal and its vote.
                out.add(new Decision(new Span(sentence.start(), next.end()), null));
            }
        }
        return out;
    }

    /** The sentence right after {@code sentence}: up to the next full stop, in its paragraph. */
    private static Span nextSentence(DocumentText text, Span sentence) {
        String t = text.text();
        int from = sentence.end();
        while (from < t.length() && (t.charAt(from) == ' ' || t.charAt(from) == '.')) {
            from++;
        }
        if (from >= t.length() || t.charAt(from) == '\n' && t.indexOf('\n', from + 1) == from + 1) {
            return null;
        }
        int end = from;
        while (end < t.length() && t.charAt(end) != '.' && t.charAt(end) != '\n') {
            end++;
        }
        return end > from && end - from < 60 ? new Span(from, Math.min(t.length(), end + 1)) : null;
    }

    /** A decision part ends with its line when the line ends with a full stop or a semicolon. */
    private static Span toLineEnd(DocumentText text, Span span) {
        var line = text.lineAt(span.start());
        String t = line.text().stripTrailing();
        if (line.end() < span.end() && (t.endsWith(";") || t.endsWith("."))) {
            return text.trim(new Span(span.start(), line.start() + t.length()));
        }
        return text.trim(span);
    }

    boolean isDecision(String sentence) {
        // "069/23: All Cllrs agreed ...": a minute reference before the sentence is not part of it.
        String s = LEADING_REFERENCE.matcher(sentence).replaceFirst("");
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("to be ") || lower.startsWith("to be\n")) {
            return false;
        }
        if (lower.startsWith("if ") || lower.contains("?") || reported.matcher(s).find()) {
            return false;
        }
        if (PROPOSED_AND_AGREED.matcher(s).find() || MINUTES_SIGNED.matcher(s).find() || MINUTES_THEN_VERDICT.matcher(s).find()) {
            return true;
        }
        Matcher it = IT_WAS_AGREED.matcher(s);
        if (it.find()) {
            return it.group(1).equalsIgnoreCase("to") || hasModal(s.substring(it.end()))
                    || THAT_THE_MINUTES.matcher(s.substring(it.end())).find();
        }
        Matcher body = BODY_AGREED.matcher(s);
        if (body.find()) {
            String clause = s.substring(body.end()).strip().toLowerCase(Locale.ROOT);
            if (Pattern.compile("^(?:if|whilst|while|although|though|when|unless)\\b").matcher(clause).find()) {
                return false;
            }
            return body.group(1).equalsIgnoreCase("to") || hasModal(clause) || THAT_THE_MINUTES.matcher(clause).find();
        }
        if (AGREED_START.matcher(s).find() || UNANIMOUS_DECISION.matcher(s).find() || WHICH_APPROVED.matcher(s).find()
                || DECLARED_ELECTED.matcher(s).find() || BODY_ACTED.matcher(s).find()) {
            return true;
        }
        if (PROPOSAL.matcher(s).find()) {
            return false;
        }
        Matcher passive = this.passive.matcher(s);
        if (passive.find()) {
            String before = s.substring(0, passive.start());
            String verb = passive.group(1).toLowerCase(Locale.ROOT);
            if ((verb.equals("passed") || verb.equals("extended") || verb.equals("carried")) && !FORMAL_SUBJECT.matcher(s).find()) {
                return false;
            }
            if (EARLIER.matcher(s.substring(Math.max(0, passive.start() - 20), Math.min(s.length(), passive.end() + 40))).find()) {
                return false;
            }
            if ((verb.equals("elected") || verb.equals("appointed")) && !before.matches("(?s).*\\p{Lu}\\p{L}+\\s*$")) {
                return false;
            }
            return !before.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:if|whether|when|whilst|while|once|until|should|would|could)\\b.*")
                    && !lower.startsWith("it was noted") && !lower.contains("to be agreed");
        }
        return false;
    }

    private static boolean hasModal(String clause) {
        String[] words = clause.toLowerCase(Locale.ROOT).split("[^a-z']+");
        for (int i = 0; i < Math.min(words.length, 18); i++) {
            if (MODALS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }
}
