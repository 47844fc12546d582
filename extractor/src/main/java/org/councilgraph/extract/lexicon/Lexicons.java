package org.councilgraph.extract.lexicon;

/**
 * The lexicons the recognisers share, loaded once. Each is a data file in this package with its
 * own comment header saying what belongs in it.
 */
public final class Lexicons {

    /** Titles written before names: Mr, Cllr, Councillors (= Councillor), Reverend, ... */
    public static final Lexicon HONORIFICS = Lexicon.load("honorifics").withInitialsNeverMatching();
    /** Letters written after names: CC, CBE, MBE, JP, ... */
    public static final Lexicon POST_NOMINALS = Lexicon.load("post-nominals");
    /** Common given names in the UK and Ireland, to tell names from other capitalised words. */
    public static final Lexicon GIVEN_NAMES = Lexicon.load("given-names");
    /** Capitalised words that are never part of a person's name (Council, Report, January, ...). */
    public static final Lexicon NOT_NAMES = Lexicon.load("not-names");
    /** Words that make a phrase a post or role (Officer, Director, Clerk, Member, ...). */
    public static final Lexicon ROLE_HEADS = Lexicon.load("role-heads");
    /** Posts used as titles before a name (Chairman, Mayor, PCSO, County Councillor, ...), valued by kind. */
    public static final Lexicon ROLE_TITLES = Lexicon.load("role-titles");
    /** Labels that open attendance lists (Present, Apologies, In attendance, ...), valued by section. */
    public static final Lexicon ATTENDANCE_LABELS = Lexicon.load("attendance-labels");
    /** Words that end an organisation's name (Council, Committee, Agency, Trust, ...). */
    public static final Lexicon ORGANISATION_HEADS = Lexicon.load("organisation-heads");
    /** Verbs that record someone taking part when they follow a name (confirmed, explained, asked, ...). */
    public static final Lexicon SPEECH_VERBS = Lexicon.load("speech-verbs");
    /** Page furniture lines that are never headings (Media, Items, Share this item, ...). */
    public static final Lexicon BOILERPLATE = Lexicon.load("boilerplate");

    private Lexicons() {
    }
}
