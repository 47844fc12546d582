package org.councilgraph.extract.participation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.councilgraph.extract.analysis.DocumentAnalyser;
import org.councilgraph.extract.analysis.DocumentAnalysis;
import org.councilgraph.extract.fact.Facts;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.nlp.EntityFinder;
import org.councilgraph.extract.read.DocumentException;
import org.councilgraph.extract.read.DocumentMetadata;
import org.councilgraph.extract.read.MinutesReader;
import org.councilgraph.extract.recognise.Recognition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The features of a document's places, worked out together (what is read once per line is
 * shared), are those of each place worked out alone.
 */
class ParticipationFeaturesTest {

    @TempDir
    Path dir;

    @Test
    void featuresOfASampleReadTogetherAreThoseReadOneByOne() throws DocumentException {
        assertSameTogetherAsAlone(Path.of("../samples/003_c8b7ca36a12a45f9.txt"), 5);
    }

    @Test
    void featuresOfAListOfFortyNamesOnOneLineReadTogetherAreThoseReadOneByOne() throws DocumentException, IOException {
        String names = IntStream.range(0, 40).mapToObj(i -> "Councillor " + List.of("Alan", "Brenda", "Carol", "David").get(i % 4)
                + " " + List.of("Smith", "Jones", "Taylor", "Brown", "Wilson").get(i % 5) + "ford" + (char) ('a' + i % 26) + "son")
                .collect(Collectors.joining(", "));
        Path file = Files.writeString(dir.resolve("list.txt"), "Exampleshire County Council\n"
                + "Minutes of the meeting of the Cabinet held on 4 May 2024\n\nPresent: " + names + ".\n\n1. Apologies\nNone.\n");
        assertSameTogetherAsAlone(file, 30);
    }

    private static void assertSameTogetherAsAlone(Path file, int atLeast) throws DocumentException {
        DocumentAnalysis analysis = new DocumentAnalyser(new EntityFinder()).analyse(new MinutesReader().read(file, DocumentMetadata.NONE));
        Facts facts = Recognition.standard(Lexicons.standard(), ParticipationModel.NONE).recognise(analysis);
        List<PersonMention> mentions = new PersonMentions(Lexicons.standard()).of(analysis, facts);
        assertTrue(mentions.size() >= atLeast, mentions.size() + " places");
        ParticipationFeatures features = new ParticipationFeatures(Lexicons.standard());
        ParticipationFeatures.OfDocument together = features.of(analysis);
        for (PersonMention m : mentions) {
            assertArrayEquals(features.of(analysis, m), together.of(m), m.toString());
        }
    }
}
