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

    /** An item number as cited: "7", "7.1", "BC/18", "22a", "17(6)", "8(a)". */
    private static final String NUMBER = "([A-Z]{0,5}[./]?\\d{1,4}(?:\\.\\d{1,3})?(?:[a-zA-Z](?![\\w’'])|\\(\\w{1,3}\\))?)";
    /** "item 13", "agenda item 17(6)", "Item No. 4", and "item 12 on the agenda", "item 13 of the agenda". */
    private static final String CITED_ITEM = "(?<!arising from )\\bitem\\s+(?:number\\s+|no\\.?\\s*)?" + NUMBER
            + "(?:\\s+(?:of|on)\\s+the\\s+agenda)?";
    private static final String TITLE_END = "(?=\\s+(?:as|because|due|and (?:he|she|they))\\b|\\s*:-|\\s*[.;(]\\s|\\s*[.;:]?$)";
    private static final Pattern DASHED = Pattern.compile("(?i)" + CITED_ITEM + "\\s*[,:]?\\s+[–—-]\\s+(\\p{Lu}.{2,150}?)" + TITLE_END);
    /** "Agenda Item 6.2: Audit Panel Meeting held on 5 June 2018 - Councillor Armstrong;" */
    private static final Pattern COLONED = Pattern.compile("(?i)" + CITED_ITEM + ":\\s+(\\p{Lu}.{2,150}?)(?=\\s+[–—-]\\s|\\s*;|" + TITLE_END.substring(3));
    /** "item 13 (Live Argyll - Leisure and Libraries Trust)", after a paper's reference: "Item 9 (BC/18/8) Independent ... report." */
    private static final Pattern BRACKETED = Pattern.compile("(?i)" + CITED_ITEM + "\\s+\\(([^)]{5,160})\\)");
    private static final Pattern REFERENCE_THEN_TITLE = Pattern.compile("(?i)" + CITED_ITEM
            + "\\s+\\([A-Z]{1,5}/[\\d/]+\\)\\s+(\\p{Lu}.{2,150}?)" + TITLE_END);
    private static final Pattern PAPER_REFERENCE = Pattern.compile("[A-Z]{1,5}/[\\d/]+");
    /** "item 13 ‘Commissioning of New School Places ...’" */
    private static final Pattern QUOTED = Pattern.compile("(?i)" + CITED_ITEM
            + ",?\\s+[‘“\"']((?:[^’”\"]|’(?=\\p{L})){3,160}?)[’”\"'](?!\\p{L})");
    /** "in relation to item 8, Motions, as a Foundation Governor": a short capitalised title between commas. */
    private static final Pattern COMMAS = Pattern.compile("(?i)" + CITED_ITEM + ",\\s+((?-i:\\p{Lu}[\\p{L}’']+(?:\\s+[\\p{L}’'&]+){0,5})),");
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
            for (Pattern p : List.of(DASHED, COLONED, REFERENCE_THEN_TITLE, BRACKETED, QUOTED, COMMAS)) {
                Matcher m = p.matcher(s);
                while (m.find()) {
                    if (p == BRACKETED && PAPER_REFERENCE.matcher(m.group(2)).matches()) {
                        // "(BC/18/8)" is the paper's reference; its title follows it.
                        continue;
                    }
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
        if (heading.isEmpty() || !HeadingText.isHeading(heading) || heading.split("\\s+").length > 25 || !known.add(key(number))) {
            return;
        }
        out.add(new AgendaItem(0, number, heading, evidence, null, true));
    }

    private static String key(String number) {
        return number.replaceAll("[\\s.]+$", "").strip();
    }
}
