package org.councilgraph.extract.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicon;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;

/**
 * Tells numbered page furniture above a meeting's attendance block from agenda items: a viewer's
 * page count ("22" then "Click here to load reader"), an address line ("5 Halletts Way"), an
 * aggregator's title ("1 – Craigavon Borough Council Minutes of ..."). Such a line stands alone
 * before the first attendance label ("Present:", "In the Chair:"), and the items after the block
 * do not continue its number; read as an item, it would hide the header and attendance.
 */
final class HeaderFurniture {

    private static final List<String> SECTIONS = List.of("present", "chair", "attendance");

    private final Pattern label;

    HeaderFurniture() {
        Lexicon labels = Lexicons.standard().attendanceLabels();
        List<String> keys = new ArrayList<>(labels.keys().stream()
                .filter(k -> Lexicons.standard().attendanceSection(k).filter(SECTIONS::contains).isPresent()).toList());
        keys.sort(Comparator.comparingInt(String::length).reversed());
        this.label = Pattern.compile("(?i)(?<![\\p{L}])(?:" + String.join("|", keys.stream().map(HeaderFurniture::words).toList())
                + ")\\s*:");
    }

    /** The numbered headings without the furniture standing before the attendance block. */
    List<Heading> withoutFurniture(DocumentText text, List<Heading> numbered) {
        Optional<Integer> attendance = firstLabel(text);
        if (attendance.isEmpty()) {
            return numbered;
        }
        int at = attendance.get();
        List<Heading> before = numbered.stream().filter(h -> h.span().end() <= at).toList();
        Optional<Heading> firstAfter = numbered.stream().filter(h -> h.span().start() >= at).findFirst();
        if (before.size() != 1 || firstAfter.isEmpty()) {
            return numbered;
        }
        Heading alone = before.get(0);
        boolean continued = RunInHeadings.follows(firstAfter.get().number(), alone.number())
                && alone.number().shape().equals(firstAfter.get().number().shape());
        boolean attendanceHeading = Lexicons.standard().attendanceLabels().contains(alone.title())
                || Lexicon.key(alone.title()).startsWith("apologies");
        if (continued || attendanceHeading) {
            return numbered;
        }
        return numbered.stream().filter(h -> h != alone).toList();
    }

    private Optional<Integer> firstLabel(DocumentText text) {
        Matcher m = label.matcher(text.text());
        return m.find() ? Optional.of(m.start()) : Optional.empty();
    }

    private static String words(String key) {
        return String.join("\\s+", List.of(key.split(" ")).stream().map(Pattern::quote).toList());
    }
}
