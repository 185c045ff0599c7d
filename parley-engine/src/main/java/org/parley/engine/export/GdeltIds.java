package org.parley.engine.export;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.parley.model.Article;
import org.parley.model.EventMention;

/**
 * The identifiers GDELT's tables join on, from Parley's: the numeric GLOBALEVENTID of an event id
 * and the source name of a mention. Stateless.
 */
final class GdeltIds {

    private GdeltIds() {
    }

    /**
     * A positive 63-bit number for an event id: the hex digits of {@code ev-<16 hex>} (so it is as
     * stable as the id), else the first bytes of the id's SHA-256.
     */
    static long eventId(String id) {
        if (id.matches("ev-[0-9a-f]{16}")) {
            return Long.parseUnsignedLong(id.substring(3), 16) & Long.MAX_VALUE;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                value = (value << 8) | (hash[i] & 0xff);
            }
            return value & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The outlet of a mention, as GDELT's MentionSourceName: the article's site, else its URL's host, else its file name. */
    static String sourceName(EventMention m, ExportData data) {
        Article article = data.article(m.evidence().article()).orElse(null);
        if (article != null && article.raw().site() != null && !article.raw().site().isBlank()) {
            return article.raw().site();
        }
        String doc = m.evidence().doc();
        try {
            String host = URI.create(doc).getHost();
            return host == null ? doc : host;
        } catch (IllegalArgumentException e) {
            return doc;
        }
    }
}
