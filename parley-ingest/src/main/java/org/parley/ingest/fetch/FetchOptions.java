package org.parley.ingest.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how patiently {@link PoliteFetcher} fetches.
 *
 * @param userAgent    the {@code User-Agent} sent with every request; its first word (before
 *                     {@code /}) is the name robots.txt rules are matched against
 * @param perHostDelay the least time between two requests to one host (a longer robots.txt
 *                     {@code Crawl-delay} wins, up to {@link #MAX_CRAWL_DELAY})
 * @param timeout      how long to wait to connect, and for a response's headers
 * @param retries      how many times a failure that may pass (timeout, 429, 5xx, lost connection)
 *                     is tried again
 * @param backoff      the wait before the first retry; it doubles with each retry
 * @param maxBytes     the largest body accepted (after gzip decompression)
 */
public record FetchOptions(String userAgent, Duration perHostDelay, Duration timeout, int retries,
                           Duration backoff, long maxBytes) {

    /** A site's Crawl-delay is obeyed up to this; a longer one would stall a whole poll. */
    public static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(60);

    public static final String DEFAULT_USER_AGENT =
            "Parley/0.1 (news event research; https://github.com/parley-project/parley)";

    public FetchOptions {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        if (perHostDelay.isNegative() || timeout.isNegative() || timeout.isZero() || backoff.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative and the timeout must be positive");
        }
        if (retries < 0 || maxBytes <= 0) {
            throw new IllegalArgumentException("retries must be >= 0 and maxBytes > 0");
        }
    }

    /** 2 s between requests to a host, 20 s timeout, 2 retries from 5 s, 5 MiB. */
    public static FetchOptions defaults() {
        return new FetchOptions(DEFAULT_USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(20), 2,
                Duration.ofSeconds(5), 5L * 1024 * 1024);
    }

    /** The robots.txt name of this agent: the User-Agent's product token, lower case. */
    public String robotName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(java.util.Locale.ROOT);
    }
}
