package org.parley.core.coref;

import java.util.Set;

/**
 * Port: the concepts a word can express, so that triggers written differently ("hit" and
 * "struck", "met" and "meeting", "arrest" and "apprehended") can be recognised as the same kind of
 * event. Two triggers are related when their concept sets intersect.
 *
 * <p>Implementations are immutable and thread-safe. Concept keys are opaque strings; only equality
 * matters.
 */
@FunctionalInterface
public interface SenseInventory {

    /** An inventory that knows no concepts: only identical lemmas relate. */
    SenseInventory LEMMAS_ONLY = (lemma, wordClass) -> Set.of();

    /**
     * The concepts {@code lemma} may express as a {@code wordClass}, including those of the words
     * derived from it in another class (the verb of a nominalisation and back); empty when unknown.
     */
    Set<String> concepts(String lemma, WordClass wordClass);
}
