package org.councilgraph.extract.nlp;

import java.util.List;

import org.councilgraph.extract.text.DocumentText;
import org.councilgraph.extract.text.Span;

/**
 * Finds the person, role and organisation mentions of one document's sentences. The trained
 * finder is {@link EntityFinder}; {@link #NONE} finds nothing, for extraction by the rules alone.
 */
public interface NameFinder {

    /** A finder that finds nothing. */
    NameFinder NONE = (text, sentences) -> List.of();

    /**
     * The mentions in {@code sentences} of one document, in text order. Each call starts a new
     * document: nothing learnt from an earlier one carries over.
     */
    List<ModelMention> find(DocumentText text, List<Span> sentences);
}
