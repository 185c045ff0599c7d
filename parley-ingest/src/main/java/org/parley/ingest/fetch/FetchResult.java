package org.parley.ingest.fetch;

import java.util.Objects;
import org.parley.core.ports.FeedState.Validators;

/** What fetching one URL gave: its body, "unchanged since last time", or a failure with the reason. */
public sealed interface FetchResult {

    /** The URL asked for. */
    String url();

    /**
     * A 200 response.
     *
     * @param finalUrl    the URL answered after redirects
     * @param contentType the {@code Content-Type} header, or null
     * @param body        the body, decompressed, at most the size limit
     * @param validators  what to send next time to learn whether it changed
     */
    record Fetched(String url, String finalUrl, String contentType, byte[] body, Validators validators)
            implements FetchResult {
        public Fetched {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** A 304: the validators sent still match. */
    record Unchanged(String url) implements FetchResult {
    }

    /**
     * No body.
     *
     * @param reason     why, in words ({@code HTTP 404}, {@code disallowed by robots.txt}, {@code timed out ...})
     * @param retryLater true when trying again later may succeed (timeouts, 429, 5xx, lost connections)
     */
    record Failed(String url, String reason, boolean retryLater) implements FetchResult {
    }
}
