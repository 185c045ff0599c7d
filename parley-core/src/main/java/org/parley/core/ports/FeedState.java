package org.parley.core.ports;

import java.util.Optional;

/**
 * What a feed follower remembers between polls, kept beside the articles so that a restarted
 * follower continues where it stopped: the feed items already handled, and the HTTP validators of
 * each URL fetched (for conditional GET). Implementations are thread-safe; every write is atomic.
 */
public interface FeedState {

    /**
     * What a server said identifies the version of a resource it sent.
     *
     * @param etag         the {@code ETag} header, or null
     * @param lastModified the {@code Last-Modified} header as sent, or null
     */
    record Validators(String etag, String lastModified) {

        public static final Validators NONE = new Validators(null, null);

        public boolean isEmpty() {
            return etag == null && lastModified == null;
        }
    }

    /** The validators saved for {@code url}; empty when none were. */
    Optional<Validators> validators(String url);

    /** Saves (or replaces) the validators of {@code url}. */
    void saveValidators(String url, Validators validators);

    /** Whether {@link #markSeen} was called for this item of this feed. */
    boolean isSeen(String feedUrl, String itemKey);

    /** Records that an item of a feed was handled (stored, unchanged, or refused for good). */
    void markSeen(String feedUrl, String itemKey);
}
