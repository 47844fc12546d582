package org.councilgraph.extract.recognise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.fact.Report;
import org.councilgraph.extract.fact.Resolution;
import org.councilgraph.extract.fact.RoleHolding;

/** Runs the fact recognisers over a segmented document, in dependency order, and collects what they find. */
public final class Recognisers {

    private final AttendanceListRecogniser lists = new AttendanceListRecogniser();
    private final AttendanceSentenceRecogniser sentences = new AttendanceSentenceRecogniser();
    private final ChairRecogniser chair = new ChairRecogniser();
    private final DeclarationRecogniser declarations = new DeclarationRecogniser();
    private final RoleSentenceRecogniser roles = new RoleSentenceRecogniser();
    private final ContactRecogniser contacts = new ContactRecogniser();
    private final ReportRecogniser reports = new ReportRecogniser();
    private final ResolutionRecogniser resolutions = new ResolutionRecogniser();
    private final MinutesConfirmationRecogniser confirmations = new MinutesConfirmationRecogniser();
    private final NextMeetingRecogniser next = new NextMeetingRecogniser();
    private final ReferencedItemRecogniser referenced = new ReferencedItemRecogniser();
    private final SpeakerRecogniser speakers = new SpeakerRecogniser();
    private final PostPairRecogniser pairs = new PostPairRecogniser();

    public FactAssembler recognise(SegmentedMinutes minutes, MeetingHeader meeting, List<AgendaItem> items) {
        FactAssembler facts = new FactAssembler(items);
        facts.add(lists.recognise(minutes));
        facts.add(sentences.recognise(minutes));
        if (facts.attendance().stream().noneMatch(Attendance::presided)) {
            chair.recognise(minutes).ifPresent(facts::addAttendance);
        }
        if (facts.attendance().stream().noneMatch(Attendance::presided)) {
            // "PRESENT: The Right Worshipful the Mayor Councillor R T Beckett, ...": no chair is
            // named, and the civic head listed first chairs the meeting.
            facts.attendance().stream().filter(a -> a.status() == AttendanceStatus.PRESENT).findFirst()
                    .filter(a -> "civic".equals(Participation.titleKind(a.person())))
                    .ifPresent(a -> facts.addAttendance(a.presiding()));
        }
        PeopleFacts reported = PeopleFacts.empty();
        List<Report> found = new ArrayList<>();
        reports.recognise(minutes, found, reported);
        facts.add(reported);
        found.forEach(facts::addReport);

        for (AgendaItem item : referenced.recognise(minutes, facts.items())) {
            facts.addReferencedItem(item);
        }
        var declared = declarations.recognise(minutes, facts.attendance(), facts.items());
        declared.declarations().forEach(facts::addDeclaration);
        declared.roles().forEach(facts::addRole);

        List<RoleHolding> prose = roles.recognise(minutes, new ArrayList<>());
        prose.addAll(0, contacts.recognise(minutes));
        for (RoleHolding r : prose) {
            if (!isMembersOwnTitle(r, facts.attendance())) {
                facts.addRole(r);
            }
        }
        // The name finder's turn: what the rules did not find, and which of their people it also found.
        speakers.recognise(minutes, facts.attendance()).forEach(facts::addAttendance);
        for (RoleHolding r : pairs.recognise(minutes)) {
            if (!isMembersOwnTitle(r, facts.attendance())) {
                facts.addRole(r);
            }
        }
        facts.confirmByModel(minutes.text(), minutes.mentions());
        for (Resolution r : resolutions.recognise(minutes)) {
            facts.addResolution(r);
        }
        Optional<LocalDate> date = meeting.meetingDate();
        int year = minutes.contextYear();
        confirmations.recognise(minutes, facts.resolutions(), date, year).forEach(facts::addConfirmation);
        next.recognise(minutes, date, year).ifPresent(facts::setNextMeeting);
        return facts;
    }

    /** "County Councillor Driver" in a county council's own minutes: a title, not a post held. */
    private static boolean isMembersOwnTitle(RoleHolding r, List<Attendance> attendance) {
        if (r.person().roleTitle() == null || !r.role().equals(r.person().roleTitle())
                || !"visitor".equals(Participation.titleKind(r.person()))) {
            return false;
        }
        return attendance.stream().anyMatch(a -> a.status() == AttendanceStatus.PRESENT && a.person().compatibleWith(r.person()));
    }
}
