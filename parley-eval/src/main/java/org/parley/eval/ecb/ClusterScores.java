package org.parley.eval.ecb;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairwise and B³ precision, recall and F1 of a clustering against gold clusters, over the items
 * both know.
 *
 * @param items         items scored
 * @param goldClusters  number of gold clusters among them
 * @param clusters      number of predicted clusters among them
 */
public record ClusterScores(int items, int goldClusters, int clusters, double pairwiseP, double pairwiseR,
                            double b3P, double b3R) {

    public double pairwiseF1() {
        return f1(pairwiseP, pairwiseR);
    }

    public double b3F1() {
        return f1(b3P, b3R);
    }

    /**
     * Scores {@code predicted} (item to cluster label) against {@code gold}; items missing from
     * {@code predicted} count as singletons.
     */
    public static ClusterScores of(Map<String, String> predicted, Map<String, String> gold) {
        Objects.requireNonNull(predicted, "predicted");
        List<String> items = gold.keySet().stream().sorted().toList();
        Map<String, String> pred = new HashMap<>();
        items.forEach(i -> pred.put(i, predicted.getOrDefault(i, "singleton:" + i)));
        Map<String, Integer> goldSize = counts(items, gold);
        Map<String, Integer> predSize = counts(items, pred);
        Map<String, Integer> both = new HashMap<>();
        items.forEach(i -> both.merge(gold.get(i) + "\u0000" + pred.get(i), 1, Integer::sum));
        long truePairs = both.values().stream().mapToLong(ClusterScores::pairs).sum();
        long predPairs = predSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
        double b3P = 0;
        double b3R = 0;
        for (String i : items) {
            double common = both.get(gold.get(i) + "\u0000" + pred.get(i));
            b3P += common / predSize.get(pred.get(i));
            b3R += common / goldSize.get(gold.get(i));
        }
        int n = items.size();
        return new ClusterScores(n, goldSize.size(), predSize.size(),
                predPairs == 0 ? 1 : truePairs / (double) predPairs, goldPairs == 0 ? 1 : truePairs / (double) goldPairs,
                n == 0 ? 0 : b3P / n, n == 0 ? 0 : b3R / n);
    }

    private static Map<String, Integer> counts(List<String> items, Map<String, String> labels) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(i -> counts.merge(labels.get(i), 1, Integer::sum));
        return counts;
    }

    private static long pairs(int size) {
        return (long) size * (size - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
