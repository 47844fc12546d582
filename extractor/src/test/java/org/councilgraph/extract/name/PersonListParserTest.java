package org.councilgraph.extract.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.councilgraph.extract.name.PersonListParser.Mode;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;
import org.junit.jupiter.api.Test;

class PersonListParserTest {

    private final PersonListParser parser = new PersonListParser();

    private List<ListedPerson> block(String snippet) {
        DocumentText t = DocumentText.of(snippet);
        return parser.parse(t, new Span(0, t.length()), null, Mode.BLOCK).people();
    }

    private List<String> written(List<ListedPerson> people) {
        return people.stream().map(p -> p.name().written()).toList();
    }

    @Test
    void distributesASharedPluralPrefix() {
        var people = block("Cllrs C Barr, C Broad, C Callan, K Trought and A Walker.");
        assertEquals(List.of("Cllr C Barr", "Cllr C Broad", "Cllr C Callan", "Cllr K Trought", "Cllr A Walker"),
                written(people));
    }

    @Test
    void readsShortFamilyNamesAndTheConjunctionOfAListInCapitals() {
        // corpus/d109.txt writes its lists in capitals: "J. LANE" has the shape of initials "J." and "LANE".
        var people = block("COUNCILLORS A. BARRY, T. COLE, V. BLAKE AND F. EGAN (4)");
        assertEquals(List.of("Councillor A. BARRY", "Councillor T. COLE", "Councillor V. BLAKE", "Councillor F. EGAN"),
                written(people));
    }

    @Test
    void endsAPostInCapitalsAtTheNextTitledNameNotAtAFunctionWord() {
        var people = block("MR. B. GLEESON, HEAD OF FINANCE MR. J. LANE, HEAD OF IS SUPPORT MS. G. LANG, ASSISTANT STAFF OFFICER");
        assertEquals(List.of("MR. B. GLEESON", "MR. J. LANE", "MS. G. LANG"), written(people));
        assertEquals(List.of("HEAD OF FINANCE", "HEAD OF IS SUPPORT", "ASSISTANT STAFF OFFICER"),
                people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void readsNoNameInAReferenceJoinedBySlashes() {
        var people = block("Councillors Lamb and Walker - 15/00521/FULM - Non-pecuniary interest");
        assertEquals(List.of("Councillor Lamb", "Councillor Walker"), written(people));
    }

    @Test
    void keepsABracketThatQualifiesAPostWithThePost() {
        // corpus/d124.txt: "The Lawyer (Planning and Highways), Neil Carter noted ..."
        var people = block("Lawyer (Planning and Highways), Neil Carter");
        assertEquals(List.of("Neil Carter"), written(people));
        assertEquals("Lawyer (Planning and Highways)", people.get(0).role());
    }

    @Test
    void readsBareFamilyNamesUnderAPrefixAndMarksTheChair() {
        var people = block("Councillor Silvester (in the Chair)\nCouncillors Astbury, Beasant, Boyd, Westcott.");
        assertEquals(List.of("Councillor Silvester", "Councillor Astbury", "Councillor Beasant", "Councillor Boyd",
                "Councillor Westcott"), written(people));
        assertTrue(people.get(0).presiding());
        assertEquals("Chair", people.get(0).role());
    }

    @Test
    void attachesARoleAfterACommaToTheNameBeforeIt() {
        var people = block("Mr. P. Gallagher, County Manager, Mr. D. Kirrane, D.O.S., Ms. M. Cleary, Meetings Administrator");
        assertEquals(List.of("Mr. P. Gallagher", "Mr. D. Kirrane", "Ms. M. Cleary"), written(people));
        assertEquals(List.of("County Manager", "D.O.S.", "Meetings Administrator"),
                people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void attachesARoleBeforeANameToTheNameAfterIt() {
        var people = parser.parse(DocumentText.of("Clerk to Council, Mrs S Knowles and Assistant Clerk to Council, Mrs R Fraser were present"),
                new Span(0, 87), null, Mode.PROSE).people();
        assertEquals(List.of("Mrs S Knowles", "Mrs R Fraser"), written(people));
        assertEquals(List.of("Clerk to Council", "Assistant Clerk to Council"), people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void splitsNamesWrittenWithoutSeparators() {
        var people = block("Cllr A Buckfield (Mayor) Cllr A Brooker Cllr C Evans Mrs Pat Jones John Hedley Jones");
        assertEquals(List.of("Cllr A Buckfield", "Cllr A Brooker", "Cllr C Evans", "Mrs Pat Jones", "John Hedley Jones"),
                written(people));
        assertEquals("Mayor", people.get(0).role());
    }

    @Test
    void readsSubstitutesAndWardMembersFromDashNotes() {
        var people = block("E Seward – substitute for J A Wyatt\nB Cabbell Manners – Cromer Town Ward\nMr A Mitchell – Development Manager");
        assertEquals("J A Wyatt", people.get(0).substituteFor().written());
        assertTrue(people.get(1).visitor());
        assertEquals("Development Manager", people.get(2).role());
    }

    @Test
    void dropsInitialsAliasesAfterNames() {
        var people = block("Mr Charles de Winton CdeW Jason Palmer JP\n\nKate Coton Wright KCW Mr Ray Powell RP");
        assertEquals(List.of("Mr Charles de Winton", "Jason Palmer", "Kate Coton Wright", "Mr Ray Powell"), written(people));
        assertEquals("CdeW", people.get(0).name().alias());
        assertEquals("de Winton", people.get(0).name().family());
    }

    @Test
    void readsRolesInAnAlignedColumn() {
        var people = block("Cllr John Hurst                         Chair\n\nPCSO Lynne Maurice               North Wales Police\n\nIan Griffiths                             Clerk/ responsible financial officer");
        assertEquals(List.of("Cllr John Hurst", "PCSO Lynne Maurice", "Ian Griffiths"), written(people));
        assertTrue(people.get(0).presiding());
        assertEquals("North Wales Police", people.get(1).organisation());
        assertEquals("PCSO", people.get(1).name().roleTitle());
    }

    @Test
    void readsRoleLabelsAsGroupRoles() {
        var people = block("Directors: Kevin Stewart, Tadhg McDonnell, Michael Killeen (A)\nHead of Finance: Fiona Lawless");
        assertEquals(List.of("Kevin Stewart", "Tadhg McDonnell", "Michael Killeen", "Fiona Lawless"), written(people));
        assertEquals(List.of("Directors", "Directors", "Directors", "Head of Finance"),
                people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void readsSubstitutionsInsideAnApologiesSentence() {
        String s = "Councillor Daly, who was substituted by Councillor Packard,  Councillor Ninnmey, who was substituted by Councillor Thompson.";
        var people = parser.parse(DocumentText.of(s), new Span(0, s.length()), null, Mode.PROSE).people();
        assertEquals(List.of("Councillor Daly", "Councillor Ninnmey"), written(people));
        assertEquals("Councillor Packard", people.get(0).substitutedBy().written());
    }

    @Test
    void keepsRoleWithoutPunctuationApartFromTheName() {
        var people = block("Mr W Grosvenor Clerk and Executive Officer to Melton Parish Council");
        assertEquals(List.of("Mr W Grosvenor"), written(people));
        assertEquals("Clerk and Executive Officer to Melton Parish Council", people.get(0).role());
    }

    private List<String> prose(String snippet) {
        DocumentText t = DocumentText.of(snippet);
        return written(parser.parse(t, new Span(0, t.length()), null, Mode.PROSE).people());
    }

    private static List<String> roles(List<ListedPerson> people) {
        return people.stream().map(ListedPerson::role).toList();
    }

    @Test
    void readsNamesSeparatedBySemicolonsAndAMonthUsedAsAGivenName() {
        // corpus/d040.txt
        assertEquals(List.of("Councillor Derwyn Davies", "Councillor Jean Faulkner", "Councillor Iris Hill", "Councillor June Roberts"),
                written(block("Councillors:- Derwyn Davies ; Jean Faulkner ; Iris Hill ; June Roberts .")));
    }

    @Test
    void distributesAldermenAsAlderman() {
        // corpus/d016.txt
        assertEquals(List.of("Alderman W J Dillon", "Alderman D Drysdale", "Alderman A G Ewart"),
                written(block("Aldermen W J Dillon, D Drysdale, A G Ewart")));
    }

    @Test
    void readsBulletedOfficersWithTheirPostsEvenAfterAStrayFullStop() {
        // corpus/d048.txt: "Mr S. O’Toole. Senior Executive Engineer" has a full stop for a comma
        var people = block("""
                - Mr T. Brennan, Senior Engineer
                - Mr S. O’Toole. Senior Executive Engineer
                - Mr J. Murphy, Senior Executive Officer
                """);
        assertEquals(List.of("Mr T. Brennan", "Mr S. O’Toole", "Mr J. Murphy"), written(people));
        assertEquals(List.of("Senior Engineer", "Senior Executive Engineer", "Senior Executive Officer"), roles(people));
    }

    @Test
    void aUnitAfterTheNameIsNotAPost() {
        // corpus/d021.txt: the gold gives N Byrne no role, the area engineers theirs
        var people = block("""
                T Lauhoff, Thomastown Area Engineer
                N Byrne, Castlecomer Area Office
                B Tyrrell, Meetings Administrator
                """);
        assertEquals(List.of("T Lauhoff", "N Byrne", "B Tyrrell"), written(people));
        assertEquals(java.util.Arrays.asList("Thomastown Area Engineer", null, "Meetings Administrator"), roles(people));
    }

    @Test
    void distributesMessrsAndReadsAnOrganisationInBrackets() {
        // corpus/d027.txt: "(Tenant Working Group)" is an organisation, not a role
        var people = block("Messrs. B. Fisher, Mr. A. Raybould and Mrs. A. Evans (Tenant Working Group).");
        assertEquals(List.of("Fisher", "Raybould", "Evans"), people.stream().map(p -> p.name().family()).toList());
        assertEquals("Mr", people.get(0).name().honorifics().get(0));
        assertEquals("Tenant Working Group", people.get(2).organisation());
        assertEquals(java.util.Arrays.asList(null, null, null), roles(people));
    }

    @Test
    void readsTheChairTheClerkAndAVisitingCountyCouncillorFromOneLine() {
        // corpus/d037.txt
        var people = block("Councillors, Mr Tim Owen (Chair), Mrs Sharon Barton, Mrs Pat Dobbie, Mr Andrew Hughes, Mr Myfyr Davies & "
                + "Mr J Alun Foulkes (Clerk). Also: County Councilor Mr Arfon Wyn");
        assertEquals(List.of("Mr Tim Owen", "Mrs Sharon Barton", "Mrs Pat Dobbie", "Mr Andrew Hughes", "Mr Myfyr Davies",
                "Mr J Alun Foulkes", "County Councilor Mr Arfon Wyn"), written(people));
        assertTrue(people.get(0).presiding());
        assertEquals("Clerk", people.get(5).role());
        assertEquals("County Councilor", people.get(6).name().roleTitle());
    }

    @Test
    void aViceChairmanInBracketsDoesNotPreside() {
        // corpus/d051.txt
        var people = block("""
                Mrs S A Arnold (Chairman)
                Councillor R Reynolds (Vice-Chairman)
                """);
        assertEquals(List.of("Chairman", "Vice-Chairman"), roles(people));
        assertEquals(List.of(true, false), people.stream().map(ListedPerson::presiding).toList());
    }

    @Test
    void aMayorInBracketsHoldsTheOfficeWithoutPresiding() {
        // corpus/d015.txt: the gold names no chair, and pairs Moira Thomas with "Mayor"
        var people = block("Councillor Moira Thomas (Mayor) Councillors Graham Davies, Ken Edwards, Mrs Jean Hire, John James");
        assertEquals("Mayor", people.get(0).role());
        assertTrue(people.stream().noneMatch(ListedPerson::presiding));
        assertEquals("Councillor Graham Davies", people.get(1).name().written());
    }

    @Test
    void readsPostsUsedAsTitlesBeforeTheNames() {
        // corpus/d005.txt: the gold pairs "Siddall" with "Chairman" and "Lawrence" with "Vice Chairman"
        var people = block("""
                Chairman Siddall

                Vice Chairman Lawrence

                Councillors: T. Gritton, V. Hare, A. Philpott , S. Venton
                """);
        assertEquals(List.of("Siddall", "Lawrence", "Councillor T. Gritton", "Councillor V. Hare", "Councillor A. Philpott",
                "Councillor S. Venton"), written(people));
        assertEquals(List.of("Chairman", "Vice Chairman"), people.subList(0, 2).stream().map(p -> p.name().roleTitle()).toList());
    }

    @Test
    void readsAPostInBracketsAfterEachName() {
        // corpus/d015.txt
        var people = block("Melanie Carroll-Cliffe (Town Clerk), Alan Howells (Responsible Finance Officer) and John Ridgway "
                + "(Technical Services Officer)");
        assertEquals(List.of("Town Clerk", "Responsible Finance Officer", "Technical Services Officer"), roles(people));
    }

    @Test
    void stopsAListInASentenceAtAColon() {
        // corpus/d028.txt: Maureen Falloon attended; she did not send apologies
        assertEquals(List.of("Lynne Powrie", "Leslie Marks"), prose("Lynne Powrie and Leslie Marks: Maureen Falloon attended as her alternate."));
        // corpus/d012.txt
        assertEquals(List.of("Councillor Andrew Atkinson", "Councillor Terry Evans", "Councillor Russell Gilmartin", "Councillor Hugh Jones",
                "Councillor Ronnie Prince"), prose("Councillors Andrew Atkinson, Terry Evans, Russell Gilmartin, Hugh Jones and Ronnie Prince."));
    }

    private List<String> familyRoles(List<ListedPerson> people) {
        return people.stream().map(p -> p.name().family() + "=" + p.role()).toList();
    }

    @Test
    void endsARunOnListAtANumberedOrCapitalsHeadingAfterASentencesEnd() {
        // corpus/d070.txt
        var people = block("Cllrs. Rena Donaghey, Cathaoirleach, L Blaney, J S O Fearraigh, and B Sweeny. C/67/20 APOLOGIES Apologies "
                + "were received from Cllr. Bernard Mc Guinness who was unable to attend the meeting.");
        assertEquals(List.of("Donaghey", "Blaney", "O Fearraigh", "Sweeny"), people.stream().map(p -> p.name().family()).toList());
        // corpus/d068.txt: a post after the sentence's end is no one's; the list still ends at the heading
        people = block("Councillors Hayes, Hurley. Chief Executive, Senior Executive Officer. CONFIRMATION OF MINUTES 1/6-2 Proposed by "
                + "Councillor Michael Hegarty. Seconded by Councillor Kevin Murphy.");
        assertEquals(List.of("Hayes=null", "Hurley=null"), familyRoles(people));
    }

    @Test
    void goesOnAfterPresidedAndEndsAtASentenceVerb() {
        // corpus/d068.txt
        var people = block("Councillor A. Coleman, County Mayor presided. Councillors McGrath, Ó Laoghaire, Buckley, Ml. Hegarty, Linehan-Foley.");
        assertEquals(List.of("Councillor A. Coleman", "Councillor McGrath", "Councillor Ó Laoghaire", "Councillor Buckley",
                "Councillor Ml. Hegarty", "Councillor Linehan-Foley"), written(people));
        assertTrue(people.get(0).presiding());
        assertEquals("County Mayor", people.get(0).role());
        // corpus/d121.txt
        people = block("Morgan Einon and Beth Rainey The Mayor announced the death of Arthur Preston on 4 May 2018.");
        assertEquals(List.of("Morgan Einon", "Beth Rainey"), written(people));
    }

    @Test
    void splitsNamePostPairsRunTogetherWithoutSeparators() {
        // corpus/d129.txt; the name finder gives "Lar" as a given name of this document
        DocumentText t = DocumentText.of("Lar Power, Chief Executive Joseph Gilhooly, Director of Services, Economic Development, Planning and "
                + "Infrastructural Services Vincent Dwyer, Head of Finance, Water, Environment, Climate Action and Emergency Services "
                + "Mary Quinn, Director of Services");
        var people = parser.parse(t, new Span(0, t.length()), null, Mode.BLOCK, java.util.Set.of("Lar")).people();
        assertEquals(List.of("Power=Chief Executive", "Gilhooly=Director of Services, Economic Development, Planning and Infrastructural Services",
                "Dwyer=Head of Finance, Water, Environment, Climate Action and Emergency Services", "Quinn=Director of Services"), familyRoles(people));
        // corpus/d077.txt: a title ends the note after a dash
        people = block("Mr S Cooper, Team Manager – Communications Ms F Currie, Committees Officer Ms J Mackay, Media Manager");
        assertEquals(List.of("Cooper=Team Manager – Communications", "Currie=Committees Officer", "Mackay=Media Manager"), familyRoles(people));
        // corpus/d062.txt: a post after a dash goes on over commas
        people = block("Ms. B. O’Brien, Director of Service – Corporate, Planning, Economic Development, Health and Safety Mr. P Delaney, "
                + "Head of Finance");
        assertEquals(List.of("O’Brien=Director of Service – Corporate, Planning, Economic Development, Health and Safety",
                "Delaney=Head of Finance"), familyRoles(people));
    }

    @Test
    void keepsPostsWithAmpersandsAndSlashesWhole() {
        // corpus/d070.txt
        var people = block("Mr Joe Peoples, Director Housing, Corporate & Cultural Services/ Meetings Administrator, Mr Garry Martin, "
                + "Director Of Economic Development, Information Systems & Emergency Services, Ms. Frances Friel, Communications Officer");
        assertEquals(List.of("Peoples=Director Housing, Corporate & Cultural Services/ Meetings Administrator",
                "Martin=Director Of Economic Development, Information Systems & Emergency Services", "Friel=Communications Officer"),
                familyRoles(people));
    }

    @Test
    void givesAChairsTitleBeforeAnotherTitleToThePersonBefore() {
        // corpus/d062.txt
        var people = block("Councillor C. Murphy, Cathaoirleach Councillor A. Ahern (Nee Long), Councillor F. Browne Councillor J. Cassin");
        assertEquals(List.of("Murphy=Cathaoirleach", "Ahern=null", "Browne=null", "Cassin=null"), familyRoles(people));
        assertTrue(people.get(0).presiding());
    }

    @Test
    void aPluralPostAfterAGroupOfNamesIsHeldByEachOfThem() {
        // corpus/d076.txt: the gold pairs both directors with the post
        var bracketed = block("Messrs J Boland and P Minnock (Directors of Services)");
        assertEquals(List.of("Directors of Services", "Directors of Services"), bracketed.stream().map(ListedPerson::role).toList());
        // corpus/d093.txt
        var commas = block("Mr. P. Clifford, Mr. A. King and Ms. P. Monahan, Directors of Services, Mr. J. Murray, Director of Service");
        assertEquals(List.of("Directors of Services", "Directors of Services", "Directors of Services", "Director of Service"),
                commas.stream().map(ListedPerson::role).toList());
    }

    @Test
    void aSingularPostAfterAGroupOfNamesIsHeldByTheLastOnly() {
        // corpus/d070.txt: "Cllrs. Rena Donaghey, Cathaoirleach, L Blaney, ...": only the Cathaoirleach holds the post
        var people = block("Cllrs. K Bradley, Rena Donaghey, Cathaoirleach, L Blaney");
        assertEquals(java.util.Arrays.asList(null, "Cathaoirleach", null), people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void aPostLabelRunOnFromTheLastNameOfTheGroupBeforeIsTheNextGroupsPost() {
        // corpus/d113.txt: the gold pairs the five honorary aldermen with the post, Councillor M Lapsa with none
        var people = block("Councillor G Williams Councillor M Lapsa Honorary Alderman: Mrs H Fitzpatrick Mr J Gazey Mr T Skipper");
        assertEquals(List.of("Councillor G Williams", "Councillor M Lapsa", "Mrs H Fitzpatrick", "Mr J Gazey", "Mr T Skipper"), written(people));
        assertEquals(java.util.Arrays.asList(null, null, "Honorary Alderman", "Honorary Alderman", "Honorary Alderman"),
                people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void aPluralPostBeforeNamesIsHeldByEachOfThem() {
        // corpus/d096.txt: the gold pairs the three student advisors with the post
        String s = "Cllr J Terry and Student Advisors Eleanor Bowen, Katy Perriman and Ailsa Poulter. C/5450 DECLARATIONS";
        var people = parser.parse(DocumentText.of(s), new Span(0, s.length()), null, Mode.PROSE).people();
        assertEquals(List.of("Cllr J Terry", "Eleanor Bowen", "Katy Perriman", "Ailsa Poulter"), written(people));
        assertEquals(java.util.Arrays.asList(null, "Student Advisors", "Student Advisors", "Student Advisors"),
                people.stream().map(ListedPerson::role).toList());
    }

    @Test
    void splitsRunTogetherNamesWhereAFamilyNameIsAlsoAGivenName() {
        // corpus/d121.txt: a member grid flattened to one line
        var people = block("Councillors: Shehryar Ahmad-Wallana Janet Duncan Carol Melvin Lynne Allen Tony Eginton Ali Milani");
        assertEquals(List.of("Councillor Shehryar Ahmad-Wallana", "Councillor Janet Duncan", "Councillor Carol Melvin", "Councillor Lynne Allen",
                "Councillor Tony Eginton", "Councillor Ali Milani"), written(people));
    }

    @Test
    void readsThePersonAfterADashWhenThePostComesFirst() {
        // Constructed: "Post – Name" lines have no corpus instance, but parish minutes write officers so.
        var people = block("Chief Executive – John Adams\nHead of Legal – Mary Bell\nTown Clerk - Mrs G. Hart, Deputy Town Clerk - Mr H. Ivy");
        assertEquals(List.of("John Adams", "Mary Bell", "Mrs G. Hart", "Mr H. Ivy"), written(people));
        assertEquals(List.of("Chief Executive", "Head of Legal", "Town Clerk", "Deputy Town Clerk"),
                people.stream().map(ListedPerson::role).toList());
    }
}
