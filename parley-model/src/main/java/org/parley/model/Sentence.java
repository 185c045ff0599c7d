package org.parley.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence with its tokens and dependency parse.
 *
 * @param index        0-based position in the text
 * @param span         its characters in the clean text
 * @param tokens       its tokens in order
 * @param dependencies its basic dependency parse (empty when parsing was skipped for this sentence)
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
    public Sentence {
        Objects.requireNonNull(span, "span");
        tokens = Lists.frozen(tokens);
        dependencies = Lists.frozen(dependencies);
    }

    public String text(String cleanText) {
        return span.of(cleanText);
    }
}
