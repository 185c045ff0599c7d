package org.parley.ingest.fetch;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.core.ports.FeedState;

/** A {@link FeedState} in memory: a "restart" is a new poll and fetcher handed the same instance. */
final class InMemoryFeedState implements FeedState {

    private final Map<String, Validators> validators = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Override
    public Optional<Validators> validators(String url) {
        return Optional.ofNullable(validators.get(url));
    }

    @Override
    public void saveValidators(String url, Validators saved) {
        validators.put(url, saved);
    }

    @Override
    public boolean isSeen(String feedUrl, String itemKey) {
        return seen.contains(feedUrl + " " + itemKey);
    }

    @Override
    public void markSeen(String feedUrl, String itemKey) {
        seen.add(feedUrl + " " + itemKey);
    }
}
