package org.councilgraph.extract.recognise;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Detection;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.nlp.EntityType;
import org.councilgraph.extract.nlp.ModelMention;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds officers the minutes record taking part who are on no attendance list: a person named
 * in full without a title at the start of a sentence and followed by a verb of speaking
 * ("Amanda Hatton confirmed that ...", "Donna Talbot agreed to look into this"). Minutes name
 * officers that way, members and visitors with a title; an officer who spoke attended, and not
 * as a member. Names come from the trained name finder; people already listed are left alone.
 */
final class SpeakerRecogniser implements Recogniser {

    private static final Pattern RESPONSE = Pattern.compile("(?i)\\s*(?:in response|in reply|responding)\\s*,?");

    private final Lexicons lexicons;


    SpeakerRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.people = new FoundPeople(lexicons);
    }

    private final FoundPeople people;

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return new java.util.ArrayList<>(speakers(analysis, found.attendance()));
    }

    /** Officers who spoke and are not among the people {@code known} to have attended. */
    List<Attendance> speakers(DocumentAnalysis minutes, List<Attendance> known) {
        List<Attendance> out = new ArrayList<>();
        DocumentText text = minutes.text();
        for (Span sentence : minutes.sentences()) {
            for (ModelMention m : minutes.mentionsIn(sentence)) {
                if (m.type() != EntityType.PERSON || !opensSentence(text, sentence, m) || !speaks(text, sentence, m)) {
                    continue;
                }
                people.name(minutes, sentence, m)
                        // Minutes name officers in full and without a title ("Amanda Hatton confirmed");
                        // a titled name ("Mrs O'Kelly advised") is as likely a member or a visitor.
                        .filter(name -> name.honorifics().isEmpty() && name.roleTitle() == null && !name.givenNames().isEmpty())
                        .filter(name -> known.stream().noneMatch(a -> sameOrMisspelt(a.person(), name)
                                || a.substituteFor() != null && sameOrMisspelt(a.substituteFor(), name)))
                        .filter(name -> out.stream().noneMatch(a -> a.person().compatibleWith(name)))
                        .ifPresent(name -> out.add(new Attendance(name, AttendanceStatus.IN_ATTENDANCE, null, false, null,
                                sentence, Detection.model(m.probability()))));
            }
        }
        return out;
    }

    /** Only titles (and "In response,") stand before the name. */
    private boolean opensSentence(DocumentText text, Span sentence, ModelMention m) {
        // A view, not a copy: a sentence can be a list of thousands of names, each read from the sentence's start.
        CharSequence before = CharBuffer.wrap(text.text(), sentence.start(), m.span().start());
        Matcher response = RESPONSE.matcher(before);
        return Words.onlyTitles(response.lookingAt() ? before.subSequence(response.end(), before.length()) : before);
    }

    private boolean speaks(DocumentText text, Span sentence, ModelMention m) {
        List<Word> after = Words.of(text.quote(new Span(m.span().end(), sentence.end())));
        int i = 0;
        while (i < after.size() && (lexicons.postNominals().contains(after.get(i).text()) || after.get(i).text().equals(","))) {
            i++;
        }
        if (i < after.size() && after.get(i).text().equals("(")) {
            while (i < after.size() && !after.get(i).text().equals(")")) {
                i++;
            }
            i++;
        }
        if (i < after.size() && lexicons.functionWords().contains(after.get(i).text(), "adverb")) {
            i++;
        }
        return i < after.size() && lexicons.verbs().contains(after.get(i).text(), "speech");
    }

    /**
     * Compatible names, or names whose family names differ by one letter: minutes misspell the
     * people they list ("Natasha Hidderley" in the list, "Ms Hidderly" in the text).
     */
    static boolean sameOrMisspelt(PersonName a, PersonName b) {
        if (a.compatibleWith(b)) {
            return true;
        }
        String x = a.familyKey();
        String y = b.familyKey();
        return x.length() >= 5 && y.length() >= 5 && x.charAt(0) == y.charAt(0) && oneEditApart(x, y)
                && (a.firstInitial().isEmpty() || b.firstInitial().isEmpty() || a.firstInitial().equals(b.firstInitial()));
    }

    private static boolean oneEditApart(String x, String y) {
        if (Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        // One substitution, insertion or deletion at the first difference, the rest equal.
        return x.substring(Math.min(i + 1, x.length())).equals(y.substring(Math.min(i + 1, y.length())))
                || x.substring(i).equals(y.substring(Math.min(i + 1, y.length())))
                || x.substring(Math.min(i + 1, x.length())).equals(y.substring(i));
    }

}
