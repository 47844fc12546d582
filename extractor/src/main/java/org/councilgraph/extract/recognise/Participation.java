package org.councilgraph.extract.recognise;

import java.util.List;
import java.util.Locale;
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

    private static final Pattern MEMBER_ROLE = Pattern.compile(
            "(?i).*\\b(chair|chairman|chairwoman|chairperson|vice[- ]chair\\w*|mayor|cathaoirleach|cathoirleach|provost|"
                    + "convenor|convener|alderman|co-?opted\\b.*|members?|representatives?|councillor|cllr)\\b.*");
    private static final Pattern OFFICER_ROLE = Pattern.compile(
            "(?i).*\\b(officer|officers|clerk|manager|manger|director|directors|head|engineer|administrator|assistant|"
                    + "secretary|accountant|solicitor|advisor|adviser|executive|treasurer|planner|inspector|sergeant|"
                    + "constable|pcso|police|lead|coordinator|co-ordinator|consultant|surveyor|analyst|auditor|"
                    + "observer|portfolio holder|cabinet member|lead member|leader|chaplain|pastor|minister|"
                    + "representing|guest|visitor|governance|services|team|ward)\\b.*");
    private static final Pattern ABBREVIATED_POST = Pattern.compile("(?:\\p{Lu}\\.){2,4}");

    private Participation() {
    }

    /** True when the role makes someone listed among those present an attendee rather than a member. */
    static boolean isAttendeeRole(String role) {
        if (role == null || role.isBlank()) {
            return false;
        }
        if (ABBREVIATED_POST.matcher(role.strip()).matches()) {
            return true;
        }
        String r = role.toLowerCase(Locale.ROOT);
        boolean officer = OFFICER_ROLE.matcher(r).matches();
        boolean member = MEMBER_ROLE.matcher(r).matches();
        if (member && !officer) {
            return false;
        }
        return officer;
    }

    /** The kind of a title written before a name ("visitor" for "County Councillor"), or null. */
    static String titleKind(PersonName name) {
        return name.roleTitle() == null ? null : Lexicons.ROLE_TITLES.value(name.roleTitle()).orElse(null);
    }

    /**
     * {@code roles} without the holdings that are only a member's own title: "County Councillor
     * Driver" in a county council's own minutes, where Driver is among those present, is a
     * title, not a post held.
     */
    static List<Fact> withoutMembersOwnTitles(List<RoleHolding> roles, List<Attendance> attendance) {
        return roles.stream().filter(r -> !isMembersOwnTitle(r, attendance)).<Fact>map(r -> r).toList();
    }

    private static boolean isMembersOwnTitle(RoleHolding r, List<Attendance> attendance) {
        if (r.person().roleTitle() == null || !r.role().equals(r.person().roleTitle())
                || !"visitor".equals(titleKind(r.person()))) {
            return false;
        }
        return attendance.stream().anyMatch(a -> a.status() == AttendanceStatus.PRESENT && a.person().compatibleWith(r.person()));
    }

    static boolean isVisitorTitle(PersonName name) {
        return "visitor".equals(titleKind(name)) || "officer".equals(titleKind(name));
    }
}
