package org.parley.eval.ecb;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * K-means over sparse document vectors: Lloyd's iterations from a k-means++ seeding that, as
 * scikit-learn's does, tries {@code 2 + ln k} candidates for each new centre and keeps the one that
 * lowers the inertia most; the best of {@code runs} seeded runs (lowest inertia). The centres are dense
 * and the documents sparse, so a distance costs the document's terms, not the vocabulary's (the dense
 * K-means of Smile or Commons Math would spend 0.8 billion multiply-adds per iteration on ECB+ dev).
 * A centre left without documents keeps its place.
 */
public final class SparseKMeans {

    private final List<TfidfDocuments.Vector> docs;
    private final int dimensions;
    private final double[] docNorms;

    public SparseKMeans(List<TfidfDocuments.Vector> docs, int dimensions) {
        this.docs = List.copyOf(docs);
        this.dimensions = dimensions;
        this.docNorms = docs.stream().mapToDouble(TfidfDocuments.Vector::squaredNorm).toArray();
    }

    /** A clustering: each document's centre, and the summed squared distances to them. */
    public record Result(int[] labels, double inertia) {
    }

    /** The best of {@code runs} runs of at most {@code maxIterations} iterations each, seeded from {@code seed}. */
    public Result cluster(int k, int runs, int maxIterations, long seed) {
        if (k < 1 || k > docs.size()) {
            throw new IllegalArgumentException("k must lie in 1.." + docs.size() + ": " + k);
        }
        SplittableRandom random = new SplittableRandom(seed);
        Result best = null;
        for (int r = 0; r < runs; r++) {
            Result result = lloyd(seeds(k, random), maxIterations);
            if (best == null || result.inertia() < best.inertia()) {
                best = result;
            }
        }
        return best;
    }

    private double[][] seeds(int k, SplittableRandom random) {
        double[][] centres = new double[k][];
        centres[0] = dense(docs.get(random.nextInt(docs.size())));
        double[] nearest = distances(centres[0]);
        int trials = 2 + (int) Math.log(k);
        for (int c = 1; c < k; c++) {
            double[] bestCentre = null;
            double[] bestDistances = null;
            double bestPotential = Double.MAX_VALUE;
            for (int t = 0; t < trials; t++) {
                double[] candidate = dense(docs.get(sample(nearest, random)));
                double[] d = distances(candidate);
                double potential = 0;
                for (int i = 0; i < d.length; i++) {
                    d[i] = Math.min(d[i], nearest[i]);
                    potential += d[i];
                }
                if (potential < bestPotential) {
                    bestPotential = potential;
                    bestCentre = candidate;
                    bestDistances = d;
                }
            }
            centres[c] = bestCentre;
            nearest = bestDistances;
        }
        return centres;
    }

    // A document drawn with probability proportional to its squared distance from the nearest centre.
    private static int sample(double[] weights, SplittableRandom random) {
        double total = Arrays.stream(weights).sum();
        if (total <= 0) {
            return random.nextInt(weights.length);
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private Result lloyd(double[][] centres, int maxIterations) {
        int[] labels = new int[docs.size()];
        Arrays.fill(labels, -1);
        double inertia = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            double[] centreNorms = Arrays.stream(centres).mapToDouble(SparseKMeans::squaredNorm).toArray();
            boolean changed = false;
            inertia = 0;
            for (int i = 0; i < docs.size(); i++) {
                int best = 0;
                double bestDistance = Double.MAX_VALUE;
                for (int c = 0; c < centres.length; c++) {
                    double d = distance(i, centres[c], centreNorms[c]);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = c;
                    }
                }
                changed |= labels[i] != best;
                labels[i] = best;
                inertia += Math.max(0, bestDistance);
            }
            if (!changed) {
                break;
            }
            centres = means(labels, centres);
        }
        return new Result(labels, inertia);
    }

    private double[][] means(int[] labels, double[][] previous) {
        double[][] sums = new double[previous.length][dimensions];
        int[] sizes = new int[previous.length];
        for (int i = 0; i < labels.length; i++) {
            TfidfDocuments.Vector v = docs.get(i);
            for (int t = 0; t < v.terms().length; t++) {
                sums[labels[i]][v.terms()[t]] += v.weights()[t];
            }
            sizes[labels[i]]++;
        }
        for (int c = 0; c < sums.length; c++) {
            if (sizes[c] == 0) {
                sums[c] = previous[c];
                continue;
            }
            for (int d = 0; d < dimensions; d++) {
                sums[c][d] /= sizes[c];
            }
        }
        return sums;
    }

    private double[] distances(double[] centre) {
        double norm = squaredNorm(centre);
        double[] d = new double[docs.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.max(0, distance(i, centre, norm));
        }
        return d;
    }

    // Squared distance of document i from a centre, from the two squared norms and their dot product (may round below 0).
    private double distance(int i, double[] centre, double centreNorm) {
        return docNorms[i] - 2 * docs.get(i).dot(centre) + centreNorm;
    }

    private double[] dense(TfidfDocuments.Vector v) {
        double[] dense = new double[dimensions];
        for (int t = 0; t < v.terms().length; t++) {
            dense[v.terms()[t]] = v.weights()[t];
        }
        return dense;
    }

    private static double squaredNorm(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x * x;
        }
        return sum;
    }
}
