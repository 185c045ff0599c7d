package org.parley.eval.ecb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coreference scores of the CoNLL shared tasks — MUC, B³ and CEAF-e — and their average, the
 * CoNLL F1, of a response clustering of mentions against the gold clustering.
 *
 * <p>Both clusterings are maps mention → cluster label over the same mentions (the gold-mentions
 * setting); a mention missing from the response is its own singleton. Singletons count, as in the
 * usual ECB+ evaluation (Cybulska and Vossen 2015; Barhom et al. 2019). The definitions follow
 * Pradhan et al. 2014 ("Scoring coreference partitions of predicted mentions"): MUC counts the links
 * needed to join each entity's parts; B³ averages each mention's cluster overlap; CEAF-e aligns
 * gold and response entities one-to-one (Kuhn–Munkres) with the similarity 2|K∩R| / (|K|+|R|).
 *
 * @param mentions       mentions scored
 * @param goldEntities   gold clusters
 * @param responseEntities response clusters
 */
public record CorefScores(int mentions, int goldEntities, int responseEntities, Prf muc, Prf b3, Prf ceafE) {

    /** Precision, recall and their F1. */
    public record Prf(double p, double r) {
        public double f1() {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** The CoNLL F1: the mean of the MUC, B³ and CEAF-e F1. */
    public double conllF1() {
        return (muc.f1() + b3.f1() + ceafE.f1()) / 3;
    }

    /** Scores {@code response} against {@code gold} over the gold mentions. */
    public static CorefScores of(Map<String, String> response, Map<String, String> gold) {
        Objects.requireNonNull(response, "response");
        Map<String, String> resp = new TreeMap<>();
        gold.keySet().forEach(m -> resp.put(m, response.getOrDefault(m, "\u0000singleton:" + m)));
        List<Set<String>> key = entities(new TreeMap<>(gold));
        List<Set<String>> sys = entities(resp);
        Prf muc = new Prf(muc(sys, gold), muc(key, resp));
        Prf b3 = new Prf(b3(sys, key), b3(key, sys));
        double phi = ceafSimilarity(key, sys);
        Prf ceafE = new Prf(sys.isEmpty() ? 0 : phi / sys.size(), key.isEmpty() ? 0 : phi / key.size());
        return new CorefScores(gold.size(), key.size(), sys.size(), muc, b3, ceafE);
    }

    private static List<Set<String>> entities(Map<String, String> labels) {
        Map<String, Set<String>> byLabel = new LinkedHashMap<>();
        labels.forEach((m, l) -> byLabel.computeIfAbsent(l, k -> new TreeSet<>()).add(m));
        return new ArrayList<>(byLabel.values());
    }

    /** MUC recall of {@code entities} against the partition {@code other} (swap the roles for precision). */
    private static double muc(List<Set<String>> entities, Map<String, String> other) {
        long numerator = 0;
        long denominator = 0;
        for (Set<String> e : entities) {
            Set<String> parts = new TreeSet<>();
            e.forEach(m -> parts.add(other.getOrDefault(m, "\u0000alone:" + m)));
            numerator += e.size() - parts.size();
            denominator += e.size() - 1;
        }
        return denominator == 0 ? 0 : numerator / (double) denominator;
    }

    /** B³ recall of {@code entities} (each mention's share of its entity found in its other-side cluster). */
    private static double b3(List<Set<String>> entities, List<Set<String>> other) {
        Map<String, Set<String>> clusterOf = new HashMap<>();
        other.forEach(o -> o.forEach(m -> clusterOf.put(m, o)));
        double sum = 0;
        long n = 0;
        for (Set<String> e : entities) {
            for (String m : e) {
                Set<String> o = clusterOf.get(m);
                long common = o == null ? 1 : e.stream().filter(o::contains).count();
                sum += common / (double) e.size();
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The total similarity of the best one-to-one alignment of key and response entities. */
    private static double ceafSimilarity(List<Set<String>> key, List<Set<String>> sys) {
        // entities that share no mention have similarity 0: align each connected component alone
        Map<String, Integer> sysOf = new HashMap<>();
        for (int j = 0; j < sys.size(); j++) {
            for (String m : sys.get(j)) {
                sysOf.put(m, j);
            }
        }
        int[] parent = new int[key.size() + sys.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < key.size(); i++) {
            for (String m : key.get(i)) {
                Integer j = sysOf.get(m);
                if (j != null) {
                    union(parent, i, key.size() + j);
                }
            }
        }
        Map<Integer, List<Integer>> keysOf = new HashMap<>();
        Map<Integer, List<Integer>> sysIn = new HashMap<>();
        for (int i = 0; i < key.size(); i++) {
            keysOf.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
        }
        for (int j = 0; j < sys.size(); j++) {
            sysIn.computeIfAbsent(find(parent, key.size() + j), r -> new ArrayList<>()).add(j);
        }
        double total = 0;
        for (Map.Entry<Integer, List<Integer>> component : keysOf.entrySet()) {
            List<Integer> ks = component.getValue();
            List<Integer> ss = sysIn.getOrDefault(component.getKey(), List.of());
            if (ss.isEmpty()) {
                continue;
            }
            double[][] sim = new double[ks.size()][ss.size()];
            for (int a = 0; a < ks.size(); a++) {
                for (int b = 0; b < ss.size(); b++) {
                    Set<String> k = key.get(ks.get(a));
                    Set<String> s = sys.get(ss.get(b));
                    long common = k.stream().filter(s::contains).count();
                    sim[a][b] = 2.0 * common / (k.size() + s.size());
                }
            }
            total += Assignment.maximum(sim);
        }
        return total;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    /** The Kuhn–Munkres (Hungarian) algorithm for a maximum-weight one-to-one assignment. */
    static final class Assignment {
        private Assignment() {
        }

        /** The largest total weight of an assignment of rows to distinct columns (rectangular allowed). */
        static double maximum(double[][] weight) {
            int rows = weight.length;
            int cols = rows == 0 ? 0 : weight[0].length;
            if (rows == 0 || cols == 0) {
                return 0;
            }
            boolean transpose = rows > cols; // the algorithm below needs rows <= columns
            int n = transpose ? cols : rows;
            int m = transpose ? rows : cols;
            double[] u = new double[n + 1];
            double[] v = new double[m + 1];
            int[] p = new int[m + 1];
            int[] way = new int[m + 1];
            for (int i = 1; i <= n; i++) {
                p[0] = i;
                int j0 = 0;
                double[] minv = new double[m + 1];
                java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
                boolean[] used = new boolean[m + 1];
                do {
                    used[j0] = true;
                    int i0 = p[j0];
                    double delta = Double.POSITIVE_INFINITY;
                    int j1 = 0;
                    for (int j = 1; j <= m; j++) {
                        if (!used[j]) {
                            double cost = -(transpose ? weight[j - 1][i0 - 1] : weight[i0 - 1][j - 1]);
                            double cur = cost - u[i0] - v[j];
                            if (cur < minv[j]) {
                                minv[j] = cur;
                                way[j] = j0;
                            }
                            if (minv[j] < delta) {
                                delta = minv[j];
                                j1 = j;
                            }
                        }
                    }
                    for (int j = 0; j <= m; j++) {
                        if (used[j]) {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        } else {
                            minv[j] -= delta;
                        }
                    }
                    j0 = j1;
                } while (p[j0] != 0);
                do {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            double total = 0;
            for (int j = 1; j <= m; j++) {
                if (p[j] != 0) {
                    total += transpose ? weight[j - 1][p[j] - 1] : weight[p[j] - 1][j - 1];
                }
            }
            return total;
        }
    }
}
