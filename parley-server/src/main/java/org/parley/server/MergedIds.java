package org.parley.server;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.parley.core.cluster.StableIds;
import org.parley.core.ports.ArticleStore;

/**
 * Story and event ids that no longer name anything because their story or event merged into
 * another, each resolved to the id in use now (a chain of merges followed to its end). Lets the
 * API answer a client holding an old id with where it went instead of a bare 404.
 *
 * @param stories retired story id → story id in use
 * @param events  retired event id → event id in use
 */
record MergedIds(Map<String, String> stories, Map<String, String> events) {
    static final MergedIds NONE = new MergedIds(Map.of(), Map.of());

    MergedIds {
        stories = Map.copyOf(stories);
        events = Map.copyOf(events);
    }

    /** The store's retired ids resolved against the ids in use. */
    static MergedIds of(ArticleStore store, Set<String> liveStories, Set<String> liveEvents) {
        return new MergedIds(resolve(store.retiredIds(ArticleStore.IdKind.STORY), liveStories),
                resolve(store.retiredIds(ArticleStore.IdKind.EVENT), liveEvents));
    }

    Optional<String> story(String retired) {
        return Optional.ofNullable(stories.get(retired));
    }

    Optional<String> event(String retired) {
        return Optional.ofNullable(events.get(retired));
    }

    static Map<String, String> resolve(Map<String, String> retired, Set<String> live) {
        Map<String, String> out = new TreeMap<>();
        for (String id : retired.keySet()) {
            if (!live.contains(id)) {
                StableIds.current(id, live, retired).ifPresent(now -> out.put(id, now));
            }
        }
        return out;
    }
}
