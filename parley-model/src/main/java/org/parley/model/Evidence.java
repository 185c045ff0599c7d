package org.parley.model;

import java.util.Objects;

/**
 * The sentence a finding rests on.
 *
 * @param article  the article's id
 * @param doc      the article's file name or URL
 * @param sentence index of the sentence in the article's annotation
 * @param span     the sentence's characters in the clean text
 * @param text     the sentence as written
 */
public record Evidence(ArticleId article, String doc, int sentence, Span span, String text) {
    public Evidence {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
