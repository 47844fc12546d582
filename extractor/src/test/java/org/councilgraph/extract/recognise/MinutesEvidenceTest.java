package org.councilgraph.extract.recognise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.councilgraph.extract.Fixtures;
import org.councilgraph.extract.MinutesExtractor;
import org.councilgraph.extract.lexicon.Lexicons;
import org.councilgraph.extract.read.UnrecognisedDocumentException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Texts that are not minutes are refused with a reason; real minutes, even excerpts with few facts, are not. */
class MinutesEvidenceTest {

    private static final Path NOT_MINUTES = Path.of("src", "test", "resources", "not-minutes");
    private final MinutesExtractor extractor = new MinutesExtractor();
    private final MinutesEvidence evidence = new MinutesEvidence(Lexicons.standard().minutesMarks());

    @Test
    void refusesARecipeWhoseIngredientsAreNumberedAndWhoseTitleReadsLikeAName() {
        UnrecognisedDocumentException e = assertThrows(UnrecognisedDocumentException.class,
                () -> extractor.extract(Fixtures.document(NOT_MINUTES.resolve("recipe.txt"))));
        assertTrue(e.getMessage().contains("recipe.txt") && e.getMessage().contains("does not look like minutes"), e.getMessage());
        assertTrue(e.getMessage().contains("none of the words of meeting business"), e.getMessage());
    }

    @Test
    void refusesAPolicyPageWithNumberedSections() {
        UnrecognisedDocumentException e = assertThrows(UnrecognisedDocumentException.class,
                () -> extractor.extract(Fixtures.document(NOT_MINUTES.resolve("policy.txt"))));
        assertTrue(e.getMessage().contains("its 3 headings"), e.getMessage());
    }

    @Test
    void refusesANewsReportOfACouncilDecision() {
        assertThrows(UnrecognisedDocumentException.class, () -> extractor.extract(Fixtures.document(NOT_MINUTES.resolve("news.txt"))));
    }

    @Test
    void takesAnExcerptWithOnlyItemHeadingsForMinutesWhenItSpeaksOfMeetingBusiness() {
        // corpus/d029.txt: three item rows of a council's page and no header, attendance or decision
        assertDoesNotThrow(() -> extractor.extract(Fixtures.document(Fixtures.CORPUS.resolve("d029.txt"))));
    }

    @Test
    @Tag("slow") // the whole corpus
    void takesEverySampleAndCorpusDocumentForMinutesEvenWithRulesAlone() {
        // without the models fewer facts are found, so more would be refused
        MinutesExtractor rulesOnly = MinutesExtractor.withoutModel();
        for (Path p : Fixtures.corpus()) {
            assertDoesNotThrow(() -> rulesOnly.extract(Fixtures.document(p)), p.toString());
        }
        for (Path p : Fixtures.samples()) {
            assertDoesNotThrow(() -> rulesOnly.extract(Fixtures.document(p)), p.toString());
        }
    }

    @Test
    void countsMinutesAsAMarkExceptAsADuration() {
        assertEquals(Set.of(), evidence.marksIn("Preparation 20 minutes, cooking 25 minutes."));
        assertEquals(Set.of("minutes", "apologies"), evidence.marksIn("The minutes were approved. Apologies: none."));
    }
}
