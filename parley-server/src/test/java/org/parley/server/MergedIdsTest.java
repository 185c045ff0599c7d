package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MergedIdsTest {

    @Test
    void retiredIdsResolveThroughChainsToTheIdInUse() {
        Map<String, String> retired = Map.of("story-a", "story-b", "story-b", "story-c", "story-x", "story-gone",
                "story-c", "story-a");

        MergedIds merged = new MergedIds(MergedIds.resolve(retired, Set.of("story-c")), Map.of());

        assertThat(merged.story("story-a")).contains("story-c");
        assertThat(merged.story("story-b")).contains("story-c");
        // an id in use again is served as itself, never redirected; a chain to nothing resolves to nothing
        assertThat(merged.story("story-c")).isEmpty();
        assertThat(merged.story("story-x")).isEmpty();
        assertThat(merged.event("story-a")).isEmpty();
    }
}
