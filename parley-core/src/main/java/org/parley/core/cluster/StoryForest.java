package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.model.Story;

/**
 * The current stories of {@link IncrementalStories}, each with the merges average linkage made to
 * form it: which tree each article is in, and each tree's members, merge history and story. The
 * history is what lets an arrival re-cluster a few stories and still prove that the others are as
 * the batch clusterer would leave them ({@link InterleavingCheck}). Not thread-safe.
 */
final class StoryForest {
    /**
     * The merges that formed a group of articles, in the order average linkage made them: merge
     * {@code k} joined the groups whose lowest articles (by article id) were {@code keep[k]} and
     * {@code drop[k]} at average link {@code height[k]}. Articles are {@link CandidateGraph} numbers.
     */
    record History(int[] keep, int[] drop, double[] height) {
        int size() {
            return keep.length;
        }
    }

    /** One story: its articles, their merge history, and the story they make. */
    record Tree(int id, int[] members, History history, Story story) {
    }

    private int[] treeOf = new int[16];
    private final Map<Integer, Tree> trees = new HashMap<>();
    private int nextId = 1;

    /** The tree holding an article, or null when it is in none yet (an arrival). */
    Tree treeOf(int article) {
        return article < treeOf.length ? trees.get(treeOf[article]) : null;
    }

    /** Replaces the trees {@code removed} by new ones made of these histories and stories. */
    List<Tree> replace(Collection<Tree> removed, List<int[]> members, List<History> histories, List<Story> stories) {
        removed.forEach(t -> trees.remove(t.id()));
        List<Tree> added = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            Tree tree = new Tree(nextId++, members.get(g), histories.get(g), stories.get(g));
            trees.put(tree.id(), tree);
            for (int article : tree.members()) {
                if (article >= treeOf.length) {
                    treeOf = Arrays.copyOf(treeOf, Math.max(article + 1, treeOf.length * 2));
                }
                treeOf[article] = tree.id();
            }
            added.add(tree);
        }
        return added;
    }

    int size() {
        return trees.size();
    }

    /** Every story, by date (undated last) then id, as {@link StoryClusterer#cluster} orders them. */
    List<Story> stories() {
        List<Story> out = new ArrayList<>(trees.size());
        trees.values().forEach(t -> out.add(t.story()));
        out.sort(Comparator.comparing(Story::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Story::id));
        return out;
    }
}
