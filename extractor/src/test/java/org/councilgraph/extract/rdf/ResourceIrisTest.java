package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.councilgraph.ontology.CG;
import org.junit.jupiter.api.Test;

class ResourceIrisTest {

    @Test
    void aCommitteeIsScopedByItsCouncil() {
        assertEquals(CG.ID + "committee/sligo-county-council/january-ordinary-meeting-of-sligo-county-council",
                new ResourceIris("d048", "Sligo County Council").committee("January Ordinary Meeting of Sligo County Council", true).getURI());
    }

    @Test
    void aCommitteeOfACouncilTheDocumentDoesNotNameIsTheDocumentsOwn() {
        // corpus/d008 ("The Council resolved") and corpus/d034 both give committee "Council" with no council named:
        // two councils, not one body.
        ResourceIris aberdeen = new ResourceIris("d008", null);
        ResourceIris bolsover = new ResourceIris("d034", null);
        assertEquals(CG.ID + "committee/document/d008/council", aberdeen.committee("Council", true).getURI());
        assertNotEquals(aberdeen.committee("Council", true), bolsover.committee("Council", true));
    }

    @Test
    void aCommitteeKnownOnlyByItsKindIsTheDocumentsOwn() {
        // samples/000 ("The Commission considered") and samples/001 ("the Committee"): both Leicestershire's, but
        // "Committee" does not tell one of its committees from another.
        ResourceIris first = new ResourceIris("s000", "Leicestershire County Council");
        ResourceIris second = new ResourceIris("s001", "Leicestershire County Council");
        assertNotEquals(first.committee("Committee", false), second.committee("Committee", false));
        assertEquals(CG.ID + "committee/document/s001/committee", second.committee("Committee", false).getURI());
    }
}
