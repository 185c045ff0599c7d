package org.parley.core.extract;

import org.parley.model.AnnotatedText;
import org.parley.model.Article;

/**
 * The events stage of one article: from its annotation to the events and commitments it reports.
 * Implementations are thread-safe and deterministic (the same input gives the same findings).
 */
public interface FindingsExtractor {

    /** Name and version, stored with the findings: findings of another version are recomputed. */
    String name();

    ArticleFindings extract(Article article, AnnotatedText text);
}
