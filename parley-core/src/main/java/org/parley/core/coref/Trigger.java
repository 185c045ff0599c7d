package org.parley.core.coref;

import java.util.Locale;
import java.util.Objects;

/**
 * The head word of an event mention, and the whole mention's lemmas when it has several words.
 *
 * @param lemma     the head's lemma, lower-cased here so that callers need not agree on case
 * @param wordClass the head's word class
 * @param phrase    the lemmas of all the mention's words, space-separated and lower-cased ("open fire",
 *                  "academy award"); the lemma itself for a one-word mention
 */
public record Trigger(String lemma, WordClass wordClass, String phrase) {
    public Trigger {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(wordClass, "wordClass");
        if (lemma.isBlank()) {
            throw new IllegalArgumentException("a trigger needs a lemma");
        }
        lemma = lemma.toLowerCase(Locale.ROOT);
        phrase = phrase == null || phrase.isBlank() ? lemma : phrase.strip().toLowerCase(Locale.ROOT);
    }

    /** A one-word trigger. */
    public Trigger(String lemma, WordClass wordClass) {
        this(lemma, wordClass, null);
    }

    /** Whether the mention has more than one word. */
    public boolean isPhrase() {
        return !phrase.equals(lemma);
    }
}
