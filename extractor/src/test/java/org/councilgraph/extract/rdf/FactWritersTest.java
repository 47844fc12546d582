package org.councilgraph.extract.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.councilgraph.extract.fact.Fact;
import org.junit.jupiter.api.Test;

class FactWritersTest {

    @Test
    void thereIsOneStandardWriterForEveryKindOfFact() {
        List<FactWriter<?>> writers = FactWriters.standard();
        assertEquals(Fact.class.getPermittedSubclasses().length, writers.size());
        new MinutesGraphWriter(writers);
    }

    @Test
    void aGraphWriterRefusesToStartWithoutAWriterForSomeKindOfFact() {
        List<FactWriter<?>> writers = new ArrayList<>(FactWriters.standard());
        writers.removeIf(w -> w.kind().getSimpleName().equals("Report"));
        var e = assertThrows(IllegalArgumentException.class, () -> new MinutesGraphWriter(writers));
        assertEquals("no writer for these kinds of fact: Report", e.getMessage());
    }
}
