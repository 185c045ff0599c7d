package org.parley.core.coref;

import java.util.Locale;
import java.util.Objects;

/**
 * The head word of an event mention.
 *
 * @param lemma     its lemma, lower-cased here so that callers need not agree on case
 * @param wordClass its word class
 */
public record Trigger(String lemma, WordClass wordClass) {
    public Trigger {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(wordClass, "wordClass");
        if (lemma.isBlank()) {
            throw new IllegalArgumentException("a trigger needs a lemma");
        }
        lemma = lemma.toLowerCase(Locale.ROOT);
    }
}
