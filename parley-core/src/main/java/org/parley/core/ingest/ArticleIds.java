package org.parley.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.parley.model.ArticleId;

/**
 * Derives an article's stable id from its content.
 *
 * <p>Design decision: the id hashes the normalized clean text (Unicode NFKC, lower case, runs of
 * white space folded), not the file or URL, so the same report read from a text file, a JSONL dump
 * or a WARC crawl is recognised as one article, and a page re-fetched with different markup but the
 * same words is not stored twice.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static ArticleId of(String cleanText) {
        String normalized = Normalizer.normalize(cleanText, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return new ArticleId(HexFormat.of().formatHex(digest, 0, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
