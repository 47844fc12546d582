package org.councilgraph.ontology;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs of the councilgraph ontology ({@code ontology/councilgraph.ttl}) as Jena nodes.
 *
 * <p>This class is the one place in the code that spells ontology IRIs; the ontology module's
 * tests check that every constant here is declared in the ontology and every ontology term has
 * a constant here.
 */
public final class CG {

    /** Namespace of the ontology's classes, properties and concepts. */
    public static final String NS = "https://w3id.org/councilgraph/ontology#";

    /** Base of every resource IRI the extractor mints (documents, meetings, people, ...). */
    public static final String ID = "https://w3id.org/councilgraph/id/";

    /** The ontology resource itself. */
    public static final Node ONTOLOGY = NodeFactory.createURI("https://w3id.org/councilgraph/ontology");

    // Classes
    public static final Node Organisation = term("Organisation");
    public static final Node Council = term("Council");
    public static final Node Committee = term("Committee");
    public static final Node Meeting = term("Meeting");
    public static final Node MinutesDocument = term("MinutesDocument");
    public static final Node AgendaItem = term("AgendaItem");
    public static final Node Report = term("Report");
    public static final Node Resolution = term("Resolution");
    public static final Node Person = term("Person");
    public static final Node Role = term("Role");
    public static final Node RoleHolding = term("RoleHolding");
    public static final Node Attendance = term("Attendance");
    public static final Node Declaration = term("Declaration");
    public static final Node MinutesConfirmation = term("MinutesConfirmation");
    public static final Node NextMeetingNotice = term("NextMeetingNotice");
    public static final Node TextSpan = term("TextSpan");
    public static final Node IdentityResolution = term("IdentityResolution");
    public static final Node ResolvedPerson = term("ResolvedPerson");
    public static final Node CoAttendance = term("CoAttendance");
    public static final Node ApologyCount = term("ApologyCount");
    public static final Node PersonMention = term("PersonMention");
    public static final Node ResolvedCommittee = term("ResolvedCommittee");
    public static final Node BodyMention = term("BodyMention");
    public static final Node RoleTenure = term("RoleTenure");

    // Concept schemes and their concepts
    public static final Node AttendanceStatusScheme = term("AttendanceStatusScheme");
    public static final Node statusPresent = term("status-present");
    public static final Node statusApologies = term("status-apologies");
    public static final Node statusAbsent = term("status-absent");
    public static final Node statusSubstitute = term("status-substitute");
    public static final Node statusInAttendance = term("status-in-attendance");
    public static final Node statusRemote = term("status-remote");
    public static final Node statusExpected = term("status-expected");

    public static final Node DetectionMethodScheme = term("DetectionMethodScheme");
    public static final Node methodRules = term("method-rules");
    public static final Node methodNameFinder = term("method-name-finder");
    public static final Node methodParticipationModel = term("method-participation-model");

    public static final Node NameMatchScheme = term("NameMatchScheme");
    public static final Node matchSameGivenName = term("match-same-given-name");
    public static final Node matchGivenNameVariant = term("match-given-name-variant");
    public static final Node matchInitialOfGivenName = term("match-initial-of-given-name");
    public static final Node matchSameInitial = term("match-same-initial");
    public static final Node matchFamilyNameOnly = term("match-family-name-only");

    public static final Node InterestKindScheme = term("InterestKindScheme");
    public static final Node interestPersonal = term("interest-personal");
    public static final Node interestPrejudicial = term("interest-prejudicial");
    public static final Node interestPecuniary = term("interest-pecuniary");
    public static final Node interestNonPecuniary = term("interest-non-pecuniary");
    public static final Node interestOtherRegistrable = term("interest-other-registrable");
    public static final Node interestNonRegistrable = term("interest-non-registrable");
    public static final Node interestSignificantOther = term("interest-significant-other");

    // Object properties
    public static final Node unitOf = term("unitOf");
    public static final Node heldBy = term("heldBy");
    public static final Node minutesOf = term("minutesOf");
    public static final Node agendaItem = term("agendaItem");
    public static final Node considersReport = term("considersReport");
    public static final Node reportBy = term("reportBy");
    public static final Node presentedBy = term("presentedBy");
    public static final Node decidedAt = term("decidedAt");
    public static final Node concernsItem = term("concernsItem");
    public static final Node atMeeting = term("atMeeting");
    public static final Node attendee = term("attendee");
    public static final Node attendanceStatus = term("attendanceStatus");
    public static final Node substituteFor = term("substituteFor");
    public static final Node roleAtMeeting = term("roleAtMeeting");
    public static final Node declarant = term("declarant");
    public static final Node interestKind = term("interestKind");
    public static final Node detectedBy = term("detectedBy");
    public static final Node confidence = term("confidence");
    public static final Node holder = term("holder");
    public static final Node role = term("role");
    public static final Node organisation = term("organisation");
    public static final Node confirmedMeeting = term("confirmedMeeting");
    public static final Node confirmedBy = term("confirmedBy");
    public static final Node announcedMeeting = term("announcedMeeting");
    public static final Node evidence = term("evidence");
    public static final Node sourceDocument = term("sourceDocument");
    public static final Node inDocument = term("inDocument");

    // Object properties of identity across documents
    public static final Node resolvedWithin = term("resolvedWithin");
    public static final Node resolvedDocument = term("resolvedDocument");
    public static final Node foundedBy = term("foundedBy");
    public static final Node coAttendee = term("coAttendee");
    public static final Node mentionOf = term("mentionOf");
    public static final Node canonicalPerson = term("canonicalPerson");
    public static final Node mentionOfBody = term("mentionOfBody");
    public static final Node observation = term("observation");
    public static final Node canonicalBody = term("canonicalBody");
    public static final Node matchedWith = term("matchedWith");
    public static final Node matchKind = term("matchKind");
    public static final Node sharedCommittee = term("sharedCommittee");
    public static final Node sharedRole = term("sharedRole");

    // Datatype properties
    public static final Node date = term("date");
    public static final Node dateWithoutYear = term("dateWithoutYear");
    public static final Node startTime = term("startTime");
    public static final Node endTime = term("endTime");
    public static final Node venue = term("venue");
    public static final Node sourceUrl = term("sourceUrl");
    public static final Node fileName = term("fileName");
    public static final Node mediaType = term("mediaType");
    public static final Node contentSha256 = term("contentSha256");
    public static final Node textLength = term("textLength");
    public static final Node layout = term("layout");
    public static final Node itemNumber = term("itemNumber");
    public static final Node heading = term("heading");
    public static final Node position = term("position");
    public static final Node minuteText = term("minuteText");
    public static final Node referencedOnly = term("referencedOnly");
    public static final Node resolutionText = term("resolutionText");
    public static final Node partLabel = term("partLabel");
    public static final Node marker = term("marker");
    public static final Node outcome = term("outcome");
    public static final Node givenName = term("givenName");
    public static final Node initials = term("initials");
    public static final Node familyName = term("familyName");
    public static final Node honorific = term("honorific");
    public static final Node postNominal = term("postNominal");
    public static final Node nameAsWritten = term("nameAsWritten");
    public static final Node substituteForName = term("substituteForName");
    public static final Node presided = term("presided");
    public static final Node itemReference = term("itemReference");
    public static final Node allItems = term("allItems");
    public static final Node kindText = term("kindText");
    public static final Node roleTitle = term("roleTitle");
    public static final Node organisationName = term("organisationName");
    public static final Node start = term("start");
    public static final Node end = term("end");
    public static final Node quote = term("quote");
    public static final Node page = term("page");
    public static final Node loadedFrom = term("loadedFrom");
    public static final Node sourcesDigest = term("sourcesDigest");
    public static final Node matchReason = term("matchReason");
    public static final Node leftUnlinked = term("leftUnlinked");
    public static final Node meetingsTogether = term("meetingsTogether");
    public static final Node coAttendanceOrder = term("coAttendanceOrder");
    public static final Node apologiesOf = term("apologiesOf");
    public static final Node meetingsWithApologies = term("meetingsWithApologies");
    public static final Node apologiesOrder = term("apologiesOrder");

    private CG() {
    }

    private static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
