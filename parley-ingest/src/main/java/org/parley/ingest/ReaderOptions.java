package org.parley.ingest;

import java.util.Locale;

/**
 * Limits the readers obey.
 *
 * @param maxArticleBytes the largest single article accepted, in bytes: a whole text, HTML or JSON
 *                        file, one JSONL line, or one WARC record's HTTP body. Larger ones are
 *                        rejected without being read into memory. JSONL and WARC files may be
 *                        larger as a whole, since they hold many records.
 */
public record ReaderOptions(long maxArticleBytes) {

    /** 5 MiB: far above any real news article, far below what would strain the heap. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 5L * 1024 * 1024;

    public ReaderOptions {
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
        }
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(DEFAULT_MAX_ARTICLE_BYTES);
    }

    /** The rejection reason for an article of a known size over the limit. */
    String tooLarge(long size) {
        return String.format(Locale.ROOT, "too large for one article (%,d bytes > %s limit)", size, limitText());
    }

    /** The rejection reason for an article found, while streaming it, to exceed the limit. */
    String tooLargeWhileReading() {
        return String.format(Locale.ROOT, "too large for one article (more than %,d bytes > %s limit)",
                maxArticleBytes, limitText());
    }

    private String limitText() {
        long mib = 1024L * 1024;
        if (maxArticleBytes % mib == 0) {
            return maxArticleBytes / mib + " MiB";
        }
        if (maxArticleBytes % 1024 == 0) {
            return maxArticleBytes / 1024 + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", maxArticleBytes);
    }
}
