package org.councilgraph.extract.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.councilgraph.extract.name.PersonNameParser;
import org.councilgraph.extract.name.Word;
import org.councilgraph.extract.name.Words;
import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.tokenize.TokenizerME;

/**
 * Turns minutes with gold answers into name finder training sentences: each person the gold
 * names is found in the text (titles and post-nominals left out, so the model learns names, not
 * titles) and marked on the tokens OpenNLP's tokenizer gives.
 */
final class PersonNameAnnotations {

    /** A document's text and its gold answers (JSON in the evaluation's answers format). */
    record Document(String name, String text, String goldJson) {
    }

    private final SentenceSplitter sentences = new SentenceSplitter();
    private final TokenizerME tokenizer = new TokenizerME(LanguageModels.tokens());
    private final PersonNameParser names = new PersonNameParser();

    List<NameSample> samples(List<Document> documents) {
        List<NameSample> out = new ArrayList<>();
        for (Document d : documents) {
            DocumentText text = DocumentText.of(d.text());
            List<Span> marked = occurrences(text, goldNames(d.goldJson()));
            boolean first = true;
            for (Span sentence : sentences.split(text, new Span(0, text.length()))) {
                out.add(sample(text, sentence, marked, first));
                first = false;
            }
        }
        return out;
    }

    private NameSample sample(DocumentText text, Span sentence, List<Span> marked, boolean firstOfDocument) {
        String s = text.quote(sentence).replace('\n', ' ');
        opennlp.tools.util.Span[] tokens = tokenizer.tokenizePos(s);
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = tokens[i].getCoveredText(s).toString();
        }
        List<opennlp.tools.util.Span> spans = new ArrayList<>();
        for (Span m : marked) {
            if (!sentence.contains(m)) {
                continue;
            }
            int from = -1;
            int to = -1;
            for (int i = 0; i < tokens.length; i++) {
                int ts = sentence.start() + tokens[i].getStart();
                int te = sentence.start() + tokens[i].getEnd();
                if (ts == m.start()) {
                    from = i;
                }
                if (te == m.end()) {
                    to = i + 1;
                }
            }
            final int f = from;
            final int t = to;
            if (f >= 0 && t > f && spans.stream().noneMatch(x -> x.getStart() < t && f < x.getEnd())) {
                spans.add(new opennlp.tools.util.Span(f, t, "person"));
            }
        }
        spans.sort(Comparator.comparingInt(opennlp.tools.util.Span::getStart));
        return new NameSample(words, spans.toArray(new opennlp.tools.util.Span[0]), firstOfDocument);
    }

    /** The core of each gold name ("D Snartt" for "Mr D Snartt CC"), as the text may write it. */
    private Set<String> goldNames(String json) {
        JsonObject doc = JSON.parse(json);
        JsonValue goldValue = doc.get("gold") != null ? doc.get("gold") : doc.get("answers");
        Set<String> out = new LinkedHashSet<>();
        if (goldValue == null || !goldValue.isObject()) {
            return out;
        }
        JsonObject gold = goldValue.getAsObject();
        for (String field : List.of("present", "apologies", "in_attendance", "substitutes", "declarations", "person_roles", "chair")) {
            JsonValue v = gold.get(field);
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isString()) {
                core(v.getAsString().value(), out);
            } else if (v.isArray()) {
                JsonArray a = v.getAsArray();
                for (JsonValue e : a) {
                    if (e.isString()) {
                        core(e.getAsString().value(), out);
                    } else if (e.isObject()) {
                        for (String key : List.of("person", "for")) {
                            JsonValue p = e.getAsObject().get(key);
                            if (p != null && p.isString()) {
                                core(p.getAsString().value(), out);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private void core(String written, Set<String> out) {
        List<Word> words = Words.of(written);
        names.parse(words, 0, words.size(), "Councillor", PersonNameParser.Context.LIST).ifPresent(m -> {
            var n = m.name();
            int start = n.span().start();
            for (Word w : words) {
                if (w.start() >= start && !isTitle(w.text())) {
                    start = w.start();
                    break;
                }
            }
            int familyAt = written.lastIndexOf(n.family());
            int end = familyAt >= 0 ? familyAt + n.family().length() : n.span().end();
            String core = written.substring(Math.min(start, written.length()), Math.min(end, written.length())).strip();
            if (core.contains(" ")) {
                out.add(core);
            }
        });
    }

    private static boolean isTitle(String word) {
        return org.councilgraph.extract.lexicon.Lexicons.HONORIFICS.contains(word)
                || org.councilgraph.extract.lexicon.Lexicons.ROLE_TITLES.contains(word);
    }

    private static List<Span> occurrences(DocumentText text, Set<String> names) {
        List<Span> out = new ArrayList<>();
        String t = text.text();
        for (String name : names) {
            int at = t.indexOf(name);
            while (at >= 0) {
                out.add(new Span(at, at + name.length()));
                at = t.indexOf(name, at + 1);
            }
        }
        out.sort(Comparator.comparing(Span::length).reversed());
        return out;
    }
}
