package org.councilgraph.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

import opennlp.tools.sentdetect.SentenceDetectorME;

/**
 * Splits running text into sentences with OpenNLP's sentence detector, keeping document offsets.
 * Paragraph breaks (blank lines) and list lines always end a sentence; a split the model makes
 * after a title or an initial ("Cllr.", "J.") is undone. Not thread-safe: one per thread.
 */
public final class SentenceSplitter {

    private static final Pattern PARAGRAPH = Pattern.compile(
            "\\n[ \\t]*\\n|\\n(?=[ \\t]*(?:[•·▪*-]|\\(?[a-z0-9]{1,3}[.)]\\s|\\d{1,3}(?:\\.\\d{1,3})+\\s))");

    private final SentenceDetectorME detector = new SentenceDetectorME(LanguageModels.sentences());

    /** The sentences of {@code span}, in order, trimmed. */
    public List<Span> split(DocumentText text, Span span) {
        List<Span> out = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(text.text()).region(span.start(), span.end());
        int start = span.start();
        while (m.find()) {
            paragraph(text, new Span(start, m.start()), out);
            start = m.end();
        }
        paragraph(text, new Span(start, span.end()), out);
        return out;
    }

    private void paragraph(DocumentText text, Span span, List<Span> out) {
        Span p = text.trim(span);
        if (p.length() == 0) {
            return;
        }
        String flat = text.quote(p).replace('\n', ' ').replace('\t', ' ');
        opennlp.tools.util.Span[] found = detector.sentPosDetect(flat);
        List<Span> sentences = new ArrayList<>();
        for (opennlp.tools.util.Span s : found) {
            Span abs = new Span(p.start() + s.getStart(), p.start() + s.getEnd());
            if (!sentences.isEmpty() && endsWithAbbreviation(text, sentences.get(sentences.size() - 1))) {
                Span last = sentences.remove(sentences.size() - 1);
                abs = last.union(abs);
            }
            sentences.add(abs);
        }
        if (sentences.isEmpty()) {
            sentences.add(p);
        }
        for (Span s : sentences) {
            Span t = text.trim(s);
            if (t.length() > 0) {
                out.add(t);
            }
        }
    }

    private static boolean endsWithAbbreviation(DocumentText text, Span sentence) {
        String s = text.quote(sentence).stripTrailing();
        if (!s.endsWith(".")) {
            return false;
        }
        String body = s.substring(0, s.length() - 1);
        int space = Math.max(body.lastIndexOf(' '), body.lastIndexOf('('));
        String last = body.substring(space + 1);
        if (last.length() == 1 && Character.isUpperCase(last.charAt(0))) {
            return true;
        }
        if (last.matches("(?:\\p{Lu}\\.)+\\p{Lu}")) {
            return true;
        }
        return Lexicons.standard().abbreviations().contains(last);
    }
}
