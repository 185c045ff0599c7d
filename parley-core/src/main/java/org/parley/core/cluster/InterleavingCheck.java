package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Proves that average linkage over everything makes the merges of a re-clustered region and of the
 * stories around it, unchanged, or names the stories that may have to be clustered again.
 *
 * <p>The region's merges and each neighbouring story's merges are replayed together, each step
 * taking the merge that comes first by (average, lowest articles), as the batch queue does. Before
 * each step every pair of a region group and a neighbour group alive at that moment must average
 * below that step's merge, and at the end below the threshold (or be dated apart): then no cross
 * pair ever reaches the top of the batch queue, so the batch makes exactly these merges, in an order
 * that interleaves them (docs/stories.md, "Incremental assignment"). A cross pair that comes within
 * {@link #MARGIN} of the bar counts as a violation, so rounding in the sums computed here (in
 * another order than the batch's) never lets one through.
 *
 * <p>Only neighbours with a link within {@link #MARGIN} of the threshold to the region are given:
 * an average is never above the strongest link it averages, so the others can never violate.
 * Not thread-safe; one instance per check.
 */
final class InterleavingCheck {
    /** How close below a bar a cross average may come; far above the rounding of a sum of links. */
    static final double MARGIN = 1e-9;

    private final CandidateGraph graph;
    private final Map<Integer, Integer> local = new HashMap<>();
    private final int[] side; // 0: the region, 1 + k: neighbour k
    private final int[] parent;
    private final int[] size;
    private final int[] version;
    private final DateWindow[] window;
    private final List<Map<Integer, Double>> cross = new ArrayList<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::average)
            .reversed().thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
    private final Set<Integer> violators = new HashSet<>();

    private InterleavingCheck(CandidateGraph graph, int[] region, List<StoryForest.Tree> neighbours) {
        this.graph = graph;
        List<Integer> nodes = new ArrayList<>();
        for (int r : region) {
            nodes.add(r);
        }
        neighbours.forEach(t -> {
            for (int m : t.members()) {
                nodes.add(m);
            }
        });
        // local numbers in article id order, so that ties break as in the batch
        nodes.sort(Comparator.comparing(i -> graph.evidence(i).article()));
        int n = nodes.size();
        side = new int[n];
        parent = new int[n];
        size = new int[n];
        version = new int[n];
        window = new DateWindow[n];
        for (int x = 0; x < n; x++) {
            local.put(nodes.get(x), x);
            parent[x] = x;
            size[x] = 1;
            window[x] = graph.evidence(nodes.get(x)).groupWindow();
            cross.add(new HashMap<>());
        }
        for (int k = 0; k < neighbours.size(); k++) {
            for (int m : neighbours.get(k).members()) {
                side[local.get(m)] = 1 + k;
            }
        }
    }

    /**
     * The neighbours (indexes into {@code neighbours}) whose merges may interleave otherwise with the
     * region's in the batch run; empty when the region's run and theirs are what the batch makes.
     *
     * @param region        the re-clustered articles
     * @param regionHistory the merges of average linkage over the region alone, in order
     * @param neighbours    stories outside the region with a link near the threshold to it
     */
    static Set<Integer> violators(CandidateGraph graph, int[] region, StoryForest.History regionHistory,
                                  List<StoryForest.Tree> neighbours, double threshold) {
        InterleavingCheck check = new InterleavingCheck(graph, region, neighbours);
        List<StoryForest.History> histories = new ArrayList<>();
        histories.add(regionHistory);
        neighbours.forEach(t -> histories.add(t.history()));
        check.replay(region, histories, threshold);
        return check.violators;
    }

    private void replay(int[] region, List<StoryForest.History> histories, double threshold) {
        for (int r : region) {
            int x = local.get(r);
            graph.forEachLink(r, (partner, link) -> {
                Integer y = local.get(partner);
                if (y != null && side[y] != 0) {
                    cross.get(x).put(y, link);
                    cross.get(y).put(x, link);
                    offer(x, y, link);
                }
            });
        }
        int[] next = new int[histories.size()];
        PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparingDouble(Step::height).reversed()
                .thenComparingInt(Step::keep).thenComparingInt(Step::drop));
        for (int p = 0; p < histories.size(); p++) {
            offerStep(steps, histories.get(p), p, next);
        }
        while (!steps.isEmpty()) {
            Step step = steps.poll();
            checkBelow(step.height());
            merge(step.keep(), step.drop());
            offerStep(steps, histories.get(step.part()), step.part(), next);
        }
        checkBelow(threshold);
    }

    private void offerStep(PriorityQueue<Step> steps, StoryForest.History history, int part, int[] next) {
        int k = next[part]++;
        if (k < history.size()) {
            steps.add(new Step(history.height()[k], local.get(history.keep()[k]), local.get(history.drop()[k]), part));
        }
    }

    // Every live cross pair of groups whose dates can agree must average below the bar.
    private void checkBelow(double bar) {
        while (!queue.isEmpty()) {
            Candidate c = queue.peek();
            boolean live = parent[c.a()] == c.a() && parent[c.b()] == c.b()
                    && version[c.a()] == c.versionA() && version[c.b()] == c.versionB();
            boolean datable = window[c.a()] == null || window[c.b()] == null || window[c.a()].overlaps(window[c.b()]);
            if (live && datable && c.average() < bar - MARGIN) {
                return;
            }
            queue.poll();
            if (live && datable) {
                violators.add(Math.max(side[c.a()], side[c.b()]) - 1);
            }
        }
    }

    // As AverageLinkage merges, over cross pairs only.
    private void merge(int keep, int drop) {
        parent[drop] = keep;
        size[keep] += size[drop];
        window[keep] = window[keep] == null ? window[drop]
                : window[drop] == null ? window[keep] : window[keep].intersection(window[drop]);
        version[keep]++;
        AverageLinkage.foldSums(cross, keep, drop, (other, sum) -> offer(keep, other, sum));
    }

    private void offer(int a, int b, double sum) {
        int x = Math.min(a, b);
        int y = Math.max(a, b);
        queue.add(new Candidate(sum / ((double) size[x] * size[y]), x, y, version[x], version[y]));
    }

    private record Step(double height, int keep, int drop, int part) {
    }

    private record Candidate(double average, int a, int b, int versionA, int versionB) {
    }
}
