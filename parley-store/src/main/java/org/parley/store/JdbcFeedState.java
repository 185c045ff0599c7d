package org.parley.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import org.parley.core.ports.FeedState;

/**
 * {@link FeedState} in the tables {@code feed_items} and {@code http_validators} of a
 * {@link JdbcArticleStore} (migration V7), written through the store's writer so each call is one
 * transaction. Thread-safe as the store is.
 */
final class JdbcFeedState implements FeedState {

    private final JdbcArticleStore store;

    JdbcFeedState(JdbcArticleStore store) {
        this.store = store;
    }

    @Override
    public Optional<Validators> validators(String url) {
        return store.read("read the validators of " + url, c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT etag, last_modified FROM http_validators WHERE url = ?")) {
                select.setString(1, url);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? Optional.of(new Validators(rs.getString(1), rs.getString(2))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void saveValidators(String url, Validators validators) {
        store.write("save the validators of " + url, c -> {
            try (PreparedStatement upsert = c.prepareStatement("INSERT INTO http_validators "
                    + "(url, etag, last_modified, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
                    + "etag = excluded.etag, last_modified = excluded.last_modified, saved_at = excluded.saved_at")) {
                upsert.setString(1, url);
                upsert.setString(2, validators.etag());
                upsert.setString(3, validators.lastModified());
                upsert.setString(4, Instant.now().toString());
                return upsert.executeUpdate();
            }
        });
    }

    @Override
    public boolean isSeen(String feedUrl, String itemKey) {
        return store.read("read the items seen in " + feedUrl, c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT 1 FROM feed_items WHERE feed_url = ? AND item_key = ?")) {
                select.setString(1, feedUrl);
                select.setString(2, itemKey);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Override
    public void markSeen(String feedUrl, String itemKey) {
        store.write("mark an item of " + feedUrl + " seen", c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO feed_items (feed_url, item_key, seen_at) "
                    + "VALUES (?, ?, ?) ON CONFLICT (feed_url, item_key) DO NOTHING")) {
                insert.setString(1, feedUrl);
                insert.setString(2, itemKey);
                insert.setString(3, Instant.now().toString());
                return insert.executeUpdate();
            }
        });
    }
}
