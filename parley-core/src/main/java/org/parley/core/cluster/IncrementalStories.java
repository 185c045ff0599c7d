package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.model.ArticleId;
import org.parley.model.Story;

/**
 * Stories kept up to date as articles arrive: after any sequence of {@link #add} calls, in any
 * order and batch sizes, {@link #stories()} is exactly what {@link StoryClusterer#cluster} gives for
 * all the articles added so far, while one arrival costs what its candidate blocks and the stories
 * around it cost, not what the whole collection does.
 *
 * <p>Why that is possible: under the {@link TermWeights#background() background} weights a pair's
 * links depend on the articles' candidates only ({@link CandidateGraph}), so an arrival changes the
 * links of a few articles, the seeds. Their stories are dissolved and average linkage runs over
 * their articles alone (the region); every other story keeps the merges that formed it, since no
 * link among its articles changed. {@link InterleavingCheck} then proves that the batch run over
 * everything would interleave exactly these merges (no pair across the region and a neighbouring
 * story ever averages as high as the next merge), or names the neighbours to add to the region
 * before running it again. docs/stories.md, "Incremental assignment", gives the argument.
 *
 * <p>Memory: {@link CandidateGraph} per article and candidate pair, plus each story's members and
 * merges (24 bytes per article). Not thread-safe.
 */
public final class IncrementalStories {
    private final StoryClusterer clusterer;
    private final CandidateGraph graph;
    private final StoryForest forest = new StoryForest();

    public IncrementalStories(StoryClusterer clusterer) {
        this.clusterer = clusterer;
        this.graph = new CandidateGraph(clusterer);
    }

    /**
     * What one {@link #add} changed.
     *
     * @param changed     the stories now holding an arrival or a re-clustered article, that were not there before
     * @param removed     the stories that were there before and are not any more (each now part of a changed one)
     * @param seeds       how many articles had a link change (the arrivals among them)
     * @param reclustered how many articles average linkage ran over again (the last region)
     * @param rounds      how many times it ran (1 when the first region was proven)
     */
    public record Change(List<Story> changed, List<Story> removed, int seeds, int reclustered, int rounds) {
        public Change {
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }
    }

    /**
     * Adds articles (an article id already added is ignored) and brings the stories up to date.
     *
     * @return the stories that are new or changed, and how many articles were re-clustered
     */
    public Change add(Collection<StoryEvidence> arrivals) {
        Set<Integer> seeds = graph.add(arrivals);
        if (seeds.isEmpty()) {
            return new Change(List.of(), List.of(), 0, 0, 0);
        }
        Map<Integer, StoryForest.Tree> dissolved = new LinkedHashMap<>();
        Set<Integer> region = new HashSet<>();
        for (int s : seeds) {
            region.add(s);
            dissolve(forest.treeOf(s), dissolved, region);
        }
        double threshold = clusterer.settings().threshold();
        for (int rounds = 1; ; rounds++) {
            int[] members = sortedById(region);
            RegionRun run = cluster(members);
            List<StoryForest.Tree> neighbours = neighbours(members, region, threshold - InterleavingCheck.MARGIN);
            Set<Integer> violators = InterleavingCheck.violators(graph, members, run.history, neighbours, threshold);
            if (violators.isEmpty()) {
                return commit(dissolved.values(), run, seeds.size(), members.length, rounds);
            }
            violators.forEach(k -> dissolve(neighbours.get(k), dissolved, region));
        }
    }

    /** Every story, by date (undated last) then id, as {@link StoryClusterer#cluster} orders them. */
    public List<Story> stories() {
        return forest.stories();
    }

    /** The story an article is in, or null when it was not added. */
    public Story storyOf(ArticleId article) {
        Integer i = graph.indexOf(article);
        return i == null ? null : forest.treeOf(i).story();
    }

    public int size() {
        return graph.size();
    }

    /** How many candidate pairs are held (for benchmarks: it walks every article). */
    public long candidatePairs() {
        return graph.pairCount();
    }

    private static void dissolve(StoryForest.Tree tree, Map<Integer, StoryForest.Tree> dissolved, Set<Integer> region) {
        if (tree != null && dissolved.putIfAbsent(tree.id(), tree) == null) {
            for (int m : tree.members()) {
                region.add(m);
            }
        }
    }

    private int[] sortedById(Set<Integer> region) {
        List<Integer> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparing(i -> graph.evidence(i).article()));
        return sorted.stream().mapToInt(Integer::intValue).toArray();
    }

    // The stories outside the region that one of its articles links to at least `bar`.
    private List<StoryForest.Tree> neighbours(int[] members, Set<Integer> region, double bar) {
        Map<Integer, StoryForest.Tree> found = new LinkedHashMap<>();
        for (int m : members) {
            graph.forEachLink(m, (partner, link) -> {
                if (link >= bar && !region.contains(partner)) {
                    StoryForest.Tree t = forest.treeOf(partner);
                    found.putIfAbsent(t.id(), t);
                }
            });
        }
        return new ArrayList<>(found.values());
    }

    /** Average linkage over the region alone: its groups, each group's merges, and all merges in order. */
    private record RegionRun(List<int[]> groups, List<StoryForest.History> histories, StoryForest.History history) {
    }

    // Indexed by article id, as the batch clusterer indexes, so that ties break the same way.
    private RegionRun cluster(int[] members) {
        Map<Integer, Integer> local = new HashMap<>();
        List<DateWindow> windows = new ArrayList<>(members.length);
        for (int x = 0; x < members.length; x++) {
            local.put(members[x], x);
            windows.add(graph.evidence(members[x]).groupWindow());
        }
        AverageLinkage linkage = new AverageLinkage(windows);
        for (int x = 0; x < members.length; x++) {
            int from = x;
            graph.forEachLink(members[x], (partner, link) -> {
                Integer y = local.get(partner);
                if (y != null && from < y) {
                    linkage.link(from, y, link);
                }
            });
        }
        int[] group = linkage.run(clusterer.settings().threshold());
        List<AverageLinkage.Merge> merges = linkage.merges();
        Map<Integer, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int x = 0; x < members.length; x++) {
            byGroup.computeIfAbsent(group[x], g -> new ArrayList<>()).add(members[x]);
        }
        Map<Integer, List<AverageLinkage.Merge>> mergesByGroup = new HashMap<>();
        merges.forEach(m -> mergesByGroup.computeIfAbsent(group[m.keep()], g -> new ArrayList<>()).add(m));
        List<int[]> groups = new ArrayList<>();
        List<StoryForest.History> histories = new ArrayList<>();
        byGroup.forEach((root, list) -> {
            groups.add(list.stream().mapToInt(Integer::intValue).toArray());
            histories.add(history(mergesByGroup.getOrDefault(root, List.of()), members));
        });
        return new RegionRun(groups, histories, history(merges, members));
    }

    private static StoryForest.History history(List<AverageLinkage.Merge> merges, int[] members) {
        int n = merges.size();
        int[] keep = new int[n];
        int[] drop = new int[n];
        double[] height = new double[n];
        for (int k = 0; k < n; k++) {
            keep[k] = members[merges.get(k).keep()];
            drop[k] = members[merges.get(k).drop()];
            height[k] = merges.get(k).height();
        }
        return new StoryForest.History(keep, drop, height);
    }

    private Change commit(Collection<StoryForest.Tree> dissolved, RegionRun run, int seeds, int reclustered, int rounds) {
        Set<Story> before = new HashSet<>();
        dissolved.forEach(t -> before.add(t.story()));
        List<Story> stories = new ArrayList<>();
        for (int[] group : run.groups) {
            List<StoryEvidence> evidence = new ArrayList<>(group.length);
            for (int m : group) {
                evidence.add(graph.evidence(m));
            }
            stories.add(StoryClusterer.story(evidence));
        }
        forest.replace(dissolved, run.groups, run.histories, stories);
        Set<Story> after = new HashSet<>(stories);
        List<Story> changed = stories.stream().filter(s -> !before.contains(s)).toList();
        List<Story> removed = dissolved.stream().map(StoryForest.Tree::story).filter(s -> !after.contains(s)).toList();
        return new Change(changed, removed, seeds, reclustered, rounds);
    }
}
