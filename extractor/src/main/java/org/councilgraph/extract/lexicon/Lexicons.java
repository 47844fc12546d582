package org.councilgraph.extract.lexicon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lexicons the rules read, one per data file in this package, each with its own comment
 * header saying what belongs in it. Recognisers are given a {@code Lexicons} when they are made
 * ({@link #standard()} unless a test gives smaller ones with {@link #with(Lexicon)}); the
 * standard files are loaded once.
 */
public final class Lexicons {

    /** The data files, by name: every word list the rules use lives in exactly one of them. */
    static final List<String> FILES = List.of("honorifics", "post-nominals", "given-names", "not-names", "role-heads",
            "role-titles", "attendance-labels", "organisation-heads", "verbs", "abbreviations", "function-words",
            "post-words", "venue-heads", "interest-kinds", "boilerplate", "item-references", "minutes-marks",
            "decision-words");

    private final Map<String, Lexicon> byName;

    private Lexicons(Map<String, Lexicon> byName) {
        // In the order of FILES: what iterates over the lexicons (a digest of them) sees one order.
        this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    /** The lexicons of councilgraph's data files, loaded on first use. */
    public static Lexicons standard() {
        return Standard.LEXICONS;
    }

    /** These lexicons with {@code replacement} instead of the one of the same name. */
    public Lexicons with(Lexicon replacement) {
        if (!byName.containsKey(replacement.name())) {
            throw new IllegalArgumentException("no lexicon is named " + replacement.name() + "; the names are " + FILES);
        }
        Map<String, Lexicon> copy = new LinkedHashMap<>(byName);
        copy.put(replacement.name(), replacement.name().equals("honorifics") ? replacement.withInitialsNeverMatching() : replacement);
        return new Lexicons(copy);
    }

    /** Every lexicon, by the name of its data file, in a fixed order. */
    public Map<String, Lexicon> all() {
        return byName;
    }

    /** Titles written before names: Mr, Cllr, Councillors (= Councillor), Reverend, ... */
    public Lexicon honorifics() {
        return byName.get("honorifics");
    }

    /** Letters written after names: CC, CBE, MBE, JP, ... */
    public Lexicon postNominals() {
        return byName.get("post-nominals");
    }

    /** Common given names in the UK and Ireland, to tell names from other capitalised words. */
    public Lexicon givenNames() {
        return byName.get("given-names");
    }

    /** Capitalised words that are never part of a person's name (Council, Report, January, ...). */
    public Lexicon notNames() {
        return byName.get("not-names");
    }

    /** Words that make a phrase a post or role (Officer, Director, Clerk, Member, ...). */
    public Lexicon roleHeads() {
        return byName.get("role-heads");
    }

    /** Posts used as titles before a name (Chairman, Mayor, PCSO, County Councillor, ...), valued by kind. */
    public Lexicon roleTitles() {
        return byName.get("role-titles");
    }

    /** Labels that open attendance lists (Present, Apologies, In attendance, ...), valued by section and tags. */
    public Lexicon attendanceLabels() {
        return byName.get("attendance-labels");
    }

    /** Words that end an organisation's name (Council, Committee, Agency, Trust, ...); bodies that meet are tagged. */
    public Lexicon organisationHeads() {
        return byName.get("organisation-heads");
    }

    /** The verbs the rules use, tagged: sentence, ends-list, speech, decision, reporting, act, auxiliary, modal. */
    public Lexicon verbs() {
        return byName.get("verbs");
    }

    /** Words written with a full stop that does not end a sentence: Cllr., No., St., approx. */
    public Lexicon abbreviations() {
        return byName.get("abbreviations");
    }

    /** Function words with their class: article, determiner, preposition, conjunction, pronoun, ... */
    public Lexicon functionWords() {
        return byName.get("function-words");
    }

    /** Words of posts tagged by what they make their holder: attendee, officer, member, group. */
    public Lexicon postWords() {
        return byName.get("post-words");
    }

    /** Words that name the kind of place a meeting is held in: Chamber, Hall, Room, Zoom, ... */
    public Lexicon venueHeads() {
        return byName.get("venue-heads");
    }

    /** The kinds of interest declarations name, valued by the ontology's kinds. */
    public Lexicon interestKinds() {
        return byName.get("interest-kinds");
    }

    /** Page furniture lines that are never headings (Media, Items, Share this item, ...). */
    public Lexicon boilerplate() {
        return byName.get("boilerplate");
    }

    /** Words of recorded decisions: markers ("RESOLVED"), manner adverbs ("unanimously"), closing votes ("CARRIED"). */
    public Lexicon decisionWords() {
        return byName.get("decision-words");
    }

    /** Words that cite a part of a document before its number (item, minute, page, paragraph, ...). */
    public Lexicon itemReferences() {
        return byName.get("item-references");
    }

    /** Words of the business of a meeting (apologies, resolved, Councillor, ...): the marks that a text is minutes. */
    public Lexicon minutesMarks() {
        return byName.get("minutes-marks");
    }

    /** The section an attendance label opens (present, apologies, ...), or empty when it is none. */
    public Optional<String> attendanceSection(String label) {
        return attendanceLabels().value(label).map(v -> v.split("\\s*,\\s*")[0]);
    }

    /** True for a verb that makes a line a report of what happened rather than a heading. */
    public boolean isSentenceVerb(String word) {
        return verbs().contains(word, "sentence");
    }

    private static final class Standard {
        static final Lexicons LEXICONS = load();

        private static Lexicons load() {
            Map<String, Lexicon> out = new LinkedHashMap<>();
            for (String name : FILES) {
                Lexicon l = Lexicon.load(name);
                out.put(name, name.equals("honorifics") ? l.withInitialsNeverMatching() : l);
            }
            return new Lexicons(out);
        }
    }
}
