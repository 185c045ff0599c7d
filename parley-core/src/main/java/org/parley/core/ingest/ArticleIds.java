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
        return new ArticleId(shortHash(normalized, 16));
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code key}, in lower-case hex: the base of every stable id. */
    public static String shortHash(String key, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
