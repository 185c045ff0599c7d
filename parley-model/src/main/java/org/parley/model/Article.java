package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as stored: what was read, the cleaned text, its language and publication date.
 *
 * @param id          stable id from the normalized clean text
 * @param previous    the article this one revises (same URL, different text), or null
 * @param raw         what the reader found
 * @param clean       the text with boilerplate removed, and the map back to {@code raw.text()}
 * @param language    ISO 639-1 code as detected, or {@code und} when undetermined
 * @param published   the publication date, or {@link PublicationDate#UNKNOWN}
 * @param status      how far it got
 * @param error       why annotation failed or the article was skipped, or null
 * @param ingestedAt  when it was stored (bookkeeping only, never used as a publication date)
 */
public record Article(
        ArticleId id,
        ArticleId previous,
        RawArticle raw,
        CleanText clean,
        String language,
        PublicationDate published,
        ArticleStatus status,
        String error,
        Instant ingestedAt) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
    }

    /** The name users cite for this article: file name or URL. */
    public String doc() {
        return raw.origin().doc();
    }

    public Article withStatus(ArticleStatus newStatus, String newError) {
        return new Article(id, previous, raw, clean, language, published, newStatus, newError, ingestedAt);
    }
}
