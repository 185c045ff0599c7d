-- What `parley watch` and `parley fetch` remember between runs (org.parley.store.JdbcFeedState), so a
-- restarted follower continues where it stopped. (V6 is another change's number.)
-- One row per feed item handled: the feed's URL and the item's key (its guid, else its link).
CREATE TABLE feed_items (
    feed_url TEXT NOT NULL,
    item_key TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);
-- The HTTP validators of each URL fetched (feeds and pages), sent back as If-None-Match and
-- If-Modified-Since so an unchanged resource is answered 304 and not read again.
CREATE TABLE http_validators (
    url           TEXT PRIMARY KEY,
    etag          TEXT,
    last_modified TEXT,
    saved_at      TEXT NOT NULL
);
