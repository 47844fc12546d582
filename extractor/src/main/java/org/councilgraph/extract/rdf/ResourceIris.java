package org.councilgraph.extract.rdf;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.councilgraph.extract.fact.CalendarDate;
import org.councilgraph.ontology.CG;

/**
 * The one place that mints resource IRIs. IRIs are built from the document key, positions in the
 * document and slugs of names, so the same input always gives the same IRIs.
 */
public final class ResourceIris {

    private final String key;
    private final String councilSlug;

    public ResourceIris(String documentKey, String council) {
        this.key = documentKey;
        this.councilSlug = council == null ? null : slug(council);
    }

    public Node document() {
        return iri("document/" + key);
    }

    /** A resource of this document's meeting: {@code meeting/{key}/path}. */
    private Node inMeeting(String path) {
        return iri("meeting/" + key + "/" + path);
    }

    public Node meeting() {
        return iri("meeting/" + key);
    }

    /** Another meeting the document refers to, by its date (ISO, or {@code --MM-DD} without a year). */
    public Node referencedMeeting(CalendarDate date) {
        return inMeeting("ref/" + date);
    }

    public Node item(int position) {
        return inMeeting("item/" + position);
    }

    public Node resolution(int n) {
        return inMeeting("resolution/" + n);
    }

    public Node report(int itemPosition, int n) {
        return inMeeting("item/" + itemPosition + "/report/" + n);
    }

    public Node attendance(int n) {
        return inMeeting("attendance/" + n);
    }

    public Node declaration(int n) {
        return inMeeting("declaration/" + n);
    }

    public Node roleHolding(int n) {
        return inMeeting("role-holding/" + n);
    }

    public Node confirmation(int n) {
        return inMeeting("confirmation/" + n);
    }

    public Node nextMeetingNotice() {
        return inMeeting("next-meeting-notice");
    }

    /** A span, by its code point offsets. */
    public Node span(int start, int end) {
        return iri("document/" + key + "/span/" + start + "-" + end);
    }

    public Node person(String personKey) {
        return councilSlug == null ? iri("person/document/" + key + "/" + personKey) : iri("person/" + councilSlug + "/" + personKey);
    }

    /**
     * A person known only within this document, whatever its council: {@code person/document/{key}/{personKey}}.
     * For the second of two people of one document whose names give one key.
     */
    public Node personInDocument(String personKey) {
        return iri("person/document/" + key + "/" + personKey);
    }

    public Node role(String title) {
        return iri("role/" + slug(title));
    }

    public Node council(String name) {
        return iri("council/" + slug(name));
    }

    /**
     * A committee, scoped by its council: {@code committee/{council}/{name}}. A committee of a
     * council the document does not name, or one known only by its kind ("the Committee"), may
     * be any council's or any of its committees, so it is scoped by the document instead:
     * {@code committee/document/{key}/{name}}; the same words in two documents are not one body.
     */
    public Node committee(String name, boolean named) {
        return councilSlug == null || !named ? iri("committee/document/" + key + "/" + slug(name))
                : iri("committee/" + councilSlug + "/" + slug(name));
    }

    public Node organisation(String name) {
        return iri("organisation/" + slug(name));
    }

    /** Lower case ASCII words joined by hyphens: "Head of Service – Customer Access" → "head-of-service-customer-access". */
    public static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(CG.ID + path);
    }
}
