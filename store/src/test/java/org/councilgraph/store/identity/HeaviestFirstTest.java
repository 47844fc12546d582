package org.councilgraph.store.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;

/** Page-order keys: ascending is heaviest first, ties told apart by identity, inside TDB2's inline integers. */
class HeaviestFirstTest {

    @Test
    void aHeavierTallyHasASmallerKeyWhateverItsIdentity() {
        assertTrue(value(HeaviestFirst.key(3, "zzz")).compareTo(value(HeaviestFirst.key(2, "aaa"))) < 0);
        assertTrue(value(HeaviestFirst.key(2, "aaa")).compareTo(value(HeaviestFirst.key(1, "zzz"))) < 0);
    }

    @Test
    void talliesOfOneWeightAreToldApartByIdentityAndTheSameIdentityKeepsItsKey() {
        assertNotEquals(HeaviestFirst.key(5, "a b"), HeaviestFirst.key(5, "a c"));
        assertEquals(HeaviestFirst.key(5, "a b"), HeaviestFirst.key(5, "a b"));
    }

    @Test
    void keysAreNonNegativeIntegersBelowTwoToThe52() {
        for (long weight : new long[] {1, 2, 1_000, Long.MAX_VALUE}) {
            Node key = HeaviestFirst.key(weight, "x");
            assertEquals(XSDDatatype.XSDinteger.getURI(), key.getLiteralDatatypeURI());
            assertTrue(value(key).signum() >= 0 && value(key).bitLength() <= 52, key.toString());
        }
    }

    private static BigInteger value(Node key) {
        return new BigInteger(key.getLiteralLexicalForm());
    }
}
