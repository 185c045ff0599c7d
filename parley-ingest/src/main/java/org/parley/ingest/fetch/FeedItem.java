package org.parley.ingest.fetch;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a feed or sitemap.
 *
 * @param key       what identifies it within its feed: the RSS guid or Atom id, else its link
 * @param url       the page to fetch
 * @param published the date the feed gives it (published, else updated, else a sitemap's lastmod), or null
 */
public record FeedItem(String key, String url, Instant published) {
    public FeedItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(url, "url");
    }
}
