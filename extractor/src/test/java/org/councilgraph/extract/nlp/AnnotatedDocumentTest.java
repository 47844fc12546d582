package org.councilgraph.extract.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class AnnotatedDocumentTest {

    private static final String FILE = """

            The <START:role> Lead Member for Resources <END> , Mr <START:person> L. Breckon <END> CC , attended .
            Minutes : The <START:organisation> Scrutiny Commission <END> considered a report .
            """;

    @Test
    void readsSentencesWithTheFirstStartingTheDocument() throws IOException {
        AnnotatedDocument d = AnnotatedDocument.parse("000", FILE);
        assertEquals(2, d.sentences().size());
        assertTrue(d.sentences().get(0).isClearAdaptiveDataSet());
        assertFalse(d.sentences().get(1).isClearAdaptiveDataSet());
        var names = d.sentences().get(0).getNames();
        assertEquals("role", names[0].getType());
        assertEquals(1, names[0].getStart());
        assertEquals(5, names[0].getEnd());
        assertEquals("person", names[1].getType());
        assertEquals("L.", d.sentences().get(0).getSentence()[names[1].getStart()]);
    }

    @Test
    void writesBackWhatItRead() throws IOException {
        AnnotatedDocument d = AnnotatedDocument.parse("000", FILE);
        assertEquals(d, AnnotatedDocument.parse("000", d.toAnnotationText()));
        assertTrue(d.toAnnotationText().startsWith("\n"), "a document starts with an empty line");
    }

    @Test
    void reportsAMalformedLineByFileAndLineNumber() {
        IOException e = assertThrows(IOException.class,
                () -> AnnotatedDocument.parse("d007", "\nFine line .\nCouncillor <START:person> Croft said .\n"));
        assertTrue(e.getMessage().startsWith("d007:3:"), e.getMessage());
        assertThrows(IOException.class, () -> AnnotatedDocument.parse("d", "\n<START:people> Croft <END> said .\n"));
        assertThrows(IOException.class, () -> AnnotatedDocument.parse("d", "\nsaid <START:person> <END> .\n"));
        assertThrows(IOException.class, () -> AnnotatedDocument.parse("d", "\nsaid Croft <END> .\n"));
    }
}
