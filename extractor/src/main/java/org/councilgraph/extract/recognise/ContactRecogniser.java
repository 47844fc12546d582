package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.RolePhrase;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Reads the contact line of a meeting page: "Contact: Emma James/Jo Weston  Overview and Scrutiny
 * Officers" names the contacts and the post they share; telephone numbers and e-mail
 * addresses are not part of it.
 */
final class ContactRecogniser implements Recogniser {

    private final Lexicons lexicons;
    private final Participation participation;


    ContactRecogniser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.participation = new Participation(lexicons);
    }

    private static final Pattern CONTACT = Pattern.compile("(?im)^\\s*contacts?:\\s*(.+)$");
    private static final Pattern CONTACT_DETAILS = Pattern.compile("(?i)\\s*(?:\\(|tel\\b|telephone|email|e-mail|phone|\\d{3,}|\\S+@\\S+).*$");

    private final PersonNameParser names = new PersonNameParser();

    @Override
    public List<Fact> recognise(DocumentAnalysis analysis, Facts found) {
        return participation.withoutMembersOwnTitles(contacts(analysis), found.attendance());
    }

    /** The contacts the header names, with the post they share. */
    List<RoleHolding> contacts(DocumentAnalysis minutes) {
        DocumentText text = minutes.text();
        List<RoleHolding> out = new ArrayList<>();
        Matcher m = CONTACT.matcher(text.text()).region(minutes.header().start(), minutes.header().end());
        while (m.find()) {
            String value = CONTACT_DETAILS.matcher(m.group(1)).replaceFirst("");
            List<Word> words = Words.of(value, m.start(1));
            List<PersonName> contacts = new ArrayList<>();
            int i = 0;
            int roleStart = -1;
            while (i < words.size()) {
                Word w = words.get(i);
                if (w.isPunctuation() || w.text().equalsIgnoreCase("or") || w.text().equalsIgnoreCase("and")) {
                    i++;
                    continue;
                }
                var name = names.parse(words, i, words.size(), null, PersonNameParser.Context.PROSE, minutes.givenNames());
                if (name.isPresent()) {
                    contacts.add(name.get().name());
                    i = name.get().end();
                    continue;
                }
                roleStart = i;
                break;
            }
            if (contacts.isEmpty() || roleStart < 0 || RolePhrase.end(words, roleStart, words.size()) <= roleStart) {
                continue;
            }
            int roleEnd = RolePhrase.end(words, roleStart, words.size());
            Span role = new Span(words.get(roleStart).start(), words.get(roleEnd - 1).end());
            Line line = text.lineAt(m.start());
            for (PersonName contact : contacts) {
                out.add(new RoleHolding(contact, text.flat(role), null, line.trimmedSpan()));
            }
        }
        return out;
    }
}
