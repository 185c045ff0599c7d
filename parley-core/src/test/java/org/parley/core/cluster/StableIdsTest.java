package org.parley.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.HashSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class StableIdsTest {

    private static StableIds.Cluster cluster(String fresh, String... members) {
        return new StableIds.Cluster("story-" + fresh, Set.of(members));
    }

    private static Map<String, Set<String>> saved(List<StableIds.Cluster> clusters, List<String> ids) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            out.put(ids.get(i), clusters.get(i).members());
        }
        return out;
    }

    @Test
    void aMergeRetiresTheSmallerStoryIntoTheOneThatKeptItsId() {
        Map<String, Set<String>> before = Map.of("story-big", Set.of("a", "b", "c"), "story-small", Set.of("d"),
                "story-other", Set.of("x"));
        List<StableIds.Cluster> now = List.of(cluster("a", "a", "b", "c", "d"), cluster("x", "x"));
        List<String> ids = StableIds.assign(now, before);

        assertThat(ids).containsExactly("story-big", "story-other");
        assertThat(StableIds.successors(now, ids, before)).isEqualTo(Map.of("story-small", "story-big"));
    }

    @Test
    void anIdWhoseMembersAreAllGoneHasNoSuccessor() {
        Map<String, Set<String>> before = Map.of("story-gone", Set.of("z"), "story-kept", Set.of("a"));
        List<StableIds.Cluster> now = List.of(cluster("a", "a"));

        assertThat(StableIds.successors(now, StableIds.assign(now, before), before)).isEmpty();
    }

    @Test
    void theCurrentIdFollowsAChainOfMergesAndStopsAtAnUnknownId() {
        Map<String, String> retired = Map.of("story-1", "story-2", "story-2", "story-3", "story-loop", "story-loop");
        Set<String> live = Set.of("story-3");

        assertThat(StableIds.current("story-1", live, retired)).contains("story-3");
        assertThat(StableIds.current("story-3", live, retired)).contains("story-3");
        assertThat(StableIds.current("story-unknown", live, retired)).isEmpty();
        assertThat(StableIds.current("story-loop", live, retired)).isEmpty();
    }

    @Test
    void firstRunGivesEveryClusterItsFreshId() {
        List<StableIds.Cluster> now = List.of(cluster("aa", "a1", "a2"), cluster("bb", "b1"));
        assertThat(StableIds.assign(now, Map.of())).containsExactly("story-aa", "story-bb");
    }

    @Test
    void unchangedClustersKeepTheirIdsWhenComputedAgainTwice() {
        Map<String, Set<String>> before = Map.of("story-old1", Set.of("a1", "a2"), "story-old2", Set.of("b1"));
        List<StableIds.Cluster> now = List.of(cluster("a1", "a1", "a2"), cluster("b1", "b1"));
        List<String> first = StableIds.assign(now, before);
        assertThat(first).containsExactly("story-old1", "story-old2");
        assertThat(StableIds.assign(now, saved(now, first))).isEqualTo(first);
    }

    @Test
    void anEarlierArticleJoiningAStoryDoesNotRenameIt() {
        // 000 and 002 first: the story is named after 000; then 001 (published earlier) joins
        Map<String, Set<String>> before = Map.of("story-000", Set.of("000", "002"));
        List<StableIds.Cluster> now = List.of(cluster("001", "000", "001", "002"));
        assertThat(StableIds.assign(now, before)).containsExactly("story-000");
    }

    @Test
    void aSplitLeavesTheIdWithTheLargestPart() {
        Map<String, Set<String>> before = Map.of("story-x", Set.of("a", "b", "c", "d", "e"));
        List<StableIds.Cluster> now = List.of(cluster("a", "a", "b"), cluster("c", "c", "d", "e"));
        List<String> ids = StableIds.assign(now, before);
        assertThat(ids.get(1)).isEqualTo("story-x");
        assertThat(ids.get(0)).isEqualTo("story-a");
    }

    @Test
    void aMergeKeepsTheIdOfTheLargerOldClusterAndRetiresTheOther() {
        Map<String, Set<String>> before = Map.of("story-small", Set.of("a"), "story-big", Set.of("b", "c"));
        List<StableIds.Cluster> now = List.of(cluster("a", "a", "b", "c"));
        assertThat(StableIds.assign(now, before)).containsExactly("story-big");

        // equal overlap: the larger old cluster wins, then the smaller id
        Map<String, Set<String>> tied = Map.of("story-2", Set.of("a"), "story-1", Set.of("b"));
        assertThat(StableIds.assign(List.of(cluster("a", "a", "b")), tied)).containsExactly("story-1");
    }

    @Test
    void aNewClusterGetsAFreshIdThatNoOtherClusterHeldBefore() {
        // the part split off holds the article the old id was derived from: its fresh id is taken
        Map<String, Set<String>> before = Map.of("story-a", Set.of("a", "b", "c"));
        List<StableIds.Cluster> now = List.of(cluster("a", "a"), cluster("b", "b", "c"), cluster("z", "z"));
        List<String> ids = StableIds.assign(now, before);
        assertThat(ids.get(1)).isEqualTo("story-a");
        assertThat(ids.get(0)).startsWith("story-").isNotEqualTo("story-a").matches("story-[0-9a-f]{16}");
        assertThat(ids.get(2)).isEqualTo("story-z");
        assertThat(Set.copyOf(ids)).hasSize(3);
    }

    @Test
    void retiredIdsAreNotReusedForOtherClusters() {
        Map<String, Set<String>> before = Map.of("story-a", Set.of("a"), "story-b", Set.of("b", "c"));
        // a and b merge (b's id survives); a new cluster whose fresh id is the retired story-a
        List<StableIds.Cluster> now = List.of(cluster("q", "a", "b", "c"), cluster("a", "n"));
        List<String> ids = StableIds.assign(now, before);
        assertThat(ids.get(0)).isEqualTo("story-b");
        assertThat(ids.get(1)).isNotEqualTo("story-a");
    }

    @Test
    void theIdsDoNotDependOnTheOrderOfTheClusters() {
        Map<String, Set<String>> before = Map.of("story-p", Set.of("a", "b"), "story-q", Set.of("c", "d"),
                "story-r", Set.of("e"));
        List<StableIds.Cluster> now = new ArrayList<>(List.of(cluster("a", "a"), cluster("b", "b", "c"),
                cluster("d", "d", "e"), cluster("f", "f"), cluster("g", "g", "h")));
        Map<Set<String>, String> expected = new LinkedHashMap<>();
        List<String> ids = StableIds.assign(now, before);
        for (int i = 0; i < now.size(); i++) {
            expected.put(now.get(i).members(), ids.get(i));
        }
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(now, random);
            List<String> shuffled = StableIds.assign(now, before);
            for (int i = 0; i < now.size(); i++) {
                assertThat(shuffled.get(i)).as("round %d", round).isEqualTo(expected.get(now.get(i).members()));
            }
        }
    }

    @Test
    void reIngestingTwiceGivesTheSameIds() {
        List<StableIds.Cluster> now = List.of(cluster("a", "a", "b"), cluster("c", "c"));
        List<String> once = StableIds.assign(now, Map.of());
        List<String> twice = StableIds.assign(now, saved(now, once));
        List<String> thrice = StableIds.assign(now, saved(now, twice));
        assertThat(twice).isEqualTo(once);
        assertThat(thrice).isEqualTo(once);
    }

    /** Random re-partitions of random previous assignments (seed printed on failure, replayable). */
    @Test
    void randomRepartitionsKeepIdsUniqueAndUnchangedClustersNamed() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < 5 + random.nextInt(30); i++) {
                items.add("m" + i);
            }
            Map<String, Set<String>> before = new LinkedHashMap<>();
            for (List<String> part : partition(items, random)) {
                before.put("story-" + Integer.toHexString(before.size() + 0x100), Set.copyOf(part));
            }
            List<String> more = new ArrayList<>(items);
            for (int i = 0; i < random.nextInt(5); i++) {
                more.add("n" + i);
            }
            List<StableIds.Cluster> now = new ArrayList<>();
            for (List<String> part : partition(more, random)) {
                now.add(new StableIds.Cluster("story-" + Integer.toHexString(new TreeSet<>(part).first().hashCode()), Set.copyOf(part)));
            }
            List<String> ids = StableIds.assign(now, before);

            assertThat(new HashSet<>(ids)).as("seed %d: unique ids", seed).hasSize(now.size());
            for (int i = 0; i < now.size(); i++) {
                for (Map.Entry<String, Set<String>> old : before.entrySet()) {
                    if (old.getValue().equals(now.get(i).members())) {
                        assertThat(ids.get(i)).as("seed %d: unchanged cluster", seed).isEqualTo(old.getKey());
                    }
                }
            }
            List<StableIds.Cluster> reversed = new ArrayList<>(now);
            Collections.reverse(reversed);
            List<String> again = new ArrayList<>(StableIds.assign(reversed, before));
            Collections.reverse(again);
            assertThat(again).as("seed %d: order-independent", seed).isEqualTo(ids);
        }
    }

    private static List<List<String>> partition(List<String> items, Random random) {
        List<String> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, random);
        List<List<String>> parts = new ArrayList<>();
        int i = 0;
        while (i < shuffled.size()) {
            int size = 1 + random.nextInt(Math.min(6, shuffled.size() - i));
            parts.add(shuffled.subList(i, i + size));
            i += size;
        }
        return parts;
    }
}
