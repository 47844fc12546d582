package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.regex.Pattern;

import org.councilgraph.extract.fact.Attendance;
import org.councilgraph.extract.fact.AttendanceStatus;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.RoleHolding;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.name.PersonName;

/**
 * Decides from a person's title and role whether a person listed as present is a member of the
 * body or someone attending it (an officer, a visiting councillor, a guest).
 */
final class Participation {

    private static final Pattern ABBREVIATED_POST = Pattern.compile("(?:\\p{Lu}\\.){2,4}");

    private final Lexicons lexicons;

    Participation(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** True when the role makes someone listed among those present an attendee rather than a member. */
    boolean isAttendeeRole(String role) {
        if (role == null || role.isBlank()) {
            return false;
        }
        if (ABBREVIATED_POST.matcher(role.strip()).matches()) {
            return true;
        }
        return lexicons.postWords().tagsIn(role).contains("attendee");
    }

    /**
     * True when a councillor, by title, holds a member's post ("Councillor T Ashworth (Portfolio
     * Holder for Finance)"): listed among those present, such a person sits on the body, though
     * the post alone (a Leader attending a committee) would read as attending.
     */
    boolean isCouncillorInMembersPost(PersonName name, String role) {
        return name.hasCouncillorTitle() && role != null && lexicons.postWords().tagsIn(role).contains("member")
                && !lexicons.postWords().tagsIn(role).contains("officer");
    }

    /** The kind of a title written before a name ("visitor" for "County Councillor"), or null. */
    String titleKind(PersonName name) {
        return name.roleTitle() == null ? null : lexicons.roleTitles().value(name.roleTitle()).orElse(null);
    }

    /**
     * {@code roles} without the holdings that are only a member's own title: "County Councillor
     * Driver" in a county council's own minutes, where Driver is among those present, is a
     * title, not a post held.
     */
    List<Fact> withoutMembersOwnTitles(List<RoleHolding> roles, List<Attendance> attendance) {
        return roles.stream().filter(r -> !isMembersOwnTitle(r, attendance)).<Fact>map(r -> r).toList();
    }

    private boolean isMembersOwnTitle(RoleHolding r, List<Attendance> attendance) {
        if (r.person().roleTitle() == null || !r.role().equals(r.person().roleTitle())
                || !"visitor".equals(titleKind(r.person()))) {
            return false;
        }
        return attendance.stream().anyMatch(a -> a.status() == AttendanceStatus.PRESENT && a.person().compatibleWith(r.person()));
    }

    boolean isVisitorTitle(PersonName name) {
        return "visitor".equals(titleKind(name)) || "officer".equals(titleKind(name));
    }
}
