package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Pairs people with posts where the name finder found both side by side: "Mark Pirnie, the
 * Scrutiny Manager", "Head of Marketing and Communication (Miss A Goddard)", "Mr P Godwin –
 * Conservation, Design and Landscape Manager", "Director of Services: Ms D. Clarke". Only
 * punctuation (and titles before the name) may stand between them; an organisation joined to
 * the post by "of" or "for" is the post's organisation.
 */
final class PostPairRecogniser implements Recogniser {

    private final Lexicons lexicons;
    private final Participation participation;


    PostPairRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.participation = new Participation(lexicons);
        this.people = new FoundPeople(lexicons);
    }

    /** What may separate a name from the post that follows it. */
    private static final Pattern NAME_THEN_POST = Pattern.compile("(?i)\\s*(?:,|\\(|–|—|-)\\s*(the\\b\\s*)?");
    /** "Brenda had been a Building Control Support Officer", "Sam had been the Council’s Payroll Manager". */
    private static final Pattern COPULA = Pattern.compile(
            "(?i)\\s+(?:was|is|had been|has been|became|had become|remains)\\s+(?:also\\s+)?(?:an?|the)\\s+(?:\\S+['’]s\\s+)?");
    /** What may separate a post from the name that follows it (titles are checked word by word). */
    private static final Pattern POST_THEN_NAME = Pattern.compile("\\s*(?:,|:|\\(|–|—|-)\\s*");
    private static final Pattern COUNCILLOR_BEFORE = Pattern.compile("(?i)\\b(?:councillor|cllr\\.?|clr\\.?)\\s*$");
    private static final Pattern OF = Pattern.compile("\\s+(?:of|for|to|at)\\s+(?:the\\s+)?");

    private final FoundPeople people;

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return participation.withoutMembersOwnTitles(pairs(analysis), found.attendance());
    }

    /** The people and posts the name finder found side by side. */
    List<RoleHolding> pairs(DocumentAnalysis minutes) {
        List<RoleHolding> out = new ArrayList<>();
        DocumentText text = minutes.text();
        for (Span sentence : minutes.sentences()) {
            List<ModelMention> found = minutes.mentionsIn(sentence);
            // In "Name, Post, Name, Post" lists each name takes the post after it, so names are
            // paired forwards first and a post before a name only takes a name left unpaired.
            java.util.Set<ModelMention> done = new java.util.HashSet<>();
            for (int i = 0; i + 1 < found.size(); i++) {
                ModelMention a = found.get(i);
                ModelMention b = found.get(i + 1);
                if (a.type() != EntityType.PERSON || b.type() != EntityType.ROLE || titleOfNext(text, found, i + 1)) {
                    continue;
                }
                String gap = text.quote(new Span(a.span().end(), b.span().start()));
                Matcher apposition = NAME_THEN_POST.matcher(withoutPostNominals(gap));
                boolean paired = apposition.matches() || COPULA.matcher(gap).matches();
                if (paired && apposition.matches() && apposition.group(1) != null
                        && councillorWithOfficersPost(text, a, b)) {
                    // "a query by Councillor McCann, the Lead Legal Services Officer advised ...":
                    // two people; a councillor does not hold an officer's post.
                    paired = false;
                }
                if (paired) {
                    pair(minutes, sentence, found, a, b, out);
                    done.add(a);
                    done.add(b);
                }
            }
            for (int i = 0; i + 1 < found.size(); i++) {
                ModelMention a = found.get(i);
                ModelMention b = found.get(i + 1);
                String gap = text.quote(new Span(a.span().end(), b.span().start()));
                // A post the lexicon knows as a title before a name is the rules' to read, with
                // their knowledge of members' own titles ("County Councillor Driver").
                boolean knownTitle = gap.isBlank() && lexicons.roleTitles().contains(text.quote(a.span()));
                // A post at a line's end belongs to that line's name ("P O’Neill, Director of Services"
                // above "T Lauhoff, ..."), not to the name on the next line.
                if (a.type() == EntityType.ROLE && b.type() == EntityType.PERSON && !done.contains(a) && !done.contains(b)
                        && !knownTitle && !gap.contains("\n") && onlyTitlesAfter(gap)) {
                    pair(minutes, sentence, found, b, a, out);
                    done.add(a);
                    done.add(b);
                }
            }
        }
        return out;
    }

    /** A councillor's title before the name, and a paid officer's post ("... Officer", "Manager", "Director"). */
    private boolean councillorWithOfficersPost(DocumentText text, ModelMention person, ModelMention post) {
        Line line = text.lineAt(person.span().start());
        String before = text.text().substring(Math.max(line.start(), person.span().start() - 20), person.span().start());
        boolean councillor = COUNCILLOR_BEFORE.matcher(before).find();
        String role = text.quote(post.span());
        java.util.Set<String> kinds = lexicons.postWords().tagsIn(role);
        boolean officer = kinds.contains("officer") && !kinds.contains("member");
        return councillor && officer;
    }

    /** "Councillor R T Beckett, Pastor Jimmy Ritchie": a post right before a name is that person's title. */
    private static boolean titleOfNext(DocumentText text, List<ModelMention> found, int post) {
        return post + 1 < found.size() && found.get(post + 1).type() == EntityType.PERSON
                && text.quote(new Span(found.get(post).span().end(), found.get(post + 1).span().start())).isBlank();
    }

    private void pair(DocumentAnalysis minutes, Span sentence, List<ModelMention> found, ModelMention person, ModelMention post,
            List<RoleHolding> out) {
        DocumentText text = minutes.text();
        String organisation = organisationAfter(text, found, post);
        double confidence = Math.min(person.probability(), post.probability());
        people.name(minutes, sentence, person).ifPresent(name -> out.add(new RoleHolding(name, text.quote(post.span()),
                organisation, sentence, Detection.model(confidence))));
    }

    private String withoutPostNominals(String gap) {
        StringBuilder rest = new StringBuilder();
        for (Word w : Words.of(gap)) {
            if (!lexicons.postNominals().contains(w.text())) {
                rest.append(' ').append(w.text());
            }
        }
        return rest.toString();
    }

    private static boolean onlyTitlesAfter(String gap) {
        if (gap.isBlank()) {
            return true; // "Pastor Jimmy Ritchie": the post written as a title
        }
        List<Word> words = Words.of(gap);
        int i = 0;
        StringBuilder separator = new StringBuilder();
        while (i < words.size() && words.get(i).isPunctuation()) {
            separator.append(words.get(i).text());
            i++;
        }
        if (!POST_THEN_NAME.matcher(separator).matches()) {
            return false;
        }
        return i >= words.size() || Words.onlyTitles(gap.substring(words.get(i).start()));
    }

    /** "Director of Children’s Services of Leicestershire County Council": the organisation after the post. */
    private static String organisationAfter(DocumentText text, List<ModelMention> found, ModelMention post) {
        for (ModelMention m : found) {
            if (m.type() == EntityType.ORGANISATION && m.span().start() > post.span().end()
                    && OF.matcher(text.quote(new Span(post.span().end(), m.span().start()))).matches()) {
                return text.quote(m.span());
            }
        }
        return null;
    }
}
