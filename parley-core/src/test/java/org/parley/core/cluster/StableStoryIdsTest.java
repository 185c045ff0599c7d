package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * Ids carried over one change at a time equal the rule over all stories: after each arrival, the
 * ids {@link StableStoryIds#apply} holds are those {@link StableIds#assign} gives every story against
 * the assignment before, and the ids it retires are {@link StableIds#successors}'. Randomised
 * arrival orders with replayable seeds, so that stories merge and split on the way.
 */
class StableStoryIdsTest {

    @Test
    void eachChangeGetsTheIdsTheRuleGivesOverAllStories() {
        int merges = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            List<StoryEvidence> arrivals = new ArrayList<>(IncrementalStoriesTest.articles(random));
            Collections.shuffle(arrivals, random);
            StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
            IncrementalStories stories = new IncrementalStories(new StoryClusterer(new StoryClusterer.Settings(
                    d.threshold(), d.minSimilarity(), d.neighbours(), d.scaleFloor(), 12, d.keyTerms())));
            StableStoryIds ids = new StableStoryIds(List.of(), Map.of());
            Map<String, String> retired = new HashMap<>();
            for (int from = 0; from < arrivals.size(); ) {
                int to = Math.min(arrivals.size(), from + 1 + random.nextInt(4));
                Map<String, Set<String>> before = ids.assignment();
                StableStoryIds.Step step = ids.apply(stories.add(arrivals.subList(from, to)));

                List<Story> all = stories.stories();
                List<StableIds.Cluster> clusters = all.stream().map(s -> new StableIds.Cluster(s.id(),
                        s.articles().stream().map(ArticleId::value).collect(Collectors.toSet()))).toList();
                Map<String, String> retiredBefore = Map.copyOf(retired);
                List<String> expected = StableIds.assign(clusters, before, retiredBefore::containsKey);
                Map<String, Set<String>> expectedAssignment = new TreeMap<>();
                for (int i = 0; i < clusters.size(); i++) {
                    expectedAssignment.put(expected.get(i), clusters.get(i).members());
                }
                assertThat(ids.assignment()).as("seed %d after %d arrivals", seed, to).isEqualTo(expectedAssignment);
                assertThat(step.retired()).isEqualTo(StableIds.successors(clusters, expected, before));
                retired.putAll(step.retired());
                merges += step.retired().size();
                from = to;
            }
        }
        assertThat(merges).as("some ids were retired on the way").isPositive();
    }
}
