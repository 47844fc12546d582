package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.junit.jupiter.api.Test;

/** Posts paired with names by the rules, through the recogniser contract; the gold person_roles are the measure. */
class RoleRecognisersTest {

    private final ContactRecogniser contacts = new ContactRecogniser(Lexicons.standard());
    private final RoleSentenceRecogniser sentences = new RoleSentenceRecogniser(Lexicons.standard());

    private static List<String> pairs(Facts f) {
        return f.roles().stream().map(r -> r.person().written() + ": " + r.role()
                + (r.organisation() == null ? "" : " @ " + r.organisation())).toList();
    }

    private List<String> contacts(String header) {
        return pairs(Recognised.by(contacts, Fixtures.segmented(header)));
    }

    private List<String> sentences(String minutes) {
        return pairs(Recognised.by(sentences, Fixtures.segmented(minutes)));
    }

    @Test
    void theContactLineNamesTheContactsAndThePostTheyShare() {
        // samples/002
        assertEquals(List.of("Emma James: Overview and Scrutiny Officers", "Jo Weston: Overview and Scrutiny Officers"), contacts("""
                Contact: Emma James/Jo Weston  Overview and Scrutiny Officers

                Media

                Items
                No. Item

                369.

                Apologies and Welcome
                """));
    }

    @Test
    void theContactsPostMayFollowTheNameWithoutPunctuation() {
        // corpus/d004.txt, corpus/d012.txt, corpus/d024.txt
        assertEquals(List.of("Ashley Kendrick: Democratic Services Officer"), contacts("Contact: Ashley Kendrick Democratic Services Officer\n"));
        assertEquals(List.of("Jane Johnson: Committee Manager"), contacts("Contact: Jane Johnson  Committee Manager\n"));
        assertEquals(List.of("Katy Brown: Committee Officer"), contacts("Contact: Katy Brown Committee Officer\n"));
    }

    @Test
    void telephoneNumbersAndEmailAddressesAreNotPosts() {
        // corpus/d008.txt, samples/000, corpus/d043.txt, corpus/d009.txt: the gold gives these contacts no role
        assertEquals(List.of(), contacts("Contact: Martyn Orchard, tel 01224 067598 or Email: morchard@aberdeencity.gov.uk\n"));
        assertEquals(List.of(), contacts("Contact: Mrs J Twomey (Tel: 0116 305 2583) Email: joanne.twomey@leics.gov.uk\n"));
        assertEquals(List.of(), contacts("Contact: Vicky Hibbert or Huma Younis  Email: huma.younis@surreycc.gov.uk\n"));
        assertEquals(List.of(), contacts("Contact: Declan Hall Tel: 01835 826556  email:  Declan.Hall@scotborders.gov.uk\n"));
    }

    @Test
    void aContactThatIsADepartmentNamesNoOne() {
        // corpus/d013.txt
        assertEquals(List.of(), contacts("Contact: Democratic Services Department\n"));
    }

    @Test
    void dropsAMembersOwnTitleWhenTheMemberIsPresent() {
        // samples/003: "County Councillor Green asked ..." in the county council's own minutes, Green being present;
        // the gold's only post for a member is Driver's "Chair"
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.sample("003")));
        Facts present = Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), minutes);
        List<String> found = pairs(Recognised.by(sentences, minutes, present));
        assertTrue(found.contains("County Councillor Geoff Driver CBE: Chair"), found.toString());
        assertTrue(found.contains("Sarah Jenkins: Head of Service – Customer Access"), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.endsWith(": County Councillor")), found.toString());
        // with no one known to be present the title stays a post
        assertTrue(pairs(Recognised.by(sentences, minutes)).contains("County Councillor Green: County Councillor"));
    }

    @Test
    void keepsTheTitleOfAVisitingCountyCouncillor() {
        // corpus/d015.txt: the gold pairs Hugh Shepardson with "County Councillor"; he attends, he is not a member
        DocumentAnalysis minutes = Fixtures.segmented(Fixtures.read(Fixtures.CORPUS.resolve("d015.txt")));
        List<String> found = pairs(Recognised.by(sentences, minutes, Recognised.by(new AttendanceListRecogniser(Lexicons.standard()), minutes)));
        assertTrue(found.contains("County Councillor Hugh Shepardson: County Councillor"), found.toString());
        assertTrue(found.contains("PCSO Rob Kindred: PCSO"), found.toString());
    }

    @Test
    void readsThePostSomeoneWasElectedTo() {
        // corpus/d006.txt
        assertEquals(List.of("Andy Vigrass: Chairman", "Elizabeth Bowden: Vice Chairman"), sentences("""
                1) Chairman
                 Andy Vigrass was unanimously elected as Chairman
                2) Vice Chairman
                 Elizabeth Bowden was unanimously elected as Vice Chairman
                """));
    }

    @Test
    void readsAPostThatOpensASentenceBeforeThePossessiveName() {
        // corpus/d009.txt
        assertEquals(List.of("Stuart Easingwood: Director of Social Work & Practice"), sentences(
                "1.2  The Convener advised that this was the Director of Social Work & Practice, Stuart Easingwood’s last day with the "
                        + "Council before he took up a new job in South Tyneside.\n"));
    }

    @Test
    void readsAnHonoraryOfficeWrittenAsATitle() {
        // corpus/d029.txt
        assertEquals(List.of("Jean Goad: Honorary Alderman"), sentences(
                "Lastly, the Chair announced the death of Honorary Alderman Jean Goad, MBE. Jean had become an Honorary Alderman of the "
                        + "Council having completed 30 years continuous services as a Councillor representing the Barnham Ward from October "
                        + "1985 to May 2015, when she stood down in the District Elections at that time.\n"));
    }

    @Test
    void readsThePostAndOrganisationAfterAVerbToBe() {
        // samples/002
        assertEquals(List.of("Councillor Emma Marshall: executive Member @ Redditch Borough Council"), sentences(
                "The Chairman explained that Councillor Emma Marshall was an executive Member of Redditch Borough Council.  If the "
                        + "discussion referred to Redditch Library, Cllr Marshall had been advised to declare an interest and not take part "
                        + "in the discussion at that point.\n"));
    }
}
