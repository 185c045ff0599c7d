package org.parley.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One article as a reader found it, before cleaning: its main text and whatever metadata the
 * format carried. Readers fill what they know and leave the rest null.
 *
 * @param origin            where it came from
 * @param format            the format it arrived in
 * @param text              the main text (for HTML: the extracted article body, paragraphs separated by blank lines)
 * @param title             headline, if the format gives one apart from the text
 * @param url               canonical URL, if known
 * @param site              outlet name or domain, if known
 * @param declaredLanguage  language the source declared (news-please {@code language}, HTML {@code lang}), if any
 * @param publishedMetadata publication time as the metadata wrote it (ISO 8601 or similar), if any
 * @param fallbackTime      a capture time to fall back on when nothing else dates the article (WARC-Date), if any
 * @param markup            the original markup (HTML) when the text was extracted from it; null otherwise
 */
public record RawArticle(
        Origin origin,
        SourceFormat format,
        String text,
        String title,
        String url,
        String site,
        String declaredLanguage,
        String publishedMetadata,
        Instant fallbackTime,
        String markup) {

    public RawArticle {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }

    public static RawArticle text(Origin origin, SourceFormat format, String text) {
        return new RawArticle(origin, format, text, null, null, null, null, null, null, null);
    }
}
