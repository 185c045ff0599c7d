package org.parley.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse link graph: the two groups whose
 * links average the highest over all their cross pairs (an unlinked pair counts 0) merge first,
 * until no two groups average {@code threshold} or more. Two groups are never merged when their
 * date windows share no day (the days every member given a window allows, kept per group; the
 * clusterer gives each article its lead event's window, {@link StoryEvidence#groupWindow()}).
 *
 * <p>Design decision: average linkage rather than single linkage (the union of links above a
 * threshold): one look-alike pair across two tight groups is a chain, not a story, and average
 * linkage is the standard criterion of document clustering for it. Only linked pairs are held, so
 * the cost grows with the number of links, not with all pairs.
 *
 * <p>Deterministic: ties break by item index, so callers that index items in a canonical order
 * (article id) get results independent of input order. Not thread-safe; one instance per run.
 */
final class AverageLinkage {
    private final int[] parent;
    private final int[] size;
    private final int[] version;
    private final DateWindow[] common;
    private final List<Map<Integer, Double>> sums = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private final PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::average)
            .reversed().thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));

    /**
     * @param windows the date window of each item, or null where undated
     */
    AverageLinkage(List<DateWindow> windows) {
        int n = windows.size();
        parent = new int[n];
        size = new int[n];
        version = new int[n];
        common = windows.toArray(DateWindow[]::new);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
            sums.add(new HashMap<>());
        }
    }

    /** Adds a link between items {@code a} and {@code b}; a pair given twice counts once, at its strongest. */
    void link(int a, int b, double score) {
        if (a == b || score <= 0) {
            return;
        }
        sums.get(a).merge(b, score, Math::max);
        sums.get(b).merge(a, score, Math::max);
    }

    /** Merges until no pair of groups averages {@code threshold}; returns each item's group (its lowest index). */
    int[] run(double threshold) {
        for (int a = 0; a < parent.length; a++) {
            for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                if (a < e.getKey()) {
                    offer(a, e.getKey(), e.getValue());
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (c.average() < threshold) {
                break;
            }
            if (parent[c.a()] != c.a() || parent[c.b()] != c.b()
                    || version[c.a()] != c.versionA() || version[c.b()] != c.versionB()) {
                continue;
            }
            DateWindow x = common[c.a()];
            DateWindow y = common[c.b()];
            if (x != null && y != null && !x.overlaps(y)) {
                continue;
            }
            merge(c.a(), c.b(), c.average(), x == null ? y : y == null ? x : x.intersection(y));
        }
        int[] group = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            group[i] = root(i);
        }
        return group;
    }

    /**
     * One merge of a run: the groups whose lowest items are {@code keep} and {@code drop} (keep &lt; drop)
     * became one, at this average link.
     */
    record Merge(int keep, int drop, double height) {
    }

    /** The merges of {@link #run}, in the order they were made. */
    List<Merge> merges() {
        return List.copyOf(merges);
    }

    private void merge(int a, int b, double height, DateWindow window) {
        int keep = Math.min(a, b);
        int drop = Math.max(a, b);
        merges.add(new Merge(keep, drop, height));
        parent[drop] = keep;
        size[keep] += size[drop];
        common[keep] = window;
        version[keep]++;
        foldSums(sums, keep, drop, (other, sum) -> offer(keep, other, sum));
    }

    /** Receives one group's link sum with another group. */
    interface SumVisitor {
        void visit(int other, double sum);
    }

    /**
     * Folds group {@code drop}'s link sums into group {@code keep}'s (each group's sums with the
     * others, by group), and visits every sum {@code keep} now has. {@link InterleavingCheck} keeps its
     * cross sums the same way.
     */
    static void foldSums(List<Map<Integer, Double>> sums, int keep, int drop, SumVisitor visitor) {
        Map<Integer, Double> merged = sums.get(keep);
        merged.remove(drop);
        sums.get(drop).forEach((k, v) -> {
            if (k != keep) {
                merged.merge(k, v, Double::sum);
            }
        });
        sums.set(drop, Map.of());
        for (Map.Entry<Integer, Double> e : merged.entrySet()) {
            Map<Integer, Double> other = sums.get(e.getKey());
            other.remove(drop);
            other.put(keep, e.getValue());
            visitor.visit(e.getKey(), e.getValue());
        }
    }

    private void offer(int a, int b, double sum) {
        int x = Math.min(a, b);
        int y = Math.max(a, b);
        queue.add(new Candidate(sum / ((double) size[x] * size[y]), x, y, version[x], version[y]));
    }

    private int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private record Candidate(double average, int a, int b, int versionA, int versionB) {
    }
}
