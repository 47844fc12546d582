package org.councilgraph.extract.recognise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.AgendaItem;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.segment.HeadingText;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Line;
import org.councilgraph.extract.text.Span;

/**
 * Finds agenda items the document only refers to: "Item 7 – Merthyr Tydfil Leisure Trust –
 * Additional Contribution 2017/18", "agenda item 7.1 (Council Financial Performance ...)",
 * "agenda items 10 and 11 entitled, ‘Work Programme ...’ and ‘Performance Management
 * Information’", or an item number cited in the text and listed on a line of its own.
 */
final class ReferencedItemRecogniser implements Recogniser {

    private static final String NUMBER = "([A-Z]{0,5}[./]?\\d{1,4}(?:\\.\\d{1,3})?)";
    private static final Pattern DASHED = Pattern.compile("(?i)\\bitem\\s+(?:number\\s+|no\\.?\\s*)?" + NUMBER
            + "\\s+[–—-]\\s+(\\p{Lu}.{2,150}?)(?=\\s+(?:as|because|due|and (?:he|she|they))\\b|\\s*:-|\\s*[.;(]\\s|\\s*[.;:]?$)");
    private static final Pattern BRACKETED = Pattern.compile("(?i)\\bitem\\s+" + NUMBER + "\\s+\\(([^)]{5,160})\\)");
    private static final Pattern ENTITLED = Pattern.compile("(?i)\\bitems\\s+" + NUMBER + "\\s+and\\s+" + NUMBER
            + "\\s+entitled,?\\s+[‘'\"“](.+?)[’'\"”]\\s+and\\s+[‘'\"“](.+?)[’'\"”]");
    private static final Pattern CITED = Pattern.compile("(?i)\\bitem\\s+" + NUMBER + "\\b");

    @Override
    public List<Fact> recognise(DocumentAnalysis minutes, Facts found) {
        List<AgendaItem> items = found.items();
        DocumentText text = minutes.text();
        Set<String> known = items.stream().map(AgendaItem::number).filter(n -> n != null)
                .map(ReferencedItemRecogniser::key).collect(Collectors.toSet());
        List<Fact> out = new ArrayList<>();
        for (Span sentence : minutes.sentences()) {
            String s = text.quote(sentence);
            Matcher e = ENTITLED.matcher(s);
            if (e.find()) {
                add(out, known, e.group(1), e.group(3), sentence);
                add(out, known, e.group(2), e.group(4), sentence);
            }
            for (Pattern p : List.of(DASHED, BRACKETED)) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    add(out, known, m.group(1), m.group(2), new Span(sentence.start() + m.start(), sentence.start() + m.end()));
                }
            }
            Matcher cited = CITED.matcher(s);
            while (cited.find()) {
                listedLine(text, cited.group(1)).ifPresent(line -> add(out, known, cited.group(1),
                        line.trimmed().substring(cited.group(1).length()).strip(), line.trimmedSpan()));
            }
        }
        return out;
    }

    /** A line that starts with the cited number and goes on with a heading: "11.1    Reinforced ... appendices". */
    private static java.util.Optional<Line> listedLine(DocumentText text, String number) {
        for (Line l : text.lines()) {
            String t = l.trimmed();
            if (t.startsWith(number + " ") && t.length() > number.length() + 5) {
                String rest = t.substring(number.length()).strip();
                if (HeadingText.isHeading(rest) && !HeadingText.isSentence(rest)) {
                    return java.util.Optional.of(l);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static void add(List<Fact> out, Set<String> known, String number, String title, Span evidence) {
        String heading = HeadingText.clean(title);
        if (heading.isEmpty() || !known.add(key(number)) || heading.split("\\s+").length > 25) {
            return;
        }
        out.add(new AgendaItem(0, number, heading, evidence, null, true));
    }

    private static String key(String number) {
        return number.replaceAll("[\\s.]+$", "").strip();
    }
}
